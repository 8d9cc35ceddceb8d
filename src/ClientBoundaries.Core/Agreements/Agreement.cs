using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Agreements;

/// <summary>
/// The "How we work together" terms between a provider and a client: who they are, the ordered
/// stages of the work with what each side does and hands over, how the client pays, and what
/// happens when either side runs late.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="AgreementBuilder"/>, which checks the whole before it hands it
/// over: an <see cref="Agreement"/> is always valid. The agreement binds both sides: every stage
/// names its owner, and both parties' calendars are part of it.</para>
/// <para>An agreement never changes. A change agreed later becomes a new version (an amendment)
/// with the same <see cref="Id"/> and a higher <see cref="Version"/>, and the
/// <see cref="Amendments"/> that made it.</para>
/// <para>Immutable and thread-safe; equal when every term, including stages in order, is equal.</para>
/// </remarks>
public sealed record Agreement
{
    private ValueList<Stage> _stages;
    private ValueList<Amendment> _amendments = ValueList<Amendment>.Empty;

    internal Agreement(
        AgreementId id,
        string title,
        int version,
        Party provider,
        Party client,
        IReadOnlyList<Stage> stages,
        PaymentTerms? paymentTerms,
        int providerRestartLeadTime,
        int clientRestartLeadTime,
        ConsequencePolicy providerConsequences,
        ConsequencePolicy clientConsequences,
        ScopeTerms scope,
        ContactPolicy providerContact,
        ContactPolicy clientContact,
        MeetingPolicy meetings,
        CheckInCadence? checkIns,
        FeedbackPolicy? feedback,
        CommunicationPreferences providerPreferences,
        CommunicationPreferences clientPreferences,
        MovingOnPolicy movingOn,
        AcceptanceWindows acceptanceWindows)
    {
        Id = id;
        Title = title;
        Version = version;
        Provider = provider;
        Client = client;
        _stages = new ValueList<Stage>(stages);
        PaymentTerms = paymentTerms;
        ProviderRestartLeadTimeBusinessDays = providerRestartLeadTime;
        ClientRestartLeadTimeBusinessDays = clientRestartLeadTime;
        ProviderConsequencePolicy = providerConsequences;
        ClientConsequencePolicy = clientConsequences;
        Scope = scope;
        ProviderContactPolicy = providerContact;
        ClientContactPolicy = clientContact;
        MeetingPolicy = meetings;
        CheckIns = checkIns;
        Feedback = feedback;
        ProviderPreferences = providerPreferences;
        ClientPreferences = clientPreferences;
        MovingOn = movingOn;
        AcceptanceWindows = acceptanceWindows;
    }

    /// <summary>Identifies the agreement across all its versions.</summary>
    public AgreementId Id { get; }

    /// <summary>What the work is called: "Website redesign for Acme Bakery".</summary>
    public string Title { get; }

    /// <summary>The version of the terms: 1 as first agreed, one more for each amendment.</summary>
    public int Version { get; private init; }

    /// <summary>The party who does the work.</summary>
    public Party Provider { get; private init; }

    /// <summary>The party who commissions and pays for the work.</summary>
    public Party Client { get; private init; }

    /// <summary>The stages of the work, in the order they happen; at least one.</summary>
    public IReadOnlyList<Stage> Stages => _stages;

    /// <summary>How and when the client pays, or null when the agreement does not state it.</summary>
    public PaymentTerms? PaymentTerms { get; }

    /// <summary>
    /// The provider business days the provider needs to pick the work up again after the client
    /// paused it ("we're ready, how fast can you do it?"): after such a pause the provider's next
    /// stage starts no earlier than this many of its business days after the resumption. 0 for none.
    /// </summary>
    public int ProviderRestartLeadTimeBusinessDays { get; }

    /// <summary>
    /// The mirror of <see cref="ProviderRestartLeadTimeBusinessDays"/>: the client business days
    /// the client needs after the provider paused the work. 0 for none.
    /// </summary>
    public int ClientRestartLeadTimeBusinessDays { get; }

    /// <summary>
    /// What happens when the party a stage was handed to starts or hands off a later stage without accepting it or
    /// asking for a revision: <see cref="MovingOnPolicy.DeemsAccepted"/> (the stage is accepted as of that moment, the
    /// default) or <see cref="MovingOnPolicy.RequiresAcceptance"/> (moving on is refused until it accepts).
    /// </summary>
    public MovingOnPolicy MovingOn { get; }

