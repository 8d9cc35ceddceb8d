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

    /// <summary>The decision on the request with this id, or null when none was classified.</summary>
    internal ScopeDecision? FindDecision(ChangeRequestId id)
    {
        foreach (var decided in _decisions)
        {
            if (decided.Request.Id == id)
            {
                return decided;
            }
        }

        return null;
    }

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
    /// <returns>The decision, its message in English (<see cref="ScopeDecision.MessageIn"/> words it in another language), or the violations that say why none can be made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public Outcome<ScopeDecision> Classify(ChangeRequest request) => Classify(request, Language.English);

    /// <summary>
    /// Decides what a change request is, as <see cref="Classify(ChangeRequest)"/> does, with the answer worded for a
    /// client who reads <paramref name="language"/>: an engagement classifies in its client's language
    /// (<c>CommunicationPreferences.Language</c>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="language">The language of the client the answer is for.</param>
    /// <returns>The decision, or the violations that say why none can be made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="language"/> is null.</exception>
    public Outcome<ScopeDecision> Classify(ChangeRequest request, Language language)
    {
        Preconditions.CheckNotNull(request, nameof(request));
        Preconditions.CheckNotNull(language, nameof(language));
        if (FindDecision(request.Id) is { } decided)
        {
            return Refused("scope.duplicate-request", request.Id.Value, Fact.Of("request", request.Id), Fact.Of("description", decided.Request.Description));
        }

        Deliverable? deliverable = null;
        if (request.Deliverable is { } key)
        {
            deliverable = Terms.FindDeliverable(key);
            if (deliverable is null)
            {
                var known = new List<DeliverableKey>();
                foreach (var agreed in Terms.Deliverables)
                {
                    known.Add(agreed.Key);
                }

                return Refused("scope.unknown-deliverable", key.Value, Fact.Of("deliverable", key), Fact.Of("deliverables", new ValueList<DeliverableKey>(known)));
            }
        }

        var what = Fact.Of("description", request.Description);
        if (deliverable is not null && request.Clause is { } clause)
        {
            if (deliverable.FindInclusion(clause) is { } inclusion)
            {
                return Outcome.Accepted<ScopeDecision>(new ScopeDecision.Included(
                    request,
                    deliverable.Key,
                    inclusion,
                    new Sentence("scope.answer.included", new[] { what, Fact.Of("deliverable", deliverable.Name), Fact.Of("clause", inclusion) }, language)));
            }

            if (deliverable.FindExclusion(clause) is { } exclusion)
            {
                return OutOfScope(request, language, OutOfScopeReason.Excluded, Fact.Of("exclusion", exclusion), Fact.Of("deliverable", deliverable.Name));
            }

            return Refused(
                "scope.unknown-clause",
                deliverable.Key.Value,
                Fact.Of("deliverable", deliverable.Name),
                Fact.Of("clause", clause),
                Fact.Of("inclusions", deliverable.Inclusions),
                Fact.Of("exclusions", deliverable.Exclusions));
        }

        var allowance = deliverable?.Allowance;
        if (deliverable is not null && request.Units > 0 && allowance!.Units is { } units)
        {
            var left = units - UseOf(deliverable.Key).Units;
            var ofThe = new[] { Fact.Of("units", request.Units), Fact.Of("included", units), Fact.Of("unitName", allowance.UnitName!), Fact.Of("deliverable", deliverable.Name) };
            return request.Units <= left
                ? Outcome.Accepted<ScopeDecision>(new ScopeDecision.ConsumesAllowance(
                    request,
                    deliverable.Key,
                    inHours: false,
                    request.Units,
                    left - request.Units,
                    new Sentence("scope.answer.units-covered", With(ofThe, what, Fact.Of("left", left - request.Units)), language)))
                : OutOfScope(request, language, OutOfScopeReason.BeyondAllowance, With(ofThe, Fact.Of("left", left)));
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
                    new Sentence(
                        "scope.answer.hours-covered",
                        new[] { what, Fact.Of("included", hours), Fact.Of("deliverable", deliverable.Name), Fact.Of("estimate", request.EstimatedHours), Fact.Of("left", left - request.EstimatedHours) }, language)));
            }
        }

        var goodwill = Terms.Goodwill;
        var estimate = request.EstimatedHours;
        if (goodwill.Covers(estimate) && estimate <= GoodwillLeftHours && GoodwillLeftHours > 0m)
        {
            var leftAfter = GoodwillLeftHours - estimate;
            var facts = goodwill.AnnounceEachUse
                ? new[] { what, Fact.Of("estimate", estimate), Fact.Of("left", leftAfter), Fact.Of("goodwill", goodwill.TotalHours) }
                : new[] { what };
            return Outcome.Accepted<ScopeDecision>(new ScopeDecision.Goodwill(
                request,
                estimate,
                leftAfter,
                goodwill.AnnounceEachUse,
                new Sentence("scope.answer.goodwill", facts, language)));
        }

        if (deliverable?.Allowance.Hours is { } included && estimate > 0m)
        {
            var left = included - UseOf(deliverable.Key).Hours;
            return OutOfScope(
                request,
                language,
                OutOfScopeReason.BeyondAllowance,
                Fact.Of("estimate", estimate),
                Fact.Of("included", included),
                Fact.Of("deliverable", deliverable.Name),
                Fact.Of("left", left));
        }

        var beyond = deliverable is null ? Array.Empty<Fact>() : new[] { Fact.Of("deliverable", deliverable.Name) };
        return goodwill.TotalHours == 0m
            ? OutOfScope(request, language, OutOfScopeReason.NoGoodwill, beyond)
            : !goodwill.Covers(estimate)
            ? OutOfScope(request, language, OutOfScopeReason.TooLargeForGoodwill, Fact.Of("estimate", estimate), Fact.Of("limit", goodwill.CapPerRequestHours ?? goodwill.TotalHours))
            : OutOfScope(request, language, OutOfScopeReason.GoodwillUsedUp, Fact.Of("goodwill", goodwill.TotalHours), Fact.Of("left", GoodwillLeftHours));
    }

    /// <summary>
    /// A request to revise a deliverable beyond its rounds, quoted as a change order for one more
    /// round. A round asked for while the stage is under way takes the quoted hours' days in that
    /// stage; a round that reopens a stage already handed off is re-planned at the stage's full
    /// length when it is asked for, so it adds no days of its own.
    /// </summary>
    internal Outcome<ScopeDecision> ExtraRevisionRound(ChangeRequest request, Deliverable deliverable, bool stageUnderWay, Language language) =>
        OutOfScope(
            request,
            language,
            OutOfScopeReason.BeyondRevisionRounds,
            new[] { Fact.Of("rounds", deliverable.Allowance.RevisionRounds ?? 0), Fact.Of("deliverable", deliverable.Name) },
            addedRevisionRounds: 1,
            roundReopensStage: !stageUnderWay);

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

    private Outcome<ScopeDecision> OutOfScope(ChangeRequest request, Language language, OutOfScopeReason reason, params Fact[] because) =>
        OutOfScope(request, language, reason, because, addedRevisionRounds: 0, roundReopensStage: false);

    /// <summary>
    /// The draft change order for a request outside the scope, priced from the rate card, with the answer to the
    /// client; <paramref name="because"/> are the facts of why it is outside.
    /// </summary>
    private Outcome<ScopeDecision> OutOfScope(ChangeRequest request, Language language, OutOfScopeReason reason, Fact[] because, int addedRevisionRounds, bool roundReopensStage)
    {
        var what = new[] { Fact.Of("description", request.Description), Fact.Of("reason", reason) };
        if (Terms.RateCard is not { } card)
        {
            return Refused("scope.no-rate-card", request.Id.Value, With(because, what));
        }

        var hours = request.EstimatedHours;
        var price = card.PriceOf(hours);
        // A round that reopens a stage is re-planned when it is asked for, like any revision: the stage takes its full length again.
        var impact = roundReopensStage ? 0 : Terms.ChangeOrderTerms.ScheduleImpactOf(hours);
        var addedUnits = request.Deliverable is { } key && Terms.FindDeliverable(key)?.Allowance.Units is not null ? request.Units : 0;
        var order = new ChangeOrder(request, price, impact, addedUnits, addedRevisionRounds);
        var quote = new[]
        {
            Fact.Of("hours", hours),
            Fact.Of("rate", card.HourlyRate),
            Fact.Of("byTheHour", card.HourlyRate.Times(hours).Round(2)),
            Fact.Of("minimum", card.MinimumFee),
            Fact.Of("price", price),
            Fact.Of("impact", impact),
            Fact.Of("reopensStage", roundReopensStage),
        };
        var notice = reason == OutOfScopeReason.GoodwillUsedUp && GoodwillRequests > 0 && !ChargingStarted
            ? new Sentence(
                "scope.notice.charging-starts",
                new[]
                {
                    Fact.Of("used", GoodwillUsedHours),
                    Fact.Of("requests", GoodwillRequests),
                    Fact.Of("goodwill", Terms.Goodwill.TotalHours),
                    Fact.Of("left", GoodwillLeftHours),
                    Fact.Of("rateCard", card),
                }, language)
            : null;
        return Outcome.Accepted<ScopeDecision>(new ScopeDecision.OutOfScope(
            request,
            reason,
            order,
            notice,
            new Sentence("scope.answer.out-of-scope", With(With(because, what), quote), language)));
    }

    private static Fact[] With(Fact[] facts, params Fact[] more)
    {
        var all = new Fact[facts.Length + more.Length];
        facts.CopyTo(all, 0);
        more.CopyTo(all, facts.Length);
        return all;
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

    private static Outcome<ScopeDecision> Refused(string code, string? subject, params Fact[] facts) =>
        Outcome.Rejected<ScopeDecision>(new[] { RuleViolation.Of(code, subject, facts) });

    /// <summary>What change requests used of one deliverable's allowance.</summary>
    private sealed record Use(DeliverableKey Deliverable, int Units, decimal Hours);
}
