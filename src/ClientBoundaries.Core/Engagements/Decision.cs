using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// What <see cref="EngagementDecider.Decide"/> made of a command: accepted, with the events to
/// append to the stream, or rejected, with the violations that say why.
/// </summary>
/// <remarks>
/// An accepted command that changes nothing (accepting a stage already accepted) has no events.
/// Immutable and thread-safe. An accepted decision whose events move dates keeps the state it was made on and the state
/// its events lead to, for <see cref="EngagementDecider.Evolve(EngagementState, Decision)"/>, for as long as it is kept.
/// </remarks>
public sealed class Decision
{
    // The state Decide found the events lead to, while proving they apply, and the state it was made on; null when it did
    // not (a refusal, or events that move no date, whose state costs nothing to work out again). Either the state, or the
    // work that finishes it from what Decide found (a handoff's re-plan), done once, the first time it is asked for.
    private EngagementState? _decidedOn;
    private object? _after;

    private Decision(ValueList<EngagementEvent> events, ValueList<RuleViolation> violations)
    {
        Events = events;
        Violations = violations;
    }

    /// <summary>Whether the command was accepted; when true, append <see cref="Events"/> to the stream.</summary>
    public bool IsAccepted => Violations.Count == 0;

    /// <summary>The events to append, in order; empty when rejected or when nothing changes.</summary>
    public IReadOnlyList<EngagementEvent> Events { get; }

    /// <summary>Why the command was refused; empty when it was accepted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Describes the decision for logs.</summary>
    /// <returns>"Accepted: n event(s)" or "Rejected: ..." with the violations.</returns>
    public override string ToString() =>
        IsAccepted ? $"Accepted: {Events.Count} event(s)" : "Rejected: " + string.Join("; ", Violations.Select(v => v.ToString()));

    /// <summary>Accepted, with these events to append.</summary>
    /// <param name="events">The events, in an array made for this decision (as <c>params</c> makes it): the decision keeps it rather than a copy.</param>
    internal static Decision Accept(params EngagementEvent[] events) =>
        new(ValueList<EngagementEvent>.Owning(events), ValueList<RuleViolation>.Empty);

    /// <summary>
    /// Accepted with events the decision has already applied on its way (a handoff re-plans to find its due date), from
    /// <paramref name="decidedOn"/>: <see cref="EngagementDecider.Decide"/> need not apply them again to prove
    /// <see cref="EngagementDecider.Evolve(EngagementState, EngagementEvent)"/> can, and
    /// <see cref="EngagementDecider.Evolve(EngagementState, Decision)"/> gives for <paramref name="decidedOn"/> what
    /// <paramref name="after"/> finishes, the first time it is asked (once, whichever thread asks).
    /// </summary>
    internal static Decision AcceptApplied(EngagementState decidedOn, StateToFinish after, params EngagementEvent[] events) =>
        new Decision(ValueList<EngagementEvent>.Owning(events), ValueList<RuleViolation>.Empty) { _decidedOn = decidedOn, _after = after };

    /// <summary>Whether <see cref="EngagementDecider.Decide"/> applied the events while deciding: it knows the state they lead to.</summary>
    internal bool WasApplied => _after is not null;

    /// <summary>
    /// This decision, knowing that its events lead from <paramref name="decidedOn"/> to <paramref name="after"/>. Called
    /// only by the decider, on a decision it has just made and not yet returned: the decision is immutable once out.
    /// </summary>
    internal Decision Proven(EngagementState decidedOn, EngagementState after)
    {
        _decidedOn = decidedOn;
        _after = after;
        return this;
    }

    /// <summary>The state the events lead to from <paramref name="state"/> when it is the state the decision was made on and <see cref="WasApplied"/>; else null.</summary>
    internal EngagementState? AfterFrom(EngagementState state)
    {
        var after = Volatile.Read(ref _after);
        if (after is null || !ReferenceEquals(state, _decidedOn))
        {
            return null;
        }

        if (after is EngagementState known)
        {
            return known;
        }

        // Finished once: the work may change what it was given (a handoff's stages), so a second thread waits for the first.
        var toFinish = (StateToFinish)after;
        lock (toFinish)
        {
            if (Volatile.Read(ref _after) is EngagementState finishedMeanwhile)
            {
                return finishedMeanwhile;
            }

            var finished = toFinish.Finish();
            Volatile.Write(ref _after, finished);
            return finished;
        }
    }

    /// <summary>
    /// What is left to do to reach the state a decision's events lead to, from what <see cref="EngagementDecider.Decide"/>
    /// found while proving them (a handoff's stages and re-plan): done when a host first asks, never if none does.
    /// </summary>
    internal abstract class StateToFinish
    {
        /// <summary>
        /// The state the decision's events lead to. Called once; may change what the work was given, in a way that calling
        /// it again gives the same state (were it ever to throw, the next reader calls it again).
        /// </summary>
        public abstract EngagementState Finish();
    }

    internal static Decision Reject(IEnumerable<RuleViolation> violations) =>
        new(ValueList<EngagementEvent>.Empty, new ValueList<RuleViolation>(violations));

    /// <summary>A refusal of the library's own: its code, what it concerns, and the facts its message is worded from.</summary>
    internal static Decision Refuse(string code, string? subject, params Fact[] facts) =>
        new(ValueList<EngagementEvent>.Empty, new ValueList<RuleViolation>(new[] { RuleViolation.Of(code, subject, facts) }));
}
