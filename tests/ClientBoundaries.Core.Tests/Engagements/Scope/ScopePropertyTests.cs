using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Testing;
using ClientBoundaries.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Engagements.Scope;

/// <summary>Laws of scope over random engagements where the client keeps asking and change orders come and go.</summary>
public class ScopePropertyTests
{
    internal static readonly EngagementDriver Scheduled = EngagementDriver.ScheduledWebsite(
        Website(new ChangeOrderTerms(proposalValidDays: 3, allowsProceedingWhilePriced: true, revisionOverflow: RevisionOverflow.RecordAsChangeRequest, hoursPerExtraRevisionRound: 2m)).Build());

    private static readonly DeliverableKey?[] Targets = { null, Designs, Pages, Articles, Support };

    private static (EngagementState State, List<EngagementEvent> Events) Run(IReadOnlyList<(int Choice, int Minutes)> steps) =>
        EngagementPropertyTests.Run(Scheduled, steps, (state, choice, at) => ScopeCommandFor(state, choice, at) ?? EngagementPropertyTests.CommandFor(state, choice, at));

    /// <summary>Three in ten steps ask for something, three act on a change order; the rest move the engagement on.</summary>
    internal static EngagementCommand? ScopeCommandFor(EngagementState state, int choice, Instant at)
    {
        var orders = state.Scope.ChangeOrders;
        var order = orders.Count == 0 ? null : orders[choice % orders.Count].Id;
        switch (choice % 10)
        {
            case 0:
            case 1:
            case 2:
                var target = Targets[choice % Targets.Length];
                var units = target == Articles ? choice % 4 : 0;
                return new RequestChange(Ask($"r{state.Version}", "Extra asked at version " + state.Version, (choice % 17) * 0.25m, at, target, units));
            case 3:
                return order is null ? null : new ProposeChangeOrder(order, at);
            case 4:
                return order is null ? null : new AcceptChangeOrder(order, at);
            case 5:
                return order is null ? null : choice % 3 == 0 ? new AbsorbChangeOrder(order, at) : choice % 3 == 1 ? new DeclineChangeOrder(order, at) : new ProceedWhilePriced(order, at);
            default:
                return null;
        }
    }

    [Fact]
    /// <summary>
    /// The invariant a handoff's re-plan relies on to keep the dates of the stages before it: after every event the plan
    /// is what re-planning the state from scratch gives (policies, pauses, force majeure and scope changes included).
    /// </summary>
    public void After_every_event_the_plan_is_what_re_planning_the_whole_state_gives()
    {
        PropertyCheck.Holds(Engagements(), steps =>
        {
            var (_, events) = Run(steps);
            return EngagementPropertyTests.PlanIsAlwaysWhatReplanningGives(events);
        }, cases: 200);
    }

    private static Arbitrary<(int Choice, int Minutes)[]> Engagements() => EngagementPropertyTests.Steps(maxMinutesBetween: 2 * 24 * 60);

    [Fact]
    public void Scope_numbers_never_go_negative_and_never_exceed_what_is_included()
    {
        PropertyCheck.Holds(Engagements(), steps =>
        {
            var (state, _) = Run(steps);
            var scope = state.Scope;
            var goodwill = state.Agreement!.Scope.Goodwill;
            var allowances = state.Agreement.Scope.Deliverables.Select(d => state.AllowanceOf(d.Key)!).ToList();
            return scope.GoodwillUsedHours >= 0m && scope.GoodwillUsedHours <= goodwill.TotalHours && scope.GoodwillLeftHours >= 0m
                && allowances.All(a => a.UnitsUsed >= 0 && (a.UnitsIncluded is null || a.UnitsUsed <= a.UnitsIncluded))
                && allowances.All(a => a.HoursUsed >= 0m && (a.HoursIncluded is null || a.HoursUsed <= a.HoursIncluded))
                && allowances.All(a => a.RevisionRoundsUsed <= (a.RevisionRoundsIncluded ?? int.MaxValue))
                && scope.Decisions.Count(d => d is ScopeDecision.OutOfScope { ChargingStartsNotice: not null }) <= 1;
        }, cases: 400);
    }

    [Fact]
    public void Versions_and_totals_follow_the_accepted_change_orders_and_replay_gives_the_same_state()
    {
        PropertyCheck.Holds(Engagements(), steps =>
        {
            var (state, events) = Run(steps);
            var amendments = state.Agreement!.Amendments;
            var accepted = state.Scope.ChangeOrders.Where(o => o.Status == ChangeOrderStatus.Accepted).ToList();
            var total = accepted.Count == 0 ? null : accepted.Select(o => o.Price).Aggregate((a, b) => a + b);
            return state.Agreement.Version == 1 + amendments.Count
                && state.AgreementVersions.Select(a => a.Version).SequenceEqual(Enumerable.Range(1, amendments.Count + 1))
                && amendments.Count == state.Scope.ChangeOrders.Count(o => o.AmendedVersion is not null)
                && state.Scope.AcceptedChangeOrdersTotal == total
                && (state.Plan is null || state.Plan.AgreementVersion == state.Agreement.Version)
                && EngagementDecider.Replay(events).Equals(state);
        }, cases: 400);
    }
}
