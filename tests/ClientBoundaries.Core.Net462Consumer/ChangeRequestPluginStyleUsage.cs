using System;
using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a Dataverse plugin does with "just one more thing": it adds the scope terms to the
    /// agreement, records a change request from a CRM form, and turns the decision into the reply
    /// the provider sends and the change order row it creates. C# 7.3 only; compiled, never run.
    /// </summary>
    public sealed class ChangeRequestPluginStyleUsage
    {
        private static readonly string[] PagesIncluded = { "Copy edits before launch" };
        private static readonly string[] PagesExcluded = { "Copywriting" };

        /// <summary>The scope part of an agreement, as a CRM admin would enter it.</summary>
        public AgreementBuilder WithScope(AgreementBuilder builder, string currency)
        {
            return builder
                .AddDeliverable(new Deliverable(
                    new DeliverableKey("pages"),
                    "Website pages",
                    new StageKey("build"),
                    new Allowance(revisionRounds: 2, units: 5, unitName: "pages"),
                    PagesIncluded,
                    PagesExcluded))
                .WithGoodwill(new Goodwill(3m, 1m, true))
                .WithRateCard(new RateCard(new Money(90m, currency), new Money(150m, currency)))
                .WithChangeOrderTerms(new ChangeOrderTerms(14, 6m, false, RevisionOverflow.RecordAsChangeRequest, 2m));
        }

        /// <summary>Records the request; returns the reply to send and, when out of scope, the price to put on the change order row.</summary>
        public string RecordRequest(EngagementState state, string requestId, string description, decimal estimatedHours, DateTime utcNow, out Money price, out IList<EngagementEvent> toAppend)
        {
            Instant now = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
            var request = new ChangeRequest(new ChangeRequestId(requestId), description, PartyRole.Client, estimatedHours, now, new DeliverableKey("pages"), 1);
            Decision decision = EngagementDecider.Decide(state, new EngagementCommand.RequestChange(request));
            toAppend = new List<EngagementEvent>(decision.Events);
            price = null;
            if (!decision.IsAccepted)
            {
                return decision.Violations[0].Message;
            }

            var recorded = (EngagementEvent.ChangeRequested)decision.Events[0];
            var outOfScope = recorded.Decision as ScopeDecision.OutOfScope;
            if (outOfScope == null)
            {
                return recorded.Decision.Message;
            }

            price = outOfScope.ChangeOrder.Price;
            return outOfScope.ChargingStartsNotice == null
                ? outOfScope.Message
                : outOfScope.ChargingStartsNotice + Environment.NewLine + Environment.NewLine + outOfScope.Message;
        }

        /// <summary>The numbers a CRM dashboard shows.</summary>
        public string Summary(EngagementState state)
        {
            ScopeLedger scope = state.Scope;
            AllowanceStanding pages = state.AllowanceOf(new DeliverableKey("pages"));
            Money total = scope.AcceptedChangeOrdersTotal;
            return "Goodwill left: " + scope.GoodwillLeftHours + " h; pages left: " + (pages == null ? "-" : pages.UnitsLeft.ToString())
                + "; accepted change orders: " + (total == null ? "none" : total.ToString())
                + "; version " + state.Agreement.Version + " of " + state.AgreementVersions.Count;
        }
    }
}
