using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scope;

/// <summary>
/// Where an engagement's scope stands: every change request and its decision, the units and hours
/// of each deliverable used, the goodwill used and left, and every change order with its status.
/// Classifies the next request against all of it.
/// </summary>
/// <remarks>
/// <para>An engagement keeps one (<c>EngagementState.Scope</c>), updated by its events: read any
/// number off it at any time. A ledger made on its own (<see cref="ScopeLedger(ScopeTerms)"/>) is
/// empty, and classifies a request as the first of an engagement; only an engagement records
/// decisions, so the numbers always add up.</para>
/// <para>Immutable and thread-safe; equal when terms, decisions and change orders are equal.</para>
/// </remarks>
public sealed record ScopeLedger
{
    private ValueList<ScopeDecision> _decisions = ValueList<ScopeDecision>.Empty;
    private ValueList<ChangeOrder> _changeOrders = ValueList<ChangeOrder>.Empty;
    private ValueList<Use> _uses = ValueList<Use>.Empty;

    /// <summary>An empty ledger under the given terms.</summary>
    /// <param name="terms">The agreement's scope terms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public ScopeLedger(ScopeTerms terms)
    {
        Terms = Preconditions.CheckNotNull(terms, nameof(terms));
    }

    /// <summary>The scope terms of the agreement as it now stands (amendments included).</summary>
    public ScopeTerms Terms { get; private init; }

    /// <summary>Every change request recorded, with its decision, in order.</summary>
    public IReadOnlyList<ScopeDecision> Decisions => _decisions;

    /// <summary>Every change order drafted, in order, each with its latest status.</summary>
    public IReadOnlyList<ChangeOrder> ChangeOrders => _changeOrders;

    /// <summary>The goodwill hours given so far.</summary>
    public decimal GoodwillUsedHours { get; private init; }

    /// <summary>The goodwill hours left: the agreement's budget less what was given; never negative.</summary>
    public decimal GoodwillLeftHours => Math.Max(0m, Terms.Goodwill.TotalHours - GoodwillUsedHours);

    /// <summary>How many requests were given as goodwill.</summary>
    public int GoodwillRequests { get; private init; }

    /// <summary>Whether the client has been told that charging starts (the notice is given once).</summary>
    public bool ChargingStarted { get; private init; }

    /// <summary>The price of every accepted change order added up; null while none has been accepted.</summary>
    public Money? AcceptedChangeOrdersTotal { get; private init; }

    /// <summary>The units of a deliverable used by change requests so far (accepted change orders included).</summary>
    /// <param name="deliverable">The deliverable.</param>
    /// <returns>The units used; 0 for none or an unknown deliverable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deliverable"/> is null.</exception>
    public int UnitsUsedOf(DeliverableKey deliverable) => UseOf(Preconditions.CheckNotNull(deliverable, nameof(deliverable))).Units;

    /// <summary>The hours of a deliverable's allowance used by change requests so far.</summary>
    /// <param name="deliverable">The deliverable.</param>
    /// <returns>The hours used; 0 for none or an unknown deliverable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deliverable"/> is null.</exception>
    public decimal HoursUsedOf(DeliverableKey deliverable) => UseOf(Preconditions.CheckNotNull(deliverable, nameof(deliverable))).Hours;

    /// <summary>The change order that answers a request, or null when it has none.</summary>
    /// <param name="id">The request's id.</param>
    /// <returns>The change order with its latest status, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ChangeOrder? FindChangeOrder(ChangeRequestId id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        foreach (var order in _changeOrders)
        {
            if (order.Id == id)
            {
                return order;
            }
        }

