using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>
/// What actually happened to an agreement's stages, by stage index, as a plan is worked out from it: when each finished
/// stage was handed off, a date a stage may not start before, business days added to a stage's length.
/// </summary>
/// <remarks>
/// A struct the scheduler is specialised for, so a re-plan reads the engagement's own records rather than tables made for
/// it (a handoff re-plans; see <c>Replanning</c>), and <see cref="StageActuals"/> holds tables where there are some.
/// </remarks>
internal interface IStageActuals
{
    /// <summary>When the stage at <paramref name="index"/> was handed off (the next stage starts from that moment); null while it is not done. The finished stages are a prefix.</summary>
    StageFinish? FinishOf(int index);

    /// <summary>A date before which the stage at <paramref name="index"/> may not start, in its owner's calendar (a restart lead time, a revision); null for none.</summary>
    LocalDate? EarliestStartOf(int index);

    /// <summary>Business days added to the length of the stage at <paramref name="index"/> (it was interrupted by the other side's pause); 0 for none.</summary>
    int ExtraBusinessDaysOf(int index);
}

/// <summary><see cref="IStageActuals"/> from tables by stage index, each null for none: nothing has happened to a plan made with <see cref="None"/>.</summary>
internal readonly struct StageActuals : IStageActuals
{
    private readonly StageFinish?[]? _finishes;
    private readonly LocalDate?[]? _earliestStarts;
    private readonly int[]? _extraBusinessDays;

    internal StageActuals(StageFinish?[]? finishes, LocalDate?[]? earliestStarts = null, int[]? extraBusinessDays = null)
    {
        _finishes = finishes;
        _earliestStarts = earliestStarts;
        _extraBusinessDays = extraBusinessDays;
    }

    /// <summary>No stage finished, delayed or lengthened: a first plan.</summary>
    internal static StageActuals None => default;

    /// <inheritdoc/>
    public StageFinish? FinishOf(int index) => _finishes?[index];

    /// <inheritdoc/>
    public LocalDate? EarliestStartOf(int index) => _earliestStarts?[index];

    /// <inheritdoc/>
    public int ExtraBusinessDaysOf(int index) => _extraBusinessDays?[index] ?? 0;
}