    /// <summary>
    /// How many of its business days the client has to accept each stage the provider hands over, or ask for a
    /// revision, and what happens when that window closes without an answer; <see cref="Agreements.AcceptanceWindows.None"/>
    /// (no window, the default) unless the agreement sets one.
    /// </summary>
    public AcceptanceWindows AcceptanceWindows { get; }

    /// <summary>What the provider's lateness leads to: reminders, escalation, credits owed to the client ...; <see cref="ConsequencePolicy.None"/> unless the agreement sets one.</summary>
    public ConsequencePolicy ProviderConsequencePolicy { get; private init; }

    /// <summary>What the client's lateness leads to: reminders, escalation, a pause, fees ...; <see cref="ConsequencePolicy.None"/> unless the agreement sets one.</summary>
    public ConsequencePolicy ClientConsequencePolicy { get; private init; }

    /// <summary>
    /// What is included and what needs a priced change order: the deliverables with their
    /// allowances, the goodwill, the rate card and the change-order terms. <see cref="ScopeTerms.None"/>
    /// unless the agreement sets them.
    /// </summary>
    public ScopeTerms Scope { get; private init; }

    /// <summary>When and how the provider may be contacted, and how fast it answers; <see cref="ContactPolicy.WorkingHours"/> unless the agreement sets one.</summary>
    public ContactPolicy ProviderContactPolicy { get; }

    /// <summary>When and how the client may be contacted, and how fast it answers; <see cref="ContactPolicy.WorkingHours"/> unless the agreement sets one.</summary>
    public ContactPolicy ClientContactPolicy { get; }

    /// <summary>How meetings are time-boxed: default and longest length, the wrap-up cue, when the recap is due; <see cref="Communication.MeetingPolicy.Default"/> unless the agreement sets one.</summary>
    public MeetingPolicy MeetingPolicy { get; }

    /// <summary>How often the provider checks in with the client, in the provider's calendar; null when the agreement sets no cadence.</summary>
    public CheckInCadence? CheckIns { get; }

    /// <summary>When the provider asks the client for feedback (after onboarding, at completion, a follow-up later); null when the agreement sets none.</summary>
    public FeedbackPolicy? Feedback { get; }

    /// <summary>How the provider prefers to be addressed; <see cref="CommunicationPreferences.Default"/> unless the agreement says.</summary>
    public CommunicationPreferences ProviderPreferences { get; }

    /// <summary>How the client prefers to be addressed; <see cref="CommunicationPreferences.Default"/> unless the agreement says.</summary>
    public CommunicationPreferences ClientPreferences { get; }

    /// <summary>How one party prefers to be addressed: channel, message length, escalation contact.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>Its preferences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public CommunicationPreferences PreferencesOf(PartyRole party) =>
        Preconditions.CheckNotNull(party, nameof(party)) == PartyRole.Provider ? ProviderPreferences : ClientPreferences;

    /// <summary>The contact policy of one party.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>Its policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public ContactPolicy ContactPolicyOf(PartyRole party) =>
        Preconditions.CheckNotNull(party, nameof(party)) == PartyRole.Provider ? ProviderContactPolicy : ClientContactPolicy;

    /// <summary>
    /// One party's contact policy in its own calendar: whether it is reachable at an instant, and by
    /// when it owes a reply to a message (see <see cref="ContactHours"/>).
    /// </summary>
    /// <param name="party">The party contacted: the one that owes the reply.</param>
    /// <returns>Its contact hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public ContactHours ContactHoursOf(PartyRole party) => new(CalendarOf(party), ContactPolicyOf(party));

    /// <summary>The amendments that made this version from version 1, in order; empty for version 1.</summary>
    public IReadOnlyList<Amendment> Amendments => _amendments;

    /// <summary>The consequence policy of one party.</summary>
    /// <param name="party">Provider or client.</param>
    /// <returns>Its policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public ConsequencePolicy ConsequencePolicyOf(PartyRole party) =>
        Preconditions.CheckNotNull(party, nameof(party)) == PartyRole.Provider ? ProviderConsequencePolicy : ClientConsequencePolicy;

    /// <summary>
    /// The restart lead time of a party: how many of its business days it needs to pick the work
    /// up again after the other side paused it.
    /// </summary>
    /// <param name="party">The party that picks the work up again.</param>
    /// <returns>Its restart lead time in its own business days; 0 for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public int RestartLeadTimeOf(PartyRole party) =>
        Preconditions.CheckNotNull(party, nameof(party)) == PartyRole.Provider
            ? ProviderRestartLeadTimeBusinessDays
            : ClientRestartLeadTimeBusinessDays;