        return null;
    }

    /// <summary>
    /// Decides what a change request is, given the agreement's scope and everything used so far:
    /// included as written, covered by a deliverable's allowance, goodwill, or out of scope with a
    /// draft change order priced from the rate card.
    /// </summary>
    /// <remarks>
    /// <para>In this order: a clause the request points to decides first (an inclusion: included; an
    /// exclusion: out of scope). Then units: a request that adds units to a deliverable that counts
    /// them is covered while enough are left, and is out of scope beyond them (extra units are scope,
    /// not goodwill). Then the deliverable's hours, while enough are left. Then goodwill: a request
    /// within the cap per request is given while the goodwill left covers all of it (never split).
    /// Anything else is out of scope. When goodwill has been given before and a small request is the
    /// first it no longer covers, the decision carries the "charging starts" notice, once.</para>
    /// <para>Refused, as violations: an id already used (<c>scope.duplicate-request</c>), a deliverable
    /// the agreement does not have (<c>scope.unknown-deliverable</c>), a clause the deliverable does not
    /// have (<c>scope.unknown-clause</c>), and a request out of scope when the agreement has no rate card
    /// to price it (<c>scope.no-rate-card</c>).</para>
    /// </remarks>
    /// <param name="request">The request.</param>
    /// <returns>The decision, or the violations that say why none can be made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public Outcome<ScopeDecision> Classify(ChangeRequest request)
    {
        Preconditions.CheckNotNull(request, nameof(request));
        foreach (var decided in _decisions)
        {
            if (decided.Request.Id == request.Id)
            {
                return Refused("scope.duplicate-request", $"A change request with the id '{request.Id}' was already recorded (\"{decided.Request.Description}\"); give this one its own id.", request.Id.Value);
            }
        }

        Deliverable? deliverable = null;
        if (request.Deliverable is { } key)
        {
            deliverable = Terms.FindDeliverable(key);
            if (deliverable is null)
            {
                return Refused("scope.unknown-deliverable", $"The agreement has no deliverable '{key}'; it has {KnownDeliverables()}.", key.Value);
            }
        }

        var what = Quoted(request.Description);
        if (deliverable is not null && request.Clause is { } clause)
        {
            if (deliverable.FindInclusion(clause) is { } inclusion)
            {
                return Outcome.Accepted<ScopeDecision>(new ScopeDecision.Included(
                    request,
                    deliverable.Key,
                    inclusion,
                    $"{what} is part of {deliverable.Name} as agreed (\"{inclusion}\"), so there is no extra charge."));
            }

            if (deliverable.FindExclusion(clause) is { } exclusion)
            {
                return OutOfScope(request, OutOfScopeReason.Excluded, $"the agreement lists \"{exclusion}\" as not included in {deliverable.Name}");
            }

            return Refused(
                "scope.unknown-clause",
                $"{deliverable.Name} has no inclusion or exclusion written as \"{clause}\"; it has {Listed(deliverable.Inclusions, "no inclusions")} included and {Listed(deliverable.Exclusions, "no exclusions")} excluded.",
                deliverable.Key.Value);
        }

        var allowance = deliverable?.Allowance;
        if (deliverable is not null && request.Units > 0 && allowance!.Units is { } units)
        {
            var left = units - UseOf(deliverable.Key).Units;
            var ofThe = $"of the {units} {allowance.UnitName} included in {deliverable.Name}";
            return request.Units <= left
                ? Outcome.Accepted<ScopeDecision>(new ScopeDecision.ConsumesAllowance(
                    request,
                    deliverable.Key,
                    inHours: false,
                    request.Units,
                    left - request.Units,
                    $"{what} is covered by what we agreed: it uses {request.Units} {ofThe}, and {Left(left - request.Units)} after it."))
                : OutOfScope(request, OutOfScopeReason.BeyondAllowance, $"it needs {request.Units} {ofThe}, and {Left(left)}");
        }

        if (deliverable is not null && allowance!.Hours is { } hours && request.EstimatedHours > 0m)
        {
            var left = hours - UseOf(deliverable.Key).Hours;
            if (request.EstimatedHours <= left)
            {
                return Outcome.Accepted<ScopeDecision>(new ScopeDecision.ConsumesAllowance(
                    request,
                    deliverable.Key,
                    inHours: true,
                    request.EstimatedHours,
                    left - request.EstimatedHours,
                    $"{what} is covered by the {ScopeText.Hours(hours)} included in {deliverable.Name}: it takes about {ScopeText.Hours(request.EstimatedHours)}, and {ScopeText.Hours(left - request.EstimatedHours)} {IsAre(left - request.EstimatedHours)} left after it."));
            }
        }

        var goodwill = Terms.Goodwill;
        var estimate = request.EstimatedHours;
        if (goodwill.Covers(estimate) && estimate <= GoodwillLeftHours && GoodwillLeftHours > 0m)
        {
            var leftAfter = GoodwillLeftHours - estimate;
            return Outcome.Accepted<ScopeDecision>(new ScopeDecision.Goodwill(
                request,
                estimate,
                leftAfter,
                goodwill.AnnounceEachUse,
                goodwill.AnnounceEachUse
                    ? $"Happy to do {what} at no charge, as goodwill: it takes about {ScopeText.Hours(estimate)}, and {ScopeText.Number(leftAfter)} of the {ScopeText.Hours(goodwill.TotalHours)} of goodwill {IsAre(leftAfter)} left after it."
                    : $"Happy to do {what} at no charge."));
        }

        if (deliverable?.Allowance.Hours is { } included && estimate > 0m)
        {
            var left = included - UseOf(deliverable.Key).Hours;
            return OutOfScope(
                request,
                OutOfScopeReason.BeyondAllowance,
                $"it takes about {ScopeText.Hours(estimate)}, and " + (left == 0m
                    ? $"all of the {ScopeText.Hours(included)} included in {deliverable.Name} {IsAre(included)} used"
                    : $"only {ScopeText.Hours(left)} of the {ScopeText.Hours(included)} included in {deliverable.Name} {IsAre(left)} left"));
        }

        var beyond = deliverable is null ? "it is not part of any deliverable we agreed on" : $"it goes beyond {deliverable.Name} as we agreed it";
        return goodwill.TotalHours == 0m
            ? OutOfScope(request, OutOfScopeReason.NoGoodwill, beyond)
            : !goodwill.Covers(estimate)
            ? OutOfScope(request, OutOfScopeReason.TooLargeForGoodwill, $"at about {ScopeText.Hours(estimate)} it is more than the {ScopeText.Hours(goodwill.CapPerRequestHours ?? goodwill.TotalHours)} we can take on as goodwill for one request")
            : OutOfScope(request, OutOfScopeReason.GoodwillUsedUp, GoodwillLeftHours == 0m
                ? $"the {ScopeText.Hours(goodwill.TotalHours)} of goodwill we set aside for small extras {IsAre(goodwill.TotalHours)} used up"
                : $"only {ScopeText.Hours(GoodwillLeftHours)} of the goodwill we set aside for small extras is left");
    }

    /// <summary>
    /// A request to revise a deliverable beyond its rounds, quoted as a change order for one more
    /// round. A round asked for while the stage is under way takes the quoted hours' days in that
    /// stage; a round that reopens a stage already handed off is re-planned at the stage's full
    /// length when it is asked for, so it adds no days of its own.
    /// </summary>
    internal Outcome<ScopeDecision> ExtraRevisionRound(ChangeRequest request, Deliverable deliverable, bool stageUnderWay)
    {
        var rounds = deliverable.Allowance.RevisionRounds ?? 0;
        return OutOfScope(
            request,
            OutOfScopeReason.BeyondRevisionRounds,
            $"the {rounds} revision round{(rounds == 1 ? string.Empty : "s")} included for {deliverable.Name} {(rounds == 1 ? "is" : "are")} used",
            addedRevisionRounds: 1,
            roundReopensStage: !stageUnderWay);
    }

    /// <summary>The ledger after a decision was recorded.</summary>
    internal ScopeLedger Recorded(ScopeDecision decision)
    {
        var next = this with { _decisions = _decisions.Add(decision) };
        return decision switch
        {
            ScopeDecision.ConsumesAllowance allowance => next.Using(allowance.Deliverable, allowance.InHours ? 0 : (int)allowance.Used, allowance.InHours ? allowance.Used : 0m),
            ScopeDecision.Goodwill goodwill => next with { GoodwillUsedHours = GoodwillUsedHours + goodwill.Hours, GoodwillRequests = GoodwillRequests + 1 },
            ScopeDecision.OutOfScope outOfScope => next with
            {
                _changeOrders = _changeOrders.Add(outOfScope.ChangeOrder),
                ChargingStarted = ChargingStarted || outOfScope.ChargingStartsNotice is not null,
            },
            _ => next,
        };
    }

    /// <summary>The ledger with a change order replaced by its next status; an accepted one adds its price and uses its units.</summary>
    internal ScopeLedger WithChangeOrder(ChangeOrder order)
    {
        var index = -1;
        for (var i = 0; i < _changeOrders.Count; i++)
        {
            if (_changeOrders[i].Id == order.Id)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return this;
        }

        var next = this with { _changeOrders = _changeOrders.SetItem(index, order) };
        if (order.AmendedVersion is not null && order.Deliverable is { } deliverable && order.AddedUnits > 0)
        {
            next = next.Using(deliverable, order.AddedUnits, 0m);
        }

        // The decider keeps every price in the rate card's currency; a hand-made event in another is not added.
        return order.Status == ChangeOrderStatus.Accepted && (AcceptedChangeOrdersTotal is null || AcceptedChangeOrdersTotal.Currency == order.Price.Currency)
            ? next with { AcceptedChangeOrdersTotal = AcceptedChangeOrdersTotal is { } total ? total.Plus(order.Price) : order.Price }
            : next;
    }

    internal ScopeLedger WithTerms(ScopeTerms terms) => this with { Terms = terms };

    private Outcome<ScopeDecision> OutOfScope(ChangeRequest request, OutOfScopeReason reason, string because, int addedRevisionRounds = 0, bool roundReopensStage = false)
    {
        var what = Quoted(request.Description);
        if (Terms.RateCard is not { } card)
        {
            return Refused(
                "scope.no-rate-card",
                $"{what} falls outside the agreement ({because}), and the agreement has no rate card to quote it from: add one, or agree the price outside the library.",
                request.Id.Value);
        }

        var hours = request.EstimatedHours;
        var price = card.PriceOf(hours);
        // A round that reopens a stage is re-planned when it is asked for, like any revision: the stage takes its full length again.
        var impact = roundReopensStage ? 0 : Terms.ChangeOrderTerms.ScheduleImpactOf(hours);
        var addedUnits = request.Deliverable is { } key && Terms.FindDeliverable(key)?.Allowance.Units is not null ? request.Units : 0;
        var order = new ChangeOrder(request, price, impact, addedUnits, addedRevisionRounds);
        var byTheHour = card.HourlyRate.Times(hours).Round(2);
        var pricing = byTheHour < card.MinimumFee
            ? $"{ScopeText.Hours(hours)} at {card.HourlyRate.ToAmountText()} an hour would be {byTheHour.ToAmountText()}, and a change order costs at least {card.MinimumFee.ToAmountText()}, so it comes to {price.ToAmountText()}"
            : $"{ScopeText.Hours(hours)} at {card.HourlyRate.ToAmountText()} an hour comes to {price.ToAmountText()}";
        var schedule = roundReopensStage ? "the round is planned like any revision, from the day you ask for it"
            : impact == 0 ? "it does not move the schedule"
            : $"it adds {ScopeText.BusinessDays(impact)} to the schedule";
        var notice = reason == OutOfScopeReason.GoodwillUsedUp && GoodwillRequests > 0 && !ChargingStarted
            ? $"A word on charging: small extras have been on us so far ({ScopeText.Hours(GoodwillUsedHours)} of goodwill over {GoodwillRequests} request{(GoodwillRequests == 1 ? string.Empty : "s")}), as our agreement sets aside {ScopeText.Hours(Terms.Goodwill.TotalHours)} for them. "
                + (GoodwillLeftHours == 0m
                    ? $"That goodwill is now used up, so from this request on, extras are quoted from the rate card: {card}."
                    : $"What is left of it ({ScopeText.Hours(GoodwillLeftHours)}) does not cover this request, so it is quoted from the rate card ({card}); a smaller extra may still fit in what is left.")
            : null;
        return Outcome.Accepted<ScopeDecision>(new ScopeDecision.OutOfScope(
            request,
            reason,
            order,
            notice,
            $"{what} is outside what we agreed: {because}. It needs a change order: {pricing}, and {schedule}. Shall I send it to you for approval?"));
    }

    private ScopeLedger Using(DeliverableKey deliverable, int units, decimal hours)
    {
        for (var i = 0; i < _uses.Count; i++)
        {
            if (_uses[i].Deliverable == deliverable)
            {
                return this with { _uses = _uses.SetItem(i, new Use(deliverable, _uses[i].Units + units, _uses[i].Hours + hours)) };
            }
        }

        return this with { _uses = _uses.Add(new Use(deliverable, units, hours)) };
    }

    private Use UseOf(DeliverableKey deliverable)
    {
        foreach (var use in _uses)
        {
            if (use.Deliverable == deliverable)
            {
                return use;
            }
        }

        return new Use(deliverable, 0, 0m);
    }

    private string KnownDeliverables()
    {
        var keys = new List<string>();
        foreach (var deliverable in Terms.Deliverables)
        {
            keys.Add($"'{deliverable.Key}'");
        }

        return keys.Count == 0 ? "none" : string.Join(", ", keys);
    }

    private static string Listed(IReadOnlyList<string> clauses, string none) =>
        clauses.Count == 0 ? none : "\"" + string.Join("\", \"", clauses) + "\"";

    private static string IsAre(decimal quantity) => quantity == 1m ? "is" : "are";

    /// <summary>"1 is left", "3 are left", "none is left".</summary>
    private static string Left(int count) => count == 0 ? "none is left" : count == 1 ? "1 is left" : $"{count} are left";

    private static Outcome<ScopeDecision> Refused(string code, string message, string? subject) =>
        Outcome.Rejected<ScopeDecision>(new[] { new RuleViolation(code, message, subject) });

    private static string Quoted(string description) => "\"" + description + "\"";

    /// <summary>What change requests used of one deliverable's allowance.</summary>
    private sealed record Use(DeliverableKey Deliverable, int Units, decimal Hours);
}
