using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;

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
///     .WithPaymentTerms(new PaymentTerms(new Money(6000m, "EUR"), PaymentAmount.PercentOfTotal(30)))
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
        var builder = new StageBuilder();
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
        if (party == PartyRole.Provider)
        {
            _providerRestartLeadTime = businessDays;
        }
        else
        {
            _clientRestartLeadTime = businessDays;
        }

        return this;
    }

    /// <summary>
    /// Every problem that stops the agreement being built, as values; empty when
    /// <see cref="Build"/> will succeed.
    /// </summary>
    /// <returns>The problems, in a stable order: parties, stages, payments.</returns>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var violations = new List<RuleViolation>();
        if (_provider is null)
        {
            violations.Add(new RuleViolation("agreement.provider.missing", "The agreement must name the provider (WithProvider).", "provider"));
        }

        if (_client is null)
        {
            violations.Add(new RuleViolation("agreement.client.missing", "The agreement must name the client (WithClient).", "client"));
        }

        if (_stages.Count == 0)
        {
            violations.Add(new RuleViolation("agreement.stages.none", "The agreement must have at least one stage (AddStage).", "stages"));
        }

        foreach (var milestone in _paymentTerms?.Milestones ?? Enumerable.Empty<MilestonePayment>())
        {
            if (_stages.TrueForAll(s => s.Key != milestone.Stage))
            {
                violations.Add(new RuleViolation(
                    "agreement.milestone.unknown-stage",
                    $"The milestone payment of {milestone.Amount} is tied to stage '{milestone.Stage}', which the agreement does not have.",
                    milestone.Stage.Value));
            }
        }

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

        return new Agreement(_id, _title, 1, _provider!, _client!, _stages, _paymentTerms, _providerRestartLeadTime, _clientRestartLeadTime);
    }
}