    /// <summary>The hours budgeted over all stages that have a budget; 0 when none has.</summary>
    public decimal TotalBudgetedHours => _stages.Sum(s => s.BudgetedHours ?? 0m);

    /// <summary>The party with the given role.</summary>
    /// <param name="role">Provider or client.</param>
    /// <returns><see cref="Provider"/> or <see cref="Client"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public Party PartyOf(PartyRole role) =>
        Preconditions.CheckNotNull(role, nameof(role)) == PartyRole.Provider ? Provider : Client;

    /// <summary>The business calendar of the party with the given role.</summary>
    /// <param name="role">Provider or client.</param>
    /// <returns>That party's calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public BusinessCalendar CalendarOf(PartyRole role) => PartyOf(role).Calendar;

    /// <summary>The stage with the given key, or null when the agreement has none.</summary>
    /// <param name="key">The stage key.</param>
    /// <returns>The stage, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Stage? FindStage(StageKey key)
    {
        var index = IndexOfStage(key);
        return index < 0 ? null : _stages[index];
    }

    /// <summary>The position of the stage with the given key (0 for the first), or -1 when there is none.</summary>
    /// <param name="key">The stage key.</param>
    /// <returns>The zero-based position, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public int IndexOfStage(StageKey key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        for (var i = 0; i < _stages.Count; i++)
        {
            if (_stages[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of the first stage after position <paramref name="after"/> that <paramref name="owner"/> owns, or -1 when there is none: the stage a restart lead time delays.</summary>
    internal int IndexOfNextStageOf(PartyRole owner, int after)
    {
        for (var i = after + 1; i < _stages.Count; i++)
        {
            if (_stages[i].Owner == owner)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The id, version and title: <c>acme-website v1: Website redesign</c>.</summary>
    /// <returns>The agreement as text.</returns>
    public override string ToString() => $"{Id} v{Version}: {Title}";

    /// <summary>
    /// The same terms with other calendars for the parties: how an engagement counts business days
    /// once a force majeure period closes days for both sides. Not an amendment: same id and version.
    /// </summary>
    internal Agreement WithCalendars(BusinessCalendar provider, BusinessCalendar client) =>
        this with
        {
            Provider = new Party(PartyRole.Provider, Provider.Name, provider),
            Client = new Party(PartyRole.Client, Client.Name, client),
        };

    /// <summary>
    /// The same terms as a later version with the amendments that made it: how a stored agreement of
    /// any version is read back (the JSON package). The terms are already the amended ones, so nothing
    /// is applied again; the caller checks that <paramref name="amendments"/> run 2, 3 ... up to
    /// <paramref name="version"/> and name stages and deliverables of these terms.
    /// </summary>
    internal Agreement WithHistory(int version, IReadOnlyList<Amendment> amendments) =>
        this with { Version = version, _amendments = new ValueList<Amendment>(amendments) };

    /// <summary>
    /// The next version: the extended stage takes the amendment's extra business days and budgeted
    /// hours, the deliverable its extra units and revision rounds, and the amendment joins the history.
    /// The decider checks that the amendment fits (the next version, stages and deliverables that exist,
    /// lengths within bounds) before it records one.
    /// </summary>
    internal Agreement Amended(Amendment amendment)
    {
        var stages = _stages;
        if (amendment.ExtendedStage is { } key && IndexOfStage(key) is var index and >= 0)
        {
            var stage = _stages[index];
            stages = stages.SetItem(index, new Stage(
                stage.Key,
                stage.Name,
                stage.Owner,
                stage.DurationBusinessDays + amendment.ScheduleImpactBusinessDays,
                stage.Responsibilities,
                stage.Handover,
                stage.BudgetedHours is { } budget ? Math.Min(Stage.MaxBudgetedHours, budget + amendment.AddedBudgetedHours) : null,
                stage.Price));
        }

        var scope = Scope;
        if (amendment.Deliverable is { } deliverableKey && scope.FindDeliverable(deliverableKey) is { } deliverable)
        {
            scope = scope.WithDeliverable(deliverable.WithAllowance(deliverable.Allowance.Plus(amendment.AddedUnits, amendment.AddedRevisionRounds)));
        }

        return this with { Version = amendment.Version, _stages = stages, Scope = scope, _amendments = _amendments.Add(amendment) };
    }
}
