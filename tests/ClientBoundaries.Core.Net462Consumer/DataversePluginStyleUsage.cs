using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a Dataverse plugin does with the library, written in C# 7.3 against net462: it reads
    /// plain values from CRM records, builds the agreement, dates it, and writes the dates back.
    /// Never run; it only has to compile.
    /// </summary>
    public sealed class DataversePluginStyleUsage
    {
        private static readonly IsoDayOfWeek[] MondayToThursday =
        {
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        };

        /// <summary>The provider's calendar: Madrid, split working day, short Fridays, Spanish holidays, a summer closure.</summary>
        public BusinessCalendar ProviderCalendar(string zoneId, int closureYear)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
            WorkingWeek week = WorkingWeek
                .Of(MondayToThursday, TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 30))
                .WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(8, 0, 15, 0));
            var closures = new[]
            {
                new Closure(new LocalDate(closureYear, 8, 3), new LocalDate(closureYear, 8, 21), "Summer closure"),
            };
            return new BusinessCalendar(zone, week, HolidaySet.SpainNational, closures);
        }

        /// <summary>The client's calendar: a New York office, Monday to Friday, United States federal holidays.</summary>
        public BusinessCalendar ClientCalendar(string zoneId)
        {
            return new BusinessCalendar(DateTimeZoneProviders.Tzdb[zoneId], WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);
        }

        /// <summary>Builds the agreement from the CRM's values; the builder's problems become one message, as a plugin reports them.</summary>
        public Agreement BuildAgreement(
            Guid recordId,
            string title,
            string providerName,
            BusinessCalendar providerCalendar,
            string clientName,
            BusinessCalendar clientCalendar,
            IList<StageRow> stages,
            decimal total,
            string currency,
            string milestoneStageKey,
            int finalPaymentDueDays)
        {
            var builder = new AgreementBuilder(new AgreementId(recordId.ToString("D")), title)
                .WithProvider(providerName, providerCalendar)
                .WithClient(clientName, clientCalendar);

            foreach (StageRow row in stages)
            {
                StageRow current = row;
                builder.AddStage(current.Key, current.Name, current.Owner, current.DurationBusinessDays, stage =>
                {
                    if (!string.IsNullOrWhiteSpace(current.ProviderTask))
                    {
                        stage.ProviderDoes(current.ProviderTask);
                    }

                    if (!string.IsNullOrWhiteSpace(current.ClientTask))
                    {
                        stage.ClientDoes(current.ClientTask);
                    }

                    if (!string.IsNullOrWhiteSpace(current.Handover))
                    {
                        stage.HandsOver(current.Handover);
                    }
                });
            }

            var milestones = new List<MilestonePayment>();
            if (!string.IsNullOrWhiteSpace(milestoneStageKey))
            {
                milestones.Add(new MilestonePayment(new StageKey(milestoneStageKey), Charge.PercentOfTotal(40m)));
            }

            builder.WithPaymentTerms(new PaymentTerms(
                new Money(total, currency),
                Charge.PercentOfTotal(30m),
                milestones,
                finalPaymentDueDays));

            IReadOnlyList<RuleViolation> violations = builder.Validate();
            if (violations.Count > 0)
            {
                throw new InvalidOperationException(string.Join(" ", violations.Select(v => v.Message)));
            }

            return builder.Build();
        }

        /// <summary>
        /// The whole plugin step: plain inputs in, one line per dated stage out, ready to write to
        /// the stage records. A refusal (no deposit yet) comes back as the violation messages.
        /// </summary>
        public IList<string> PlanStages(
            string providerName,
            string providerZoneId,
            string clientName,
            string clientZoneId,
            int[] durationsBusinessDays,
            bool depositReceived,
            DateTime startDate)
        {
            if (durationsBusinessDays == null || durationsBusinessDays.Length != 5)
            {
                throw new ArgumentException("Five stage durations are expected.", "durationsBusinessDays");
            }

            var rows = new List<StageRow>
            {
                new StageRow("discovery", "Discovery call", false, durationsBusinessDays[0], "Run a 60-minute discovery call", "Come with goals and examples", "Written brief"),
                new StageRow("content", "Client sends content", true, durationsBusinessDays[1], "Answer questions within a business day", "Send all page copy and photos", "Final copy for every page"),
                new StageRow("design", "Design draft", false, durationsBusinessDays[2], "Design the home page and one inner page", null, "Clickable design prototype"),
                new StageRow("feedback", "Client feedback", true, durationsBusinessDays[3], null, "Send one consolidated list of changes", "Approved design"),
                new StageRow("build", "Build and launch", false, durationsBusinessDays[4], "Build, test and launch the site", "Give access to the domain", "Live website"),
            };

            LocalDate start = LocalDate.FromDateTime(startDate);
            Agreement agreement = BuildAgreement(
                Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
                "Website for " + clientName,
                providerName,
                ProviderCalendar(providerZoneId, start.Year),
                clientName,
                ClientCalendar(clientZoneId),
                rows,
                8400m,
                "EUR",
                "design",
                14);

            AgreementStatus status = depositReceived ? AgreementStatus.DepositReceived : AgreementStatus.Signed;
            Outcome<Plan> outcome = Scheduler.Plan(agreement, status, start);
            Plan plan;
            if (!outcome.TryGetValue(out plan))
            {
                return outcome.Violations.Select(v => v.Code + ": " + v.Message).ToList();
            }

            var lines = new List<string>();
            foreach (PlannedStage planned in plan.Stages)
            {
                Stage stage = agreement.FindStage(planned.Key);
                Party owner = agreement.PartyOf(planned.Owner);
                lines.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} ({1}): {2:yyyy-MM-dd} to {3:yyyy-MM-dd}, {4} business days",
                    stage.Name,
                    owner.Name,
                    planned.Start.ToDateTimeUnspecified(),
                    planned.Due.ToDateTimeUnspecified(),
                    planned.DurationBusinessDays));
            }

            foreach (PlannedHandoff handoff in plan.Handoffs)
            {
                ZonedDateTime atReceiver = handoff.At.InZone(agreement.CalendarOf(handoff.To).Zone);
                lines.Add(handoff.From + " hands over \"" + (handoff.Handover ?? "the work") + "\" to " + handoff.To
                    + ", received " + atReceiver.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            // The client's content arrived two business days late: re-date what follows.
            PlannedStage content = plan.FindStage(new StageKey("content"));
            var finishes = new Dictionary<StageKey, LocalDate>
            {
                { new StageKey("discovery"), plan.Stages[0].Due },
                { content.Key, agreement.CalendarOf(PartyRole.Client).AddBusinessDays(content.Due, 2) },
            };
            Outcome<Plan> replanOutcome = Scheduler.Replan(agreement, plan, finishes);
            if (!replanOutcome.IsAccepted)
            {
                lines.Add("Cannot re-plan: " + replanOutcome.Violations[0].Message);
                return lines;
            }

            Plan replanned = replanOutcome.Value;
            lines.Add("Launch moves from " + plan.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
                + " to " + replanned.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

            PaymentTerms terms = agreement.PaymentTerms;
            if (terms != null)
            {
                lines.Add("Deposit " + terms.DepositAmount.Round(2) + ", final " + terms.FinalPaymentAmount.Round(2)
                    + " due " + replanned.End.PlusDays(terms.FinalPaymentDueDays).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }

            return lines;
        }
    }
}
