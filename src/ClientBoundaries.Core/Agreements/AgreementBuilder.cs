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
/// Writes an <see cref="Agreement"/> the way the one-pager reads: who the two parties are, the
/// stages in order with each side's tasks, and the payment terms.
/// </summary>
/// <example>
/// <code>
/// var agreement = new AgreementBuilder(new AgreementId("acme-website"), "Website redesign")
///     .WithProvider("Pixel &amp; Pine Studio", studioCalendar)
///     .WithClient("Acme Bakery", bakeryCalendar)
///     .AddStage("content", "Client sends content", PartyRole.Client, 10, stage => stage
///         .ClientDoes("Send all page copy and photos")
///         .ProviderDoes("Answer questions within a business day")
///         .HandsOver("Final copy for every page"))
///     .WithPaymentTerms(new PaymentTerms(new Money(6000m, "EUR"), Charge.PercentOfTotal(30)))
///     .Build();
/// </code>
/// </example>
/// <remarks>
/// <para>Each call checks its own arguments at once and throws when one is wrong (a blank name, a
/// duration under one day, a stage key used twice), so a mistake fails where it is made. Rules
/// about the whole (both parties present, at least one stage, milestones tied to stages that
/// exist) are checked by <see cref="Validate"/> and <see cref="Build"/>, which report every
/// problem at once.</para>
/// <para>The builder is the one mutable type here: not thread-safe, and meant to be used once.
/// Every method returns the same builder, so calls chain.</para>
/// </remarks>
public sealed class AgreementBuilder
{
    private readonly AgreementId _id;
    private readonly string _title;
    private readonly List<Stage> _stages = new();
    private Party? _provider;
    private Party? _client;
    private PaymentTerms? _paymentTerms;
    private int _providerRestartLeadTime;
    private int _clientRestartLeadTime;
    private ConsequencePolicy _providerConsequences = ConsequencePolicy.None;
    private ConsequencePolicy _clientConsequences = ConsequencePolicy.None;
    private readonly List<Deliverable> _deliverables = new();
    private Goodwill _goodwill = Goodwill.None;
    private RateCard? _rateCard;
    private ChangeOrderTerms _changeOrderTerms = ChangeOrderTerms.Default;
    private MovingOnPolicy _movingOn = MovingOnPolicy.DeemsAccepted;
    private AcceptanceWindows _acceptanceWindows = AcceptanceWindows.None;
    private ContactPolicy _providerContact = ContactPolicy.WorkingHours;
    private ContactPolicy _clientContact = ContactPolicy.WorkingHours;
    private MeetingPolicy _meetings = MeetingPolicy.Default;
    private CheckInCadence? _checkIns;
    private FeedbackPolicy? _feedback;
    private CommunicationPreferences _providerPreferences = CommunicationPreferences.Default;
    private CommunicationPreferences _clientPreferences = CommunicationPreferences.Default;

    /// <summary>Starts an agreement.</summary>
    /// <param name="id">Identifies the agreement, such as a CRM record id or a readable slug.</param>
    /// <param name="title">What the work is called: "Website redesign for Acme Bakery".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public AgreementBuilder(AgreementId id, string title)
    {
        _id = Preconditions.CheckNotNull(id, nameof(id));
        _title = Preconditions.CheckText(title, nameof(title));
    }

    /// <summary>Names the provider and says when it works; a second call replaces the first.</summary>
    /// <param name="name">The provider's name as both sides write it.</param>
    /// <param name="calendar">The provider's business calendar; provider stages are counted in it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public AgreementBuilder WithProvider(string name, BusinessCalendar calendar)
    {
        _provider = new Party(PartyRole.Provider, name, calendar);
        return this;
    }

    /// <summary>Names the client and says when it works; a second call replaces the first.</summary>
    /// <param name="name">The client's name as both sides write it.</param>
    /// <param name="calendar">The client's business calendar; client stages are counted in it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public AgreementBuilder WithClient(string name, BusinessCalendar calendar)
    {
        _client = new Party(PartyRole.Client, name, calendar);
        return this;
    }

