using System;
using System.Globalization;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Consequences;

/// <summary>
/// One rung of a <see cref="ConsequenceLadder"/>: a threshold in business days relative to the due
/// date, and what happens once a party is that late. "Five business days overdue: escalate to the
/// client's account director" is <c>ConsequenceRule.Escalation(5, "account director")</c>.
/// </summary>
/// <remarks>
/// <para>The threshold counts the late party's own business days after the due date: 1 is the first
/// business day after it, 0 the due date itself, -2 two business days before it. Only reminders may
/// fall due before or on the due date; every other kind needs at least 1. A rule at threshold
/// <c>n</c> falls due when the late party's <c>n</c>-th business day after the due date begins (its
/// first working hour), and the ladder's grace period holds back every kind but reminders.</para>
/// <para>Made with the factory for its kind. Immutable and thread-safe; equal when kind, threshold
/// and parameters are equal, which is how a recorded consequence is matched to its rule.</para>
/// </remarks>
public sealed record ConsequenceRule
{
    /// <summary>The latest threshold a rule may have: ten years of five-day weeks.</summary>
    public const int MaxBusinessDaysOverdue = 2_600;

    /// <summary>How far before the due date a reminder may be sent, in business days.</summary>
    public const int MaxBusinessDaysBeforeDue = 260;

    private ConsequenceRule(ConsequenceKind kind, int businessDaysOverdue, Charge? charge, string? contactRole)
    {
        Kind = kind;
        BusinessDaysOverdue = businessDaysOverdue;
        Charge = charge;
        ContactRole = contactRole;
    }

    /// <summary>What happens.</summary>
    public ConsequenceKind Kind { get; }

    /// <summary>
    /// The threshold: business days after the due date in the late party's calendar (negative:
    /// before it; 0: on it). Once the party is this late, the rule falls due.
    /// </summary>
    public int BusinessDaysOverdue { get; }

    /// <summary>The amount of a fee or credit; null for kinds that carry no money.</summary>
    public Charge? Charge { get; }

    /// <summary>
    /// For an <see cref="ConsequenceKind.Escalation"/>, the contact role it goes to ("account director"),
    /// or null when it goes to the escalation contact the late party named in its communication
    /// preferences; null for every other kind.
    /// </summary>
    public string? ContactRole { get; }

    /// <summary>A friendly reminder, usually before the due date.</summary>
    /// <param name="businessDaysOverdue">The threshold; negative for before the due date (-2: two business days before).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule Reminder(int businessDaysOverdue) => Make(ConsequenceKind.Reminder, businessDaysOverdue);

    /// <summary>A firm reminder, usually on (0) or after the due date.</summary>
    /// <param name="businessDaysOverdue">The threshold; 0 for the due date itself.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule FirmReminder(int businessDaysOverdue) => Make(ConsequenceKind.FirmReminder, businessDaysOverdue);

    /// <summary>Escalation to a named contact role of the late party.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <param name="contactRole">Who it goes to, as a role ("account director", "owner").</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contactRole"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="contactRole"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule Escalation(int businessDaysOverdue, string contactRole)
    {
        var role = Preconditions.CheckText(contactRole, nameof(contactRole));
        return Make(ConsequenceKind.Escalation, businessDaysOverdue, contactRole: role);
    }

    /// <summary>
    /// Escalation to the contact the late party named for escalations in its communication
    /// preferences (<c>CommunicationPreferences.EscalationContact</c>); the agreement builder refuses
    /// the rule when the party names none.
    /// </summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule Escalation(int businessDaysOverdue) => Make(ConsequenceKind.Escalation, businessDaysOverdue);

    /// <summary>Every later date moves, and the late party is told the new ones.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule ScheduleShift(int businessDaysOverdue) => Make(ConsequenceKind.ScheduleShift, businessDaysOverdue);

    /// <summary>The engagement goes dormant after this many business days of lateness.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule Pause(int businessDaysOverdue) => Make(ConsequenceKind.Pause, businessDaysOverdue);

