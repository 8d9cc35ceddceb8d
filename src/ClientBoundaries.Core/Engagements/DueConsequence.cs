using System;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// A reminder or a consequence that is due: which rule, for which obligation, against which party,
/// since when, for how much, and a sentence that says why in plain words. Record it with
/// <see cref="EngagementCommand.RecordReminderSent"/> or <see cref="EngagementCommand.ApplyConsequence"/>
/// (passing <see cref="Obligation"/> and <see cref="Rule"/>) once acted on; it is then never due again.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field, the explanation included, is equal.</remarks>
public sealed record DueConsequence
{
    // Worded on first reading: an assessment lists its items by their figures, and a sweep may list thousands.
    private readonly Sentence _explanation;

    internal DueConsequence(
        ObligationKey obligation,
        PartyRole party,
        int round,
        ConsequenceRule rule,
        Instant fallsDueAt,
        int businessDaysLate,
        Money? amount,
        Money? amountBeforeCap,
        CapScope? cappedBy,
        Sentence explanation,
        Channel channel,
        string? escalateTo)
    {
        Obligation = obligation;
        Party = party;
        Round = round;
        Rule = rule;
        FallsDueAt = fallsDueAt;
        BusinessDaysLate = businessDaysLate;
        Amount = amount;
        AmountBeforeCap = amountBeforeCap;
        CappedBy = cappedBy;
        _explanation = explanation;
        Channel = channel;
        EscalateTo = escalateTo;
    }

    /// <summary>The stage, payment or reply the party is late with (or, for a reminder, that is coming due).</summary>
    public ObligationKey Obligation { get; }

    /// <summary>The party reminded or late: it pays a fee, or (the provider) owes the client a credit.</summary>
    public PartyRole Party { get; }

    /// <summary>Which stretch of the stage: 0 for the first, one more each time a revision reopens it or sends it back to wait for the stage before it; 0 for payments. Reminders and consequences are recorded per round.</summary>
    public int Round { get; }

    /// <summary>The rule of the party's consequence policy.</summary>
    public ConsequenceRule Rule { get; }

    /// <summary>What happens: the rule's kind.</summary>
    public ConsequenceKind Kind => Rule.Kind;

    /// <summary>For a reminder, how it should sound: friendly or firm; null for a consequence.</summary>
    public ReminderLevel? Level =>
        Rule.Kind == ConsequenceKind.Reminder ? ReminderLevel.Friendly
        : Rule.Kind == ConsequenceKind.FirmReminder ? ReminderLevel.Firm
        : null;

    /// <summary>When it fell due: the first working hour of the party's day on which it reached the threshold, or the moment work resumed for a restart rule.</summary>
    public Instant FallsDueAt { get; }

    /// <summary>The rule's threshold: the party's business days after the due date at which it applies (negative: before the due date), grace included. The lateness on the day of the assessment is in <see cref="Explanation"/> and in the obligation's standing.</summary>
    public int BusinessDaysLate { get; }

    /// <summary>
    /// What the late party owes (a fee to the provider, or a credit to the client) after caps; null
    /// for kinds without money. It is zero when a cap is used up: the rule was still reached, so it
    /// is listed, and recording it says so.
    /// </summary>
    public Money? Amount { get; }

    /// <summary>The amount the rule gives before any cap; equal to <see cref="Amount"/> unless a cap cut it.</summary>
    public Money? AmountBeforeCap { get; }

    /// <summary>The cap that cut the amount, or null when none did.</summary>
    public CapScope? CappedBy { get; }

    /// <summary>
    /// Why, in a sentence the provider could send as it is to the late party, in that party's language
    /// (<c>CommunicationPreferences.Language</c>), true at the instant of the assessment that listed it: the lateness on
    /// that day (not <see cref="BusinessDaysLate"/>, the rule's threshold), "today" only on the due date. Assess again
    /// before sending on another day.
    /// </summary>
    /// <remarks>Worded when it is first read, and kept. <see cref="ExplanationIn"/> words it in another language.</remarks>
    public string Explanation => _explanation.Text;

    /// <summary>The channel to send it on: the one the party it concerns prefers (<c>CommunicationPreferences.PreferredChannel</c>).</summary>
    public Channel Channel { get; }

    /// <summary>
    /// For an escalation, who the matter goes to: the rule's contact role, or else the escalation
    /// contact the late party named in its preferences; null for every other kind.
    /// </summary>
    public string? EscalateTo { get; }

    /// <summary>
    /// The explanation in <paramref name="language"/>, worded from the same facts as <see cref="Explanation"/>: for a
    /// host that writes to a contact in another language than the party's, or shows the provider what was sent.
    /// </summary>
    /// <param name="language">The language to word it in.</param>
    /// <returns>The sentence; a due consequence read back from JSON has only the text it was stored with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string ExplanationIn(Language language) => _explanation.In(Preconditions.CheckNotNull(language, nameof(language)));

    /// <summary>Whether every field, and the explanation's text, are equal.</summary>
    /// <param name="other">The other due consequence.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DueConsequence? other) =>
        other is not null
        && Obligation == other.Obligation
        && Party == other.Party
        && Round == other.Round
        && Rule == other.Rule
        && FallsDueAt == other.FallsDueAt
        && BusinessDaysLate == other.BusinessDaysLate
        && Amount == other.Amount
        && AmountBeforeCap == other.AmountBeforeCap
        && CappedBy == other.CappedBy
        && Channel == other.Channel
        && EscalateTo == other.EscalateTo
        && Explanation == other.Explanation;

    /// <summary>A hash of the figures (the explanation is worded from them, so it adds nothing).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Obligation.GetHashCode();
            hash = (hash * 397) ^ Rule.GetHashCode();
            hash = (hash * 397) ^ FallsDueAt.GetHashCode();
            hash = (hash * 397) ^ Round;
            return (hash * 397) ^ BusinessDaysLate;
        }
    }

    /// <summary>The explanation.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Explanation;
}
