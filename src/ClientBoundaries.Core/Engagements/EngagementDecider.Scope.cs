using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// "Just one more thing": change requests classified against the scope, and change orders proposed, declined,
/// proceeded with while priced, accepted or absorbed, an accepted one amending the agreement.
/// </content>
public static partial class EngagementDecider
{
    private static bool AllowsChange(EngagementPhase phase) =>
        phase == EngagementPhase.Signed || phase == EngagementPhase.DepositReceived || phase == EngagementPhase.Scheduled
        || phase == EngagementPhase.Active || phase == EngagementPhase.Paused;

    private static Decision DecideChange(Agreed engagement, RequestChange command)
    {
        if (!AllowsChange(engagement.Phase))
        {
            return NotAllowed(engagement.State, command);
        }

        var outcome = engagement.State.Scope.Classify(command.Request, engagement.Agreement.PreferencesOf(PartyRole.Client).Language);
        return outcome.TryGetValue(out var decision)
            ? Decision.Accept(new ChangeRequested(decision, command.At))
            : Decision.Reject(new[] { outcome.Violations[0] });
    }

    /// <summary>The change order a command is about, or why the command is refused: a phase without changes, an unknown id, a closed order.</summary>
    private static Decision? LookUpChangeOrder(Agreed engagement, EngagementCommand command, ChangeRequestId id, out ChangeOrder order)
    {
        var ledger = engagement.State.Scope;
        order = null!;
        if (!AllowsChange(engagement.Phase))
        {
            return NotAllowed(engagement.State, command);
        }

        if (ledger.FindChangeOrder(id) is not { } found)
        {
            return ledger.FindDecision(id) is { } decided
                ? Decision.Refuse("change-order.unknown", id.Value, Fact.Of("changeOrder", id), Fact.Of("decision", decided.Kind), Fact.Of("command", command))
                : Decision.Refuse("change-order.unknown", id.Value, Fact.Of("changeOrder", id));
        }

        order = found;
        if (!found.Status.IsClosed)
        {
            return null;
        }

        return found.ClosedAt is { } closedAt
            ? Decision.Refuse("change-order.closed", id.Value, Fact.Of("changeOrder", id), Fact.Of("status", found.Status), Fact.Of("closedAt", closedAt))
            : Decision.Refuse("change-order.closed", id.Value, Fact.Of("changeOrder", id), Fact.Of("status", found.Status));
    }

    private static Decision DecideProposeChangeOrder(Agreed engagement, ProposeChangeOrder command)
    {
        if (LookUpChangeOrder(engagement, command, command.ChangeOrder, out var order) is { } refusal)
        {
            return refusal;
        }

        var terms = engagement.Agreement.Scope;
        var card = terms.RateCard!;
        var price = command.Price ?? order.Price;
        var impact = command.ScheduleImpactBusinessDays ?? order.ScheduleImpactBusinessDays;
        if (impact > Stage.MaxDurationBusinessDays)
        {
            return Decision.Refuse("change-order.too-long", order.Id.Value, Fact.Of("changeOrder", order.Id), Fact.Of("impact", impact), Fact.Of("longest", Stage.MaxDurationBusinessDays));
        }

        if (price.Currency != card.Currency)
        {
            return Decision.Refuse("change-order.wrong-currency", order.Id.Value, Fact.Of("changeOrder", order.Id), Fact.Of("currency", card.Currency), Fact.Of("price", price));
        }

        if (price < card.MinimumFee)
        {
            return Decision.Refuse("change-order.below-minimum", order.Id.Value, Fact.Of("changeOrder", order.Id), Fact.Of("minimum", card.MinimumFee), Fact.Of("price", price));
        }

        // Open through the last valid day, to its end in the provider's time zone: where the next day
        // begins (never AtStartOfDay, which throws on a date the clocks skipped, as Apia's 30 December 2011).
        var calendar = engagement.CalendarOf(PartyRole.Provider);
        var lastDay = calendar.ToLocalDate(command.At).PlusDays(terms.ChangeOrderTerms.ProposalValidDays);
        var expiresAt = calendar.StartOfDay(lastDay.PlusDays(1));
        return Decision.Accept(new ChangeOrderProposed(order.Id, price, impact, expiresAt, command.At));
    }

    private static Decision DecideDecline(Agreed engagement, DeclineChangeOrder decline) =>
        LookUpChangeOrder(engagement, decline, decline.Decline.ChangeOrder, out _)
        ?? Decision.Accept(new ChangeOrderDeclined(decline.Decline, decline.At));

