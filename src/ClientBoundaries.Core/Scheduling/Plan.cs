using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>
/// Concrete dates for every stage of an agreement and for every handoff between the parties: the
/// list the client uses as its reminders, and the provider as its commitments.
/// </summary>
/// <remarks>
/// Made by <see cref="Scheduler.Plan"/> and remade by <see cref="Scheduler.Replan"/> as stages
/// finish early or late. Each stage's dates are in its owner's calendar. Immutable and
/// thread-safe; equal when the agreement, the start and every stage and handoff are equal.
/// </remarks>
public sealed record Plan
{
    private readonly ValueList<PlannedStage> _stages;
    private readonly ValueList<PlannedHandoff> _handoffs;

    internal Plan(AgreementId agreementId, int agreementVersion, LocalDate start, ValueList<PlannedStage> stages, ValueList<PlannedHandoff> handoffs)
    {
        AgreementId = agreementId;
        AgreementVersion = agreementVersion;
        Start = start;
        _stages = stages;
        _handoffs = handoffs;
    }

    /// <summary>The agreement this plan dates.</summary>
    public AgreementId AgreementId { get; }

    /// <summary>The version of the agreement this plan dates.</summary>
    public int AgreementVersion { get; }

    /// <summary>The date the work was planned to start from (the first stage starts on its owner's first business day on or after it).</summary>
    public LocalDate Start { get; }

    /// <summary>The dated stages, in the agreement's order.</summary>
    public IReadOnlyList<PlannedStage> Stages => _stages;

    /// <summary>The handoffs between the parties, in order.</summary>
    public IReadOnlyList<PlannedHandoff> Handoffs => _handoffs;

    /// <summary>The day the last stage is due (or finished), in its owner's calendar.</summary>
    public LocalDate End => _stages[_stages.Count - 1].FinishedOn ?? _stages[_stages.Count - 1].Due;

    /// <summary>The dates of the stage with the given key, or null when the plan has no such stage.</summary>
    /// <param name="key">The stage key.</param>
    /// <returns>The planned stage, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="key"/> is null.</exception>
    public PlannedStage? FindStage(StageKey key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        foreach (var stage in _stages)
        {
            if (stage.Key == key)
            {
                return stage;
            }
        }

        return null;
    }

    /// <summary>The agreement, its version and the span: <c>acme-website v1: 2026-03-02..2026-04-17</c>.</summary>
    /// <returns>The plan as text.</returns>
    public override string ToString() => $"{AgreementId} v{AgreementVersion}: {_stages[0].Start:uuuu-MM-dd}..{End:uuuu-MM-dd}";
}
