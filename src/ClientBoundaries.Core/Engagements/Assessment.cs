using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// What an engagement looks like at one instant, from <see cref="Assessor.Assess"/>: who holds the
/// ball, where every stage and payment stands, the reminders to send and the consequences to apply.
/// </summary>
/// <remarks>
/// <para>Only what has not been recorded yet is listed: once the app records a reminder
/// (<see cref="EngagementCommand.RecordReminderSent"/>) or a consequence
/// (<see cref="EngagementCommand.ApplyConsequence"/>), it is never listed again. Assessing the
/// same state at the same instant always gives an equal assessment.</para>
/// <para>Immutable and thread-safe; equal when everything it lists is equal. An assessment from a sweep
/// (<see cref="Assessor.AssessMany(IEnumerable{EngagementState}, Instant)"/>) works out
/// <see cref="Obligations"/> when they are first read, with the same values.</para>
/// </remarks>
public sealed record Assessment
{
    // The standings, or null until they are worked out from _standingsOf at At: a sweep yields assessments for a nightly
    // job that acts on what is due, and most never read where every stage stands. The source is let go once they are kept.
    private ValueList<ObligationStanding>? _obligations;
    private StandingsSource? _standingsOf;
    private readonly ValueList<DueConsequence> _reminders;
    private readonly ValueList<DueConsequence> _consequences;
    private readonly ValueList<CommunicationDue> _communication;
    private readonly ValueList<DeemedAcceptanceDue> _deemedAcceptances;

    internal Assessment(
        Instant at,
        AgreementId? agreementId,
        EngagementPhase phase,
        BallHolder? ball,
        IReadOnlyList<ObligationStanding> obligations,
        IReadOnlyList<DueConsequence> reminders,
        IReadOnlyList<DueConsequence> consequences,
        IReadOnlyList<CommunicationDue> communication,
        IReadOnlyList<DeemedAcceptanceDue> deemedAcceptances)
    {
        At = at;
        AgreementId = agreementId;
        Phase = phase;
        Ball = ball;
        _obligations = ValueList<ObligationStanding>.Of(obligations);
        _reminders = ValueList<DueConsequence>.Of(reminders);
        _consequences = ValueList<DueConsequence>.Of(consequences);
        _communication = ValueList<CommunicationDue>.Of(communication);
        _deemedAcceptances = ValueList<DeemedAcceptanceDue>.Of(deemedAcceptances);
    }

    /// <summary>
    /// An assessment of <paramref name="state"/> whose standings are worked out when first read, from the state and the
    /// obligations <see cref="Obligation.ForAssessment"/> found for it (<paramref name="found"/>).
    /// </summary>
    internal Assessment(
        EngagementState state,
        List<Obligation> found,
        Instant at,
        IReadOnlyList<DueConsequence> reminders,
        IReadOnlyList<DueConsequence> consequences,
        IReadOnlyList<CommunicationDue> communication,
        IReadOnlyList<DeemedAcceptanceDue> deemedAcceptances)
        : this(at, state.Agreement?.Id, state.Phase, state.Ball, ValueList<ObligationStanding>.Empty, reminders, consequences, communication, deemedAcceptances)
    {
        _obligations = null;
        _standingsOf = new StandingsSource(state, found);
    }

    /// <summary>The instant assessed.</summary>
    public Instant At { get; }

    /// <summary>The agreement of the engagement; null before one was proposed.</summary>
    public AgreementId? AgreementId { get; }

    /// <summary>Where the engagement is in its life.</summary>
    public EngagementPhase Phase { get; }

    /// <summary>Whose move it is, since when, and by when; null before scheduling and after the end.</summary>
    public BallHolder? Ball { get; }

    /// <summary>
    /// Every stage, in the agreement's order, then the client's payments (deposit, milestones, final), then the replies owed to messages, in the order they arrived.
    /// An assessment from a sweep works them out on the first read (the same values <see cref="Assessor.Assess"/> gives) and keeps them.
    /// </summary>
    public IReadOnlyList<ObligationStanding> Obligations => Standings();

    /// <summary>The reminders to send now, each with its level; at most one per obligation (the latest that fell due).</summary>
    public IReadOnlyList<DueConsequence> Reminders => _reminders;