    private static Decision DecideProceed(Agreed engagement, ProceedWhilePriced command)
    {
        if (LookUpChangeOrder(engagement, command, command.ChangeOrder, out var order) is { } refusal)
        {
            return refusal;
        }

        if (!engagement.Agreement.Scope.ChangeOrderTerms.AllowsProceedingWhilePriced)
        {
            return Decision.Refuse("change-order.proceeding-not-allowed", order.Id.Value, Fact.Of("changeOrder", order.Id));
        }

        return order.Status == ChangeOrderStatus.ProceedingWhilePriced
            ? Decision.Accept()
            : Decision.Accept(new ChangeOrderProceeding(order.Id, command.At));
    }

    private static Decision DecideAmendment(Agreed engagement, EngagementCommand command, ChangeRequestId id, bool absorbed)
    {
        if (LookUpChangeOrder(engagement, command, id, out var order) is { } refusal)
        {
            return refusal;
        }

        var status = order.StatusAt(command.At);
        if (!absorbed && status == ChangeOrderStatus.Draft)
        {
            return Decision.Refuse("change-order.not-proposed", id.Value, Fact.Of("changeOrder", id), Fact.Of("party", PartyRole.Client));
        }

        if (!absorbed && status == ChangeOrderStatus.Expired)
        {
            return Decision.Refuse("change-order.expired", id.Value, Fact.Of("changeOrder", id), Fact.Of("expiresAt", order.ExpiresAt!.Value));
        }

        var agreement = engagement.Agreement;
        var stage = order.ScheduleImpactBusinessDays == 0 && !HasBudgetedHours(agreement) ? null : StageToExtend(engagement, order);
        if (order.ScheduleImpactBusinessDays > 0 && stage is null)
        {
            return Decision.Refuse("change-order.no-stage-left", id.Value, Fact.Of("changeOrder", id), Fact.Of("impact", order.ScheduleImpactBusinessDays), Fact.Of("party", PartyRole.Provider));
        }

        if (stage is not null && stage.DurationBusinessDays + order.ScheduleImpactBusinessDays > Stage.MaxDurationBusinessDays)
        {
            return Decision.Refuse(
                "change-order.too-long",
                id.Value,
                Fact.Of("changeOrder", id),
                Fact.Of("stage", stage.Key),
                Fact.Of("length", stage.DurationBusinessDays + order.ScheduleImpactBusinessDays),
                Fact.Of("longest", Stage.MaxDurationBusinessDays));
        }

        var price = absorbed ? Money.Zero(order.Price.Currency) : order.Price;
        var deliverable = order.Deliverable is { } key ? agreement.Scope.FindDeliverable(key) : null;
        var amendment = new Amendment(
            agreement.Version + 1,
            id,
            Sentences.Say(agreement.PreferencesOf(PartyRole.Client).Language, "amendment.change-order", AmendmentFacts(order, absorbed, price, stage, deliverable)),
            price,
            stage is null ? 0 : order.ScheduleImpactBusinessDays,
            stage?.Key,
            order.Deliverable,
            order.AddedUnits,
            order.AddedRevisionRounds,
            stage?.BudgetedHours is null ? 0m : order.EstimatedHours,
            command.At);
        return Decision.Accept(new ChangeOrderAccepted(amendment, absorbed, command.At));
    }