    /// <summary>Adds the next stage of the work.</summary>
    /// <param name="key">The stage's key, unique in the agreement: "content".</param>
    /// <param name="name">The stage's name: "Client sends content".</param>
    /// <param name="owner">Who holds the ball during the stage.</param>
    /// <param name="durationBusinessDays">How long it takes, in the owner's business days; at least 1.</param>
    /// <param name="describe">Says what each side does and what is handed over; null for nothing more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="name"/> or <paramref name="owner"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not a valid <see cref="StageKey"/> or is already used, or a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="durationBusinessDays"/> is less than 1 or more than <see cref="Stage.MaxDurationBusinessDays"/>.</exception>
    public AgreementBuilder AddStage(string key, string name, PartyRole owner, int durationBusinessDays, Action<StageBuilder>? describe = null) =>
        AddStage(new StageKey(Preconditions.CheckNotNull(key, nameof(key)), nameof(key)), name, owner, durationBusinessDays, describe);

    /// <summary>Adds the next stage of the work, with a key the caller already holds.</summary>
    /// <param name="key">The stage's key, unique in the agreement.</param>
    /// <param name="name">The stage's name: "Client sends content".</param>
    /// <param name="owner">Who holds the ball during the stage.</param>
    /// <param name="durationBusinessDays">How long it takes, in the owner's business days; at least 1.</param>
    /// <param name="describe">Says what each side does and what is handed over; null for nothing more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="name"/> or <paramref name="owner"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is already used, or a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="durationBusinessDays"/> is less than 1 or more than <see cref="Stage.MaxDurationBusinessDays"/>.</exception>
    public AgreementBuilder AddStage(StageKey key, string name, PartyRole owner, int durationBusinessDays, Action<StageBuilder>? describe = null)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        var builder = new StageBuilder(key);
        describe?.Invoke(builder);
        return AddStage(builder.Build(key, name, owner, durationBusinessDays));
    }

    /// <summary>Adds the next stage of the work, already made.</summary>
    /// <param name="stage">The stage; its key must not be used by an earlier stage.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException">The stage's key is already used.</exception>
    public AgreementBuilder AddStage(Stage stage)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        Preconditions.CheckArgument(
            _stages.TrueForAll(s => s.Key != stage.Key),
            nameof(stage),
            $"Stage keys must be unique, but '{stage.Key}' is already used by the stage \"{_stages.Find(s => s.Key == stage.Key)?.Name}\".");
        _stages.Add(stage);
        return this;
    }

    /// <summary>Sets how and when the client pays; a second call replaces the first.</summary>
    /// <param name="paymentTerms">The payment terms; milestones must name stages of this agreement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paymentTerms"/> is null.</exception>
    public AgreementBuilder WithPaymentTerms(PaymentTerms paymentTerms)
    {
        _paymentTerms = Preconditions.CheckNotNull(paymentTerms, nameof(paymentTerms));
        return this;
    }

    /// <summary>
    /// Sets how many of its own business days a party needs to pick the work up again after the
    /// other side paused it; a second call for the same party replaces the first. Both start at 0.
    /// </summary>
    /// <param name="party">The party that picks the work up again (usually the provider, who must re-learn the project).</param>
    /// <param name="businessDays">Its lead time, 0 to 260 of its business days.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is out of range.</exception>
    public AgreementBuilder WithRestartLeadTime(PartyRole party, int businessDays)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckArgumentRange(nameof(businessDays), businessDays, 0, 260);
        return ForParty(party, businessDays, ref _providerRestartLeadTime, ref _clientRestartLeadTime);
    }

    /// <summary>
    /// Sets what happens when the party a stage was handed to starts or hands off a later stage before accepting it or
    /// asking for a revision; a second call replaces the first. Starts at <see cref="MovingOnPolicy.DeemsAccepted"/>.
    /// </summary>
    /// <param name="policy">
    /// <see cref="MovingOnPolicy.DeemsAccepted"/>: moving on accepts the stage as of that moment;
    /// <see cref="MovingOnPolicy.RequiresAcceptance"/>: moving on is refused until the stage is accepted.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public AgreementBuilder WithMovingOn(MovingOnPolicy policy)
    {
        _movingOn = Preconditions.CheckNotNull(policy, nameof(policy));
        return this;
    }

    /// <summary>
    /// Sets how many of its business days the client has to accept each stage the provider hands over, or ask for a
    /// revision, and what happens when the window closes; a second call replaces the first. Starts at
    /// <see cref="AcceptanceWindows.None"/>. <see cref="Validate"/> checks that every stage with a window of its own
    /// exists and is the provider's.
    /// </summary>
    /// <param name="windows">The windows.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    public AgreementBuilder WithAcceptanceWindows(AcceptanceWindows windows)
    {
        _acceptanceWindows = Preconditions.CheckNotNull(windows, nameof(windows));
        return this;
    }

    /// <summary>
    /// Sets what a party's lateness leads to; a second call for the same party replaces the first.
    /// Both start at <see cref="ConsequencePolicy.None"/>. <see cref="Validate"/> checks that the
    /// policy fits the party (a credit is owed only by the provider, fees only by the client), names
    /// only stages the party owns, and uses the agreement's currency.
    /// </summary>
    /// <param name="party">The party whose lateness the policy is about.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgreementBuilder WithConsequencePolicy(PartyRole party, ConsequencePolicy policy)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(policy, nameof(policy));
        return ForParty(party, policy, ref _providerConsequences, ref _clientConsequences);
    }

    /// <summary>
    /// Adds something the provider delivers, with what it includes (<see cref="Allowance"/>) and its
    /// written inclusions and exclusions. <see cref="Validate"/> checks that its stage exists and is the
    /// provider's, and that no other deliverable counts revision rounds on the same stage.
    /// </summary>
    /// <param name="deliverable">The deliverable; its key must not be used by an earlier one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deliverable"/> is null.</exception>
    /// <exception cref="ArgumentException">The deliverable's key is already used.</exception>
    public AgreementBuilder AddDeliverable(Deliverable deliverable)
    {
        Preconditions.CheckNotNull(deliverable, nameof(deliverable));
        Preconditions.CheckArgument(
            _deliverables.TrueForAll(d => d.Key != deliverable.Key),
            nameof(deliverable),
            $"Deliverable keys must be unique, but '{deliverable.Key}' is already used by \"{_deliverables.Find(d => d.Key == deliverable.Key)?.Name}\".");
        _deliverables.Add(deliverable);
        return this;
    }

    /// <summary>Sets the extras the provider gives without charge; a second call replaces the first. Starts at <see cref="Goodwill.None"/>.</summary>
    /// <param name="goodwill">The goodwill budget.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goodwill"/> is null.</exception>
    public AgreementBuilder WithGoodwill(Goodwill goodwill)
    {
        _goodwill = Preconditions.CheckNotNull(goodwill, nameof(goodwill));
        return this;
    }

    /// <summary>Sets how work outside the agreement is priced; a second call replaces the first. Its currency must be the agreement's.</summary>
    /// <param name="rateCard">The rate card.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rateCard"/> is null.</exception>
    public AgreementBuilder WithRateCard(RateCard rateCard)
    {
        _rateCard = Preconditions.CheckNotNull(rateCard, nameof(rateCard));
        return this;
    }

    /// <summary>Sets how change orders work; a second call replaces the first. Starts at <see cref="ChangeOrderTerms.Default"/>.</summary>
    /// <param name="terms">The change-order terms.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public AgreementBuilder WithChangeOrderTerms(ChangeOrderTerms terms)
    {
        _changeOrderTerms = Preconditions.CheckNotNull(terms, nameof(terms));
        return this;
    }

    /// <summary>
    /// Sets when and how a party may be contacted and how fast it answers; a second call for the
    /// same party replaces the first. Both start at <see cref="ContactPolicy.WorkingHours"/>.
    /// <see cref="Validate"/> checks that the policy's contact windows, if it has any, fall on at least one of the
    /// party's working days (<c>agreement.contact-windows.no-working-day</c>).
    /// </summary>
    /// <param name="party">The party the policy is about.</param>
    /// <param name="policy">Its contact policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgreementBuilder WithContactPolicy(PartyRole party, ContactPolicy policy)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(policy, nameof(policy));
        return ForParty(party, policy, ref _providerContact, ref _clientContact);
    }

    /// <summary>Sets how meetings are time-boxed; a second call replaces the first. Starts at <see cref="MeetingPolicy.Default"/>.</summary>
    /// <param name="policy">The meeting policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public AgreementBuilder WithMeetingPolicy(MeetingPolicy policy)
    {
        _meetings = Preconditions.CheckNotNull(policy, nameof(policy));
        return this;
    }

    /// <summary>Sets how often the provider checks in with the client; a second call replaces the first. None until set.</summary>
    /// <param name="cadence">The cadence, counted in the provider's calendar.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> is null.</exception>
    public AgreementBuilder WithCheckIns(CheckInCadence cadence)
    {
        _checkIns = Preconditions.CheckNotNull(cadence, nameof(cadence));
        return this;
    }

    /// <summary>
    /// Sets when the provider asks the client for feedback; a second call replaces the first. None
    /// until set; <see cref="FeedbackPolicy.Standard"/> asks after onboarding, at completion and 30
    /// days later.
    /// </summary>
    /// <param name="policy">The feedback points.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public AgreementBuilder WithFeedback(FeedbackPolicy policy)
    {
        _feedback = Preconditions.CheckNotNull(policy, nameof(policy));
        return this;
    }

    /// <summary>
    /// Sets how a party prefers to be addressed; a second call for the same party replaces the first.
    /// Both start at <see cref="CommunicationPreferences.Default"/>. <see cref="Validate"/> checks that
    /// the preferred channel is one the party's contact policy accepts.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="preferences">Its preferences.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgreementBuilder WithPreferences(PartyRole party, CommunicationPreferences preferences)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(preferences, nameof(preferences));
        return ForParty(party, preferences, ref _providerPreferences, ref _clientPreferences);
    }

    /// <summary>
    /// Every problem that stops the agreement being built, as values; empty when
    /// <see cref="Build"/> will succeed.
    /// </summary>
    /// <returns>The problems, in a stable order: parties, stages, payments, consequence policies, scope, currency.</returns>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var violations = new List<RuleViolation>();
        if (_provider is null)
        {
            violations.Add(RuleViolation.Of("agreement.provider.missing", "provider"));
        }

        if (_client is null)
        {
            violations.Add(RuleViolation.Of("agreement.client.missing", "client"));
        }

        if (_stages.Count == 0)
        {
            violations.Add(RuleViolation.Of("agreement.stages.none", "stages"));
        }

        foreach (var milestone in _paymentTerms?.Milestones ?? Enumerable.Empty<MilestonePayment>())
        {
            if (_stages.TrueForAll(s => s.Key != milestone.Stage))
            {
                violations.Add(RuleViolation.Of(
                    "agreement.milestone.unknown-stage",
                    milestone.Stage.Value,
                    Fact.Of("amount", milestone.Amount),
                    Fact.Of("stage", milestone.Stage)));
            }
        }

        ValidateConsequences(PartyRole.Provider, _providerConsequences, violations);
        ValidateConsequences(PartyRole.Client, _clientConsequences, violations);
        ValidateScope(violations);
        ValidateAcceptanceWindows(violations);
        ValidateContactWindows(PartyRole.Provider, _provider, _providerContact, violations);
        ValidateContactWindows(PartyRole.Client, _client, _clientContact, violations);
        ValidatePreferences(PartyRole.Provider, _providerPreferences, _providerContact, _providerConsequences, violations);
        ValidatePreferences(PartyRole.Client, _clientPreferences, _clientContact, _clientConsequences, violations);
        ValidateCurrency(violations);
        return violations;
    }

    /// <summary>Builds the agreement (version 1).</summary>
    /// <returns>The agreement.</returns>
    /// <exception cref="InvalidAgreementException">The agreement is incomplete or inconsistent; its <see cref="InvalidAgreementException.Violations"/> list every problem.</exception>
    public Agreement Build()
    {
        var violations = Validate();
        if (violations.Count > 0)
        {
            throw new InvalidAgreementException(violations);
        }

        return new Agreement(_id, _title, 1, _provider!, _client!, _stages, _paymentTerms, _providerRestartLeadTime, _clientRestartLeadTime, _providerConsequences, _clientConsequences,
            new ScopeTerms(_deliverables, _goodwill, _rateCard, _changeOrderTerms),
            _providerContact,
            _clientContact,
            _meetings,
            _checkIns,
            _feedback,
            _providerPreferences,
            _clientPreferences,
            _movingOn,
            _acceptanceWindows);
    }

    /// <summary>Sets the provider's or the client's copy of a per-party term.</summary>
    private AgreementBuilder ForParty<T>(PartyRole party, T value, ref T provider, ref T client)
    {
        if (party == PartyRole.Provider)
        {
            provider = value;
        }
        else
        {
            client = value;
        }

        return this;
    }

    /// <summary>Contact windows only open on the party's business days: windows on none of its working days would never open.</summary>
    private static void ValidateContactWindows(PartyRole party, Party? named, ContactPolicy contact, List<RuleViolation> violations)
    {
        if (named is not null && contact.ContactWindows is { } windows && !named.Calendar.HasHoursOnWorkingDays(windows))
        {
            violations.Add(RuleViolation.Of(
                "agreement.contact-windows.no-working-day",
                party.Name.ToLowerInvariant(),
                Fact.Of("party", party),
                Fact.Of("windows", windows),
                Fact.Of("workingWeek", named.Calendar.WorkingWeek)));
        }
    }

    private static void ValidatePreferences(PartyRole party, CommunicationPreferences preferences, ContactPolicy contact, ConsequencePolicy consequences, List<RuleViolation> violations)
    {
        var role = party.Name.ToLowerInvariant();
        if (preferences.EscalationContact is null
            && consequences.StageOverrides.Select(o => o.Value).Append(consequences.Stages).Append(consequences.Payments).Append(consequences.Replies)
                .Any(ladder => ladder.Rules.Any(r => r.Kind == ConsequenceKind.Escalation && r.ContactRole is null)))
        {
            violations.Add(RuleViolation.Of("agreement.preferences.escalation-contact-missing", role, Fact.Of("party", party)));
        }

        if (!contact.Accepts(preferences.PreferredChannel))
        {
            violations.Add(RuleViolation.Of(
                "agreement.preferences.channel-not-accepted",
                role,
                Fact.Of("party", party),
                Fact.Of("channel", preferences.PreferredChannel),
                Fact.Of("accepted", contact.Channels)));
        }
    }

    private void ValidateAcceptanceWindows(List<RuleViolation> violations)
    {
        foreach (var entry in _acceptanceWindows.StageOverrides)
        {
            var stage = _stages.Find(s => s.Key == entry.Key);
            if (stage is null)
            {
                violations.Add(RuleViolation.Of("agreement.acceptance-window.unknown-stage", entry.Key.Value, Fact.Of("stage", entry.Key), Fact.Of("days", entry.Value)));
            }
            else if (stage.Owner != PartyRole.Provider)
            {
                violations.Add(RuleViolation.Of("agreement.acceptance-window.stage-of-client", entry.Key.Value, Fact.Of("stage", entry.Key), Fact.Of("days", entry.Value)));
            }
        }
    }

    private void ValidateScope(List<RuleViolation> violations)
    {
        var roundsCounted = new List<StageKey>();
        foreach (var deliverable in _deliverables)
        {
            if (deliverable.Stage is not { } key)
            {
                if (deliverable.Allowance.RevisionRounds is { } rounds)
                {
                    violations.Add(RuleViolation.Of("agreement.deliverable.rounds-need-stage", deliverable.Key.Value, Fact.Of("deliverable", deliverable.Key), Fact.Of("rounds", rounds)));
                }

                continue;
            }

            var stage = _stages.Find(s => s.Key == key);
            if (stage is null)
            {
                violations.Add(RuleViolation.Of("agreement.deliverable.unknown-stage", deliverable.Key.Value, Fact.Of("deliverable", deliverable.Key), Fact.Of("stage", key)));
            }
            else if (stage.Owner != PartyRole.Provider)
            {
                violations.Add(RuleViolation.Of("agreement.deliverable.stage-of-client", deliverable.Key.Value, Fact.Of("deliverable", deliverable.Key), Fact.Of("stage", key)));
            }
            else if (deliverable.Allowance.RevisionRounds is not null)
            {
                if (roundsCounted.Contains(key))
                {
                    violations.Add(RuleViolation.Of("agreement.deliverable.rounds-twice", deliverable.Key.Value, Fact.Of("stage", key)));
                }

                roundsCounted.Add(key);
            }
        }

        if (_changeOrderTerms.RevisionOverflow == RevisionOverflow.RecordAsChangeRequest && _rateCard is null)
        {
            violations.Add(RuleViolation.Of("agreement.scope.rate-card-missing", "rateCard"));
        }
    }

    private void ValidateConsequences(PartyRole party, ConsequencePolicy policy, List<RuleViolation> violations)
    {
        var role = party.Name.ToLowerInvariant();
        foreach (var entry in policy.StageOverrides)
        {
            var stage = _stages.Find(s => s.Key == entry.Key);
            if (stage is null)
            {
                violations.Add(RuleViolation.Of("agreement.consequences.unknown-stage", entry.Key.Value, Fact.Of("party", party), Fact.Of("stage", entry.Key)));
            }
            else if (stage.Owner != party)
            {
                violations.Add(RuleViolation.Of("agreement.consequences.stage-of-other-party", stage.Key.Value, Fact.Of("party", party), Fact.Of("stage", stage.Key), Fact.Of("owner", stage.Owner)));
            }
        }

        var kinds = policy.AllStageLadders().Append(policy.Payments).SelectMany(l => l.Rules).Select(r => r.Kind).Distinct().ToList();
        if (party == PartyRole.Client && kinds.Contains(ConsequenceKind.Credit))
        {
            violations.Add(RuleViolation.Of("agreement.consequences.credit-from-client", role));
        }

        if (party == PartyRole.Provider && (kinds.Contains(ConsequenceKind.RestartFee) || kinds.Contains(ConsequenceKind.LateFee)))
        {
            violations.Add(RuleViolation.Of("agreement.consequences.fee-from-provider", role));
        }

        if (party == PartyRole.Provider && policy.Payments.Rules.Count > 0)
        {
            violations.Add(RuleViolation.Of("agreement.consequences.provider-pays-nothing", role));
        }

        // A credit worth a percentage of the stage's price needs a price for each stage it can apply to.
        foreach (var stage in _stages.Where(s => s.Owner == party && s.Price is null))
        {
            if (policy.LadderFor(stage.Key).Rules.Any(r => r.Charge is { Percent: not null } && r.Kind == ConsequenceKind.Credit))
            {
                violations.Add(RuleViolation.Of("agreement.consequences.credit-needs-price", stage.Key.Value, Fact.Of("party", party), Fact.Of("stage", stage.Key)));
            }
        }
    }

    /// <summary>Every amount of the agreement is in one currency: the total price's, or else the first one named.</summary>
    private void ValidateCurrency(List<RuleViolation> violations)
    {
        var amounts = _stages.Select(s => (Where: new[] { Fact.Of("stagePrice", s.Key) }, Money: s.Price))
            .Concat(AmountsIn(PartyRole.Provider, _providerConsequences))
            .Concat(AmountsIn(PartyRole.Client, _clientConsequences))
            .Append((Where: new[] { Fact.Of("hourlyRate", true) }, Money: _rateCard?.HourlyRate))
            .Where(a => a.Money is not null)
            .ToList();
        var currency = _paymentTerms?.Total.Currency ?? amounts.FirstOrDefault().Money?.Currency;
        foreach (var (where, money) in amounts)
        {
            if (money!.Currency != currency)
            {
                violations.Add(RuleViolation.Of(
                    "agreement.currency.mixed",
                    money.Currency,
                    where.Prepend(Fact.Of("currency", currency!)).Append(Fact.Of("amount", money)).ToArray()));
            }
        }
    }

    /// <summary>The amounts of a party's consequence policy, each with the facts that say where it is: a rule's fixed charge, a cap.</summary>
    private static IEnumerable<(Fact[] Where, Money? Money)> AmountsIn(PartyRole party, ConsequencePolicy policy)
    {
        var caps = policy.Caps;
        return policy.AllStageLadders().Append(policy.Payments)
            .SelectMany(l => l.Rules)
            .Select(r => (Where: new[] { Fact.Of("party", party), Fact.Of("rule", r) }, Money: r.Charge?.FixedAmount))
            .Append((new[] { Fact.Of("party", party), Fact.Of("cap", CapScope.PerStage) }, caps.PerStage))
            .Append((new[] { Fact.Of("party", party), Fact.Of("cap", CapScope.PerMonth) }, caps.PerMonth))
            .Append((new[] { Fact.Of("party", party), Fact.Of("cap", CapScope.PerEngagement) }, caps.PerEngagement));
    }
}
