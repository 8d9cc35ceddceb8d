using System.Collections.Generic;
using System.Linq;
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
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record Assessment
{
    private readonly ValueList<ObligationStanding> _obligations;
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

    /// <summary>The instant assessed.</summary>
    public Instant At { get; }

    /// <summary>The agreement of the engagement; null before one was proposed.</summary>
    public AgreementId? AgreementId { get; }

    /// <summary>Where the engagement is in its life.</summary>
    public EngagementPhase Phase { get; }

    /// <summary>Whose move it is, since when, and by when; null before scheduling and after the end.</summary>
    public BallHolder? Ball { get; }

    /// <summary>Every stage, in the agreement's order, then the client's payments (deposit, milestones, final), then the replies owed to messages, in the order they arrived.</summary>
    public IReadOnlyList<ObligationStanding> Obligations => _obligations;

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
        return _obligations.FirstOrDefault(o => o.Obligation == obligation);
    }

    /// <summary>"at 2026-03-20T09:00:00Z: 1 reminder(s), 2 consequence(s), 0 communication item(s)".</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => $"at {At}: {_reminders.Count} reminder(s), {_consequences.Count} consequence(s), {_communication.Count} communication item(s)";
}
