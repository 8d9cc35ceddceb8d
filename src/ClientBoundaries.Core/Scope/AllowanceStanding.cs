using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// How much of one deliverable's allowance is used and left: revision rounds, hours and units.
/// Read it off an engagement with <c>EngagementState.AllowanceOf</c>.
/// </summary>
/// <remarks>
/// What the deliverable does not count (<see cref="Allowance"/> left unset) reads null as included
/// and left. "Left" is never negative: a revision asked for before the rounds ran out is counted as
/// used even when an amendment later changes the picture. Immutable and thread-safe.
/// </remarks>
public sealed record AllowanceStanding
{
    internal AllowanceStanding(Deliverable deliverable, int revisionRoundsUsed, decimal hoursUsed, int unitsUsed)
    {
        Deliverable = deliverable.Key;
        RevisionRoundsIncluded = deliverable.Allowance.RevisionRounds;
        RevisionRoundsUsed = revisionRoundsUsed;
        HoursIncluded = deliverable.Allowance.Hours;
        HoursUsed = hoursUsed;
        UnitsIncluded = deliverable.Allowance.Units;
        UnitsUsed = unitsUsed;
    }

    /// <summary>The deliverable.</summary>
    public DeliverableKey Deliverable { get; }

    /// <summary>Revision rounds included (amendments included), or null when not limited.</summary>
    public int? RevisionRoundsIncluded { get; }

    /// <summary>Revision rounds asked for so far on the deliverable's stage.</summary>
    public int RevisionRoundsUsed { get; }

    /// <summary>Revision rounds left, or null when not limited.</summary>
    public int? RevisionRoundsLeft => RevisionRoundsIncluded is { } included ? System.Math.Max(0, included - RevisionRoundsUsed) : null;

    /// <summary>Hours included, or null when not counted in hours.</summary>
    public decimal? HoursIncluded { get; }

    /// <summary>Hours used by change requests so far.</summary>
    public decimal HoursUsed { get; }

    /// <summary>Hours left, or null when not counted in hours.</summary>
    public decimal? HoursLeft => HoursIncluded is { } included ? System.Math.Max(0m, included - HoursUsed) : null;

    /// <summary>Units included (amendments included), or null when not counted in units.</summary>
    public int? UnitsIncluded { get; }

    /// <summary>Units used by change requests so far.</summary>
    public int UnitsUsed { get; }

    /// <summary>Units left, or null when not counted in units.</summary>
    public int? UnitsLeft => UnitsIncluded is { } included ? System.Math.Max(0, included - UnitsUsed) : null;

    /// <summary>What is used of what is included, in English, for logs: <c>pages: rounds 2/2, hours 0/-, units 5/6</c> (<c>-</c>: not counted).</summary>
    /// <returns>The standing as text.</returns>
    public override string ToString() => Sentences.English("value.allowance-standing", new[] { Fact.Of("standing", this) });
}