    private static bool HasBudgetedHours(Agreement agreement)
    {
        foreach (var stage in agreement.Stages)
        {
            if (stage.BudgetedHours is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What an accepted change order changes, for the amendment's description.</summary>
    private static Fact[] AmendmentFacts(ChangeOrder order, bool absorbed, Money price, Stage? stage, Deliverable? deliverable)
    {
        var facts = new List<Fact> { Fact.Of("changeOrder", order.Id), Fact.Of("description", order.Description), Fact.Of("absorbed", absorbed), Fact.Of("price", price) };
        if (order.ScheduleImpactBusinessDays > 0)
        {
            facts.Add(Fact.Of("impact", order.ScheduleImpactBusinessDays));
            facts.Add(Fact.Of("stage", stage!.Key));
            facts.Add(Fact.Of("stageName", stage.Name));
        }

        if (deliverable is not null)
        {
            facts.Add(Fact.Of("deliverable", deliverable.Name));
            if (order.AddedUnits > 0)
            {
                facts.Add(Fact.Of("units", order.AddedUnits));
                facts.Add(Fact.Of("unitName", deliverable.Allowance.UnitName ?? string.Empty));
            }

            if (order.AddedRevisionRounds > 0)
            {
                facts.Add(Fact.Of("rounds", order.AddedRevisionRounds));
            }
        }

        return facts.ToArray();
    }

    /// <summary>
    /// The provider stage that takes a change order's extra days and hours: the stage its deliverable
    /// is made in, while that is not done; otherwise the provider's current or next stage that is not done. Null
    /// when every provider stage is done.
    /// </summary>
    private static Stage? StageToExtend(Agreed engagement, ChangeOrder order)
    {
        var state = engagement.State;
        var agreement = engagement.Agreement;
        if (order.Deliverable is { } key && agreement.Scope.FindDeliverable(key)?.Stage is { } made
            && state.IndexOf(made) is var madeIndex and >= 0 && state.Stages[madeIndex].Status != StageStatus.Done)
        {
            return agreement.Stages[madeIndex];
        }

        var from = state.CurrentStageIndex >= 0 ? state.CurrentStageIndex : 0;
        for (var i = from; i < agreement.Stages.Count; i++)
        {
            if (agreement.Stages[i].Owner == PartyRole.Provider && state.Stages[i].Status != StageStatus.Done)
            {
                return agreement.Stages[i];
            }
        }

        return null;
    }

    /// <summary>The events that change the scope ledger only: a request decided, a change order proposed, proceeded with or declined.</summary>
    private static EngagementState EvolveScopeLedger(Agreed engagement, EngagementState next, EngagementEvent @event)
    {
        if (!AllowsChange(engagement.Phase))
        {
            return next;
        }

        var ledger = engagement.State.Scope;
        switch (@event)
        {
            case ChangeRequested requested when ledger.FindDecision(requested.Decision.Request.Id) is null:
                return next.WithScope(ledger.Recorded(requested.Decision));
            case ChangeOrderProposed proposed when ledger.FindChangeOrder(proposed.ChangeOrder) is { Status.IsClosed: false } order
                && proposed.Price.Currency == order.Price.Currency:
                return next.WithScope(ledger.WithChangeOrder(order.ProposedOn(proposed.At, proposed.ExpiresAt, proposed.Price, proposed.ScheduleImpactBusinessDays)));
            case ChangeOrderProceeding proceeding when ledger.FindChangeOrder(proceeding.ChangeOrder) is { Status.IsClosed: false } order:
                return next.WithScope(ledger.WithChangeOrder(order.Proceeding()));
            case ChangeOrderDeclined declined when ledger.FindChangeOrder(declined.Decline.ChangeOrder) is { Status.IsClosed: false } order:
                return next.WithScope(ledger.WithChangeOrder(order.DeclinedOn(declined.At, declined.Decline.Reason)));
            default:
                return next;
        }
    }

    /// <summary>Whether an amendment can be applied as it stands: the next version of an open change order, naming stages and deliverables that exist, within the bounds of a stage.</summary>
    private static bool AmendmentFits(Agreed engagement, Amendment amendment)
    {
        var agreement = engagement.Agreement;
        if (amendment.Version != agreement.Version + 1
            || engagement.State.Scope.FindChangeOrder(amendment.ChangeOrder) is not { Status.IsClosed: false } order
            || amendment.Price.Currency != order.Price.Currency)
        {
            return false;
        }

        if (amendment.Deliverable is { } deliverable && agreement.Scope.FindDeliverable(deliverable) is null)
        {
            return false;
        }

        return amendment.ExtendedStage is not { } key
            || (agreement.FindStage(key) is { } stage && stage.DurationBusinessDays + amendment.ScheduleImpactBusinessDays <= Stage.MaxDurationBusinessDays);
    }

    /// <summary>
    /// The agreement becomes its next version, and the engagement carries on under it: what was
    /// measured stays, later stages are re-planned, and the extended stage's owner is re-dated.
    /// </summary>
    private static EngagementState EvolveAmended(Agreed engagement, ChangeOrderAccepted accepted)
    {
        var state = engagement.State;
        var amendment = accepted.Amendment;
        if (!AllowsChange(engagement.Phase) || !AmendmentFits(engagement, amendment))
        {
            return state;
        }

        var order = state.Scope.FindChangeOrder(amendment.ChangeOrder)!.AmendedOn(accepted.At, amendment.Version, accepted.Absorbed, amendment.Price);
        var next = state.AmendedTo(engagement.Agreement.Amended(amendment), state.Scope.WithChangeOrder(order));
        if (next.Plan is null)
        {
            return next;
        }

        var index = next.CurrentStageIndex;
        var extendsCurrent = next.CurrentStage is { } current && current.Key == amendment.ExtendedStage && amendment.ScheduleImpactBusinessDays > 0;
        if (extendsCurrent && next.CurrentStage!.DueBy is { } agreed)
        {
            var calendar = next.AgreementForDates!.CalendarOf(next.CurrentStage.Owner);
            if (Replanning.MovedBy(calendar, agreed, amendment.ScheduleImpactBusinessDays) is { } moved)
            {
                next = next.WithStage(index, next.CurrentStage.DueOn(moved, calendar.EndOfWorkingDay(moved)));
            }
        }

        next = next.WithPlan(Replanning.Replanned(next));
        if (extendsCurrent && next.Phase != EngagementPhase.Paused && next.Ball is { } ball && ball.Party == next.CurrentStage!.Owner && ball.Stage == next.CurrentStage.Key)
        {
            next = next.BallGiven(HolderFor(Running.Of(next), index, ball.Since, ball.Expectation), null);
        }

        return next;
    }
}