    /// <summary>The consequences due now and not yet applied, oldest first.</summary>
    public IReadOnlyList<DueConsequence> Consequences => _consequences;

    /// <summary>
    /// What needs doing about how the two sides talk, in the order it came: recaps owed, check-ins not
    /// recorded, feedback to ask for, follow-throughs due. Each stays listed until recorded.
    /// </summary>
    public IReadOnlyList<CommunicationDue> Communication => _communication;

    /// <summary>
    /// The stages the agreement deems accepted because the client's acceptance window closed without an answer, each
    /// with the window's close; listed until the app records it (<see cref="EngagementCommand.RecordDeemedAcceptance"/>).
    /// </summary>
    public IReadOnlyList<DeemedAcceptanceDue> DeemedAcceptances => _deemedAcceptances;

    /// <summary>Whether there is a reminder to send, a consequence to apply, a deemed acceptance to record, or something in <see cref="Communication"/> to do.</summary>
    public bool HasAnythingDue => _reminders.Count > 0 || _consequences.Count > 0 || _communication.Count > 0 || _deemedAcceptances.Count > 0;

    /// <summary>Where one obligation stands, or null when the engagement has no such obligation.</summary>
    /// <param name="obligation">The stage, payment or reply.</param>
    /// <returns>Its standing, or null.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    public ObligationStanding? StandingOf(ObligationKey obligation)
    {
        Preconditions.CheckNotNull(obligation, nameof(obligation));
        return Standings().FirstOrDefault(o => o.Obligation == obligation);
    }

    /// <summary>Equal when everything listed is equal, whether the standings were worked out yet or not (it works them out).</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Assessment? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && At == other.At
            && Equals(AgreementId, other.AgreementId)
            && Phase == other.Phase
            && Equals(Ball, other.Ball)
            && Standings().Equals(other.Standings())
            && _reminders.Equals(other._reminders)
            && _consequences.Equals(other._consequences)
            && _communication.Equals(other._communication)
            && _deemedAcceptances.Equals(other._deemedAcceptances));

    /// <summary>A hash code consistent with <see cref="Equals(Assessment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = At.GetHashCode();
            hash = (hash * 397) ^ (AgreementId?.GetHashCode() ?? 0);
            hash = (hash * 397) ^ Phase.GetHashCode();
            hash = (hash * 397) ^ (Ball?.GetHashCode() ?? 0);
            hash = (hash * 397) ^ Standings().GetHashCode();
            hash = (hash * 397) ^ _reminders.GetHashCode();
            hash = (hash * 397) ^ _consequences.GetHashCode();
            hash = (hash * 397) ^ _communication.GetHashCode();
            return (hash * 397) ^ _deemedAcceptances.GetHashCode();
        }
    }

    /// <summary>"at 2026-03-20T09:00:00Z: 1 reminder(s), 2 consequence(s), 0 communication item(s)".</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => $"at {At}: {_reminders.Count} reminder(s), {_consequences.Count} consequence(s), {_communication.Count} communication item(s)";

    /// <summary>The standings, worked out and kept on the first read when they were left for then.</summary>
    private ValueList<ObligationStanding> Standings()
    {
        if (Volatile.Read(ref _obligations) is { } kept)
        {
            return kept;
        }

        // Two threads may both work them out: the answer is the same, the first kept wins, and the state is let go only
        // once they are kept (a reader that finds it gone finds them).
        if (Volatile.Read(ref _standingsOf) is not { } source)
        {
            return Volatile.Read(ref _obligations)!;
        }

        var worked = ValueList<ObligationStanding>.Owning(Obligation.StandingsOf(source.State, At, source.Found));
        var stored = Interlocked.CompareExchange(ref _obligations, worked, null) ?? worked;
        Volatile.Write(ref _standingsOf, null);
        return stored;
    }

    /// <summary>What a swept assessment's standings are worked out from: the state, and the obligations its assessment found (read, never changed).</summary>
    private sealed class StandingsSource
    {
        public StandingsSource(EngagementState state, List<Obligation> found)
        {
            State = state;
            Found = found;
        }

        public EngagementState State { get; }

        public List<Obligation> Found { get; }
    }
}
