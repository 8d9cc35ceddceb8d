using Ardalis.SmartEnum;

namespace ClientBoundaries.Consequences;

/// <summary>
/// What an agreement says happens when a party is late: a reminder, an escalation, a pause, a fee,
/// a credit ... Each <see cref="ConsequenceRule"/> of a <see cref="ConsequenceLadder"/> has one.
/// </summary>
/// <remarks>
/// <para>The same kinds apply to both parties: when the client is late it is reminded, escalated
/// to, charged a fee; when the provider is late it is reminded, escalated to, and owes the client a
/// <see cref="Credit"/>. Which kinds fit which party is checked when the agreement is built.</para>
/// <para>The numeric values are a persistence contract and never change. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsequenceKind : SmartEnum<ConsequenceKind>
{
    /// <summary>A friendly nudge, usually a few business days before the due date.</summary>
    public static readonly ConsequenceKind Reminder = new(nameof(Reminder), 1);

    /// <summary>A firm, polite follow-up, usually on or after the due date.</summary>
    public static readonly ConsequenceKind FirmReminder = new(nameof(FirmReminder), 2);

    /// <summary>The matter goes to a named contact role on the late party's side (its account director, its owner ...).</summary>
    public static readonly ConsequenceKind Escalation = new(nameof(Escalation), 3);

    /// <summary>
    /// Every later date moves. Re-planning already does this at each handoff; the rule makes it
    /// explicit, so the late party is told the new dates while it is still late.
    /// </summary>
    public static readonly ConsequenceKind ScheduleShift = new(nameof(ScheduleShift), 4);

    /// <summary>The engagement goes dormant: recording it pauses the engagement, caused by the late party.</summary>
    public static readonly ConsequenceKind Pause = new(nameof(Pause), 5);

    /// <summary>
    /// When the late party comes back after a pause, the other side needs its restart lead time
    /// before it can pick the work up again. The lead time itself is set in the agreement
    /// (<c>AgreementBuilder.WithRestartLeadTime</c>) and moves the dates on every resumption after
    /// the other side's pause; this rule is the notice that tells the late party so, with the new
    /// dates. Falls due when the engagement resumes.
    /// </summary>
    public static readonly ConsequenceKind RestartLeadTime = new(nameof(RestartLeadTime), 6);

    /// <summary>A fixed fee the client owes for restarting after a pause it caused. Falls due when the engagement resumes.</summary>
    public static readonly ConsequenceKind RestartFee = new(nameof(RestartFee), 7);

    /// <summary>A fee on a late payment: a fixed amount or a percentage of the payment.</summary>
    public static readonly ConsequenceKind LateFee = new(nameof(LateFee), 8);

    /// <summary>A credit the provider owes the client when the provider is late: a fixed amount or a percentage of the stage's price.</summary>
    public static readonly ConsequenceKind Credit = new(nameof(Credit), 9);

    /// <summary>The other side may now give notice that it ends the engagement.</summary>
    public static readonly ConsequenceKind TerminationNotice = new(nameof(TerminationNotice), 10);

    private ConsequenceKind(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>
    /// Whether this is a message to the late party rather than a consequence: <see cref="Reminder"/>
    /// or <see cref="FirmReminder"/>. Reminders are recorded as sent, may fall due before the due
    /// date, and are not held back by the grace period.
    /// </summary>
    public bool IsReminder => ReferenceEquals(this, Reminder) || ReferenceEquals(this, FirmReminder);

    /// <summary>
    /// Whether it carries an amount of money: <see cref="RestartFee"/>, <see cref="LateFee"/> or
    /// <see cref="Credit"/>. Such an amount stays owed once it fell due, even after the late party
    /// catches up; the other kinds lapse when the late party delivers.
    /// </summary>
    public bool CarriesAmount => ReferenceEquals(this, RestartFee) || ReferenceEquals(this, LateFee) || ReferenceEquals(this, Credit);

    /// <summary>
    /// Whether it falls due when the engagement resumes after a pause the late party caused, rather
    /// than at its threshold: <see cref="RestartLeadTime"/> and <see cref="RestartFee"/>. Its threshold
    /// says how late the party must have been for it to apply.
    /// </summary>
    public bool FallsDueOnRestart => ReferenceEquals(this, RestartLeadTime) || ReferenceEquals(this, RestartFee);
}
