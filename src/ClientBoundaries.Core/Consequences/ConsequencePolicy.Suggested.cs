using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Consequences;

/// <content>The default policy set the library suggests, one policy for each side.</content>
public sealed partial record ConsequencePolicy
{
    /// <summary>
    /// The client's half of the suggested default policy set: a friendly reminder two business days
    /// before a stage is due, a firm one on the due date, an escalation after five business days late,
    /// the work paused after fifteen, and coming back then costs the provider's restart lead time
    /// and <paramref name="restartFee"/>; for payments, a friendly reminder three business days before,
    /// a firm one the business day after, a late fee of 2% of the payment after ten business days, and
    /// an escalation after twenty.
    /// </summary>
    /// <remarks>
    /// <para>No grace period on either ladder, and due soon two business days ahead. The restart lead time's
    /// length is the agreement's (<c>AgreementBuilder.WithRestartLeadTime(PartyRole.Provider, days)</c>): without
    /// one, its rule changes no date. Every figure is explained in docs/consequences.md, "The default policy set,
    /// for both sides". It is a starting point: build a <see cref="ConsequencePolicy"/> of your own, or change this
    /// one with <see cref="WithStageLadder"/> and <see cref="WithReplyLadder"/>.</para>
    /// <para>Pass it to <c>AgreementBuilder.WithConsequencePolicy(PartyRole.Client, ...)</c>.</para>
    /// </remarks>
    /// <param name="restartFee">What the client pays when work paused for its lateness restarts: more than zero.</param>
    /// <param name="capPerEngagement">The most the client can owe in fees over the whole engagement, in the fee's currency; null for no cap.</param>
    /// <param name="escalationContact">
    /// Who an escalation goes to, as a role of the client in its own words ("owner"); null for the contact the client
    /// names in its preferences (<c>CommunicationPreferences.EscalationContact</c>), which the agreement then requires.
    /// </param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="restartFee"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="restartFee"/> is not more than zero, or <paramref name="capPerEngagement"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="capPerEngagement"/> is in another currency than <paramref name="restartFee"/>, or <paramref name="escalationContact"/> is blank.</exception>
    public static ConsequencePolicy SuggestedForClient(Money restartFee, Money? capPerEngagement, string? escalationContact = null)
    {
        Preconditions.CheckNotNull(restartFee, nameof(restartFee));
        CheckSameCurrency(restartFee, capPerEngagement);
        var stages = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            Escalation(5, escalationContact),
            ConsequenceRule.Pause(15),
            ConsequenceRule.RestartLeadTime(15),
            ConsequenceRule.RestartFee(15, restartFee),
        });
        var payments = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-3),
            ConsequenceRule.FirmReminder(1),
            ConsequenceRule.LateFee(10, Charge.PercentOf(2m)),
            Escalation(20, escalationContact),
        });
        return new ConsequencePolicy(stages, payments, EngagementCap(capPerEngagement));
    }

    /// <summary>
    /// The provider's half of the suggested default policy set, the client's mirror: a friendly reminder
    /// the business day before a stage is due, a firm one on the due date, a credit to the client of 10% of
    /// the stage's price after three business days late, and an escalation after five.
    /// </summary>
    /// <remarks>
    /// <para>No grace period, and due soon two business days ahead. A credit worth a percentage of a stage
    /// needs the stage's price (<c>StageBuilder.Priced</c>): the agreement refuses this policy for a provider
    /// stage without one. Every figure is explained in docs/consequences.md, "The default policy set, for
    /// both sides".</para>
    /// <para>Pass it to <c>AgreementBuilder.WithConsequencePolicy(PartyRole.Provider, ...)</c>.</para>
    /// </remarks>
    /// <param name="capPerEngagement">The most the provider can owe in credits over the whole engagement; null for no cap.</param>
    /// <param name="escalationContact">
    /// Who an escalation goes to, as a role of the provider in its own words ("director"); null for the contact the
    /// provider names in its preferences (<c>CommunicationPreferences.EscalationContact</c>), which the agreement then requires.
    /// </param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capPerEngagement"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="escalationContact"/> is blank.</exception>
    public static ConsequencePolicy SuggestedForProvider(Money? capPerEngagement, string? escalationContact = null)
    {
        var stages = new ConsequenceLadder(0, new[]
        {
            ConsequenceRule.Reminder(-1),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
            Escalation(5, escalationContact),
        });
        return new ConsequencePolicy(stages, caps: EngagementCap(capPerEngagement));
    }

    private static ConsequenceRule Escalation(int businessDaysOverdue, string? contact) =>
        contact is null ? ConsequenceRule.Escalation(businessDaysOverdue) : ConsequenceRule.Escalation(businessDaysOverdue, contact);

    private static ConsequenceCaps EngagementCap(Money? capPerEngagement) =>
        capPerEngagement is null ? ConsequenceCaps.None : new ConsequenceCaps(perStage: null, perMonth: null, perEngagement: capPerEngagement);

    private static void CheckSameCurrency(Money restartFee, Money? capPerEngagement) =>
        Preconditions.CheckArgument(
            capPerEngagement is null || capPerEngagement.Currency == restartFee.Currency,
            nameof(capPerEngagement),
            $"The cap must be in the restart fee's currency ({restartFee.Currency}), was {capPerEngagement}.");
}