    /// <summary>
    /// On resuming after a pause the late party caused, it is told that the other side's restart lead
    /// time applies, and from when the work goes on. The lead time, and the dates it moves, come from
    /// the agreement (<c>AgreementBuilder.WithRestartLeadTime</c>), with or without this rule.
    /// </summary>
    /// <param name="businessDaysOverdue">How late the party must have been before it came back: at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule RestartLeadTime(int businessDaysOverdue) => Make(ConsequenceKind.RestartLeadTime, businessDaysOverdue);

    /// <summary>On resuming after a pause the client caused, a fixed restart fee.</summary>
    /// <param name="businessDaysOverdue">How late the client must have been before it came back: at least 1.</param>
    /// <param name="fee">The fee: more than zero.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fee"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold or the fee is out of range.</exception>
    public static ConsequenceRule RestartFee(int businessDaysOverdue, Money fee) =>
        Make(ConsequenceKind.RestartFee, businessDaysOverdue, Primitives.Charge.Fixed(Preconditions.CheckNotNull(fee, nameof(fee))));

    /// <summary>A fee on a late payment.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <param name="fee">A fixed amount (more than zero), or a percentage of the late payment.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fee"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range, or <paramref name="fee"/> is a fixed amount of zero.</exception>
    public static ConsequenceRule LateFee(int businessDaysOverdue, Charge fee) =>
        Make(ConsequenceKind.LateFee, businessDaysOverdue, CheckFeeOrCredit(fee, nameof(fee)));

    /// <summary>A credit the provider owes the client for a late stage.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <param name="credit">A fixed amount (more than zero), or a percentage of the stage's price.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range, or <paramref name="credit"/> is a fixed amount of zero.</exception>
    public static ConsequenceRule Credit(int businessDaysOverdue, Charge credit) =>
        Make(ConsequenceKind.Credit, businessDaysOverdue, CheckFeeOrCredit(credit, nameof(credit)));

    /// <summary>The other side may give notice of termination.</summary>
    /// <param name="businessDaysOverdue">The threshold: at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is out of range.</exception>
    public static ConsequenceRule TerminationNotice(int businessDaysOverdue) => Make(ConsequenceKind.TerminationNotice, businessDaysOverdue);

    /// <summary>"+5 business days: Escalation to account director".</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString()
    {
        var threshold = BusinessDaysOverdue switch
        {
            0 => "on the due date",
            > 0 => "+" + BusinessDaysOverdue.ToString(CultureInfo.InvariantCulture) + " business days",
            _ => BusinessDaysOverdue.ToString(CultureInfo.InvariantCulture) + " business days",
        };
        var detail = Charge is not null ? " " + Charge
            : ContactRole is not null ? " to " + ContactRole
            : Kind == ConsequenceKind.Escalation ? " to the escalation contact"
            : string.Empty;
        return $"{threshold}: {Kind}{detail}";
    }

    /// <summary>
    /// A fee or credit is worth something: <see cref="Primitives.Charge.Fixed"/> refuses zero, but a
    /// charge written as a payment (<see cref="Primitives.Charge.FixedPayment"/>) may be zero.
    /// </summary>
    private static Charge CheckFeeOrCredit(Charge charge, string paramName)
    {
        Preconditions.CheckNotNull(charge, paramName);
        if (charge.FixedAmount is { } amount)
        {
            Primitives.Charge.CheckFeeOrCredit(amount, paramName);
        }

        return charge;
    }

    private static ConsequenceRule Make(ConsequenceKind kind, int businessDaysOverdue, Charge? charge = null, string? contactRole = null)
    {
        if (!kind.IsReminder && businessDaysOverdue < 1)
        {
            throw Preconditions.OutOfRange(nameof(businessDaysOverdue), $"A {kind} applies once the party is late, so its threshold must be at least 1 business day after the due date (only reminders may come on or before it), was {businessDaysOverdue}.");
        }

        Preconditions.CheckArgumentRange(nameof(businessDaysOverdue), businessDaysOverdue, -MaxBusinessDaysBeforeDue, MaxBusinessDaysOverdue);
        return new ConsequenceRule(kind, businessDaysOverdue, charge, contactRole);
    }
}
