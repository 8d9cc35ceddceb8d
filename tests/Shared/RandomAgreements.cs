using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Testing;

/// <summary>
/// A valid agreement made from a seed: the same seed always gives the same agreement, so a failing case
/// is reproduced from its seed alone. Varies stage counts and owners, durations, zones (half-hour and
/// 45-minute offsets, daylight saving on both hemispheres and at midnight, UTC+14 and UTC-11, a zone that
/// skipped a whole day), working weeks with split days and days to
/// midnight, every kind of holiday rule and observance, closures, payments, both consequence policies
/// with overrides, replies and caps, scope, contact and meeting terms, check-ins and feedback.
/// </summary>
internal static class RandomAgreements
{
    private static readonly string[] Zones = { "Europe/Madrid", "Asia/Jakarta", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Etc/UTC", "America/Argentina/Buenos_Aires",
        "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Santiago", "America/Havana", "Pacific/Apia" };
    private static readonly string[] Currencies = { "EUR", "USD", "IDR", "SGD", "MYR" };
    private static readonly string[] Words = { "Discovery", "Content", "Design", "Review", "Build", "Launch", "Receipts", "Close the books", "Año Nuevo", "Hari Raya", "Ünïcödé \"quoted\"", "Tab\tand\nnewline", "emoji 🎉", "<b>&amp;</b>", "back\\slash" };
    private static readonly ConsequenceKind[] ProviderStageKinds = { ConsequenceKind.Reminder, ConsequenceKind.FirmReminder, ConsequenceKind.Escalation, ConsequenceKind.ScheduleShift, ConsequenceKind.Pause, ConsequenceKind.RestartLeadTime, ConsequenceKind.Credit, ConsequenceKind.TerminationNotice };
    private static readonly ConsequenceKind[] ClientStageKinds = { ConsequenceKind.Reminder, ConsequenceKind.FirmReminder, ConsequenceKind.Escalation, ConsequenceKind.ScheduleShift, ConsequenceKind.Pause, ConsequenceKind.RestartLeadTime, ConsequenceKind.RestartFee, ConsequenceKind.TerminationNotice };
    private static readonly ConsequenceKind[] PaymentKinds = { ConsequenceKind.Reminder, ConsequenceKind.FirmReminder, ConsequenceKind.Escalation, ConsequenceKind.Pause, ConsequenceKind.LateFee, ConsequenceKind.TerminationNotice };
    private static readonly ConsequenceKind[] ReplyKinds = { ConsequenceKind.Reminder, ConsequenceKind.FirmReminder, ConsequenceKind.Escalation };

    public static Agreement Make(int seed)
    {
        var random = new Random(seed);
        var currency = Pick(random, Currencies);
        var stageCount = random.Next(1, 9);
        var stages = new List<Stage>();
        for (var i = 0; i < stageCount; i++)
        {
            stages.Add(MakeStage(random, i, currency));
        }

        var title = Text(random);
        var providerName = Text(random);
        var calendars = new Dictionary<PartyRole, BusinessCalendar> { [PartyRole.Provider] = Calendar(random) };
        var clientName = Text(random);
        calendars[PartyRole.Client] = Calendar(random);
        var builder = new AgreementBuilder(new AgreementId("agreement-" + seed.ToString(CultureInfo.InvariantCulture)), title)
            .WithProvider(providerName, calendars[PartyRole.Provider])
            .WithClient(clientName, calendars[PartyRole.Client]);
        foreach (var stage in stages)
        {
            builder.AddStage(stage);
        }

        if (random.Next(4) > 0)
        {
            builder.WithPaymentTerms(Payments(random, stages, currency));
        }

        var escalatesToContact = new Dictionary<PartyRole, bool>();
        foreach (var party in PartyRole.List)
        {
            builder.WithRestartLeadTime(party, random.Next(3) == 0 ? 0 : random.Next(0, 261));
            var (policy, usesContact) = Policy(random, party, stages, currency);
            builder.WithConsequencePolicy(party, policy);
            var channels = Channel.List.OrderBy(_ => random.Next()).Take(random.Next(1, Channel.List.Count + 1)).ToList();
            var commitments = channels.Where(_ => random.Next(2) == 0).Select(c => new ResponseCommitment(c, Duration.FromMinutes(random.Next(1, 400 * 60 + 1)))).ToList();
            builder.WithContactPolicy(party, new ContactPolicy(channels, commitments, random.Next(3) == 0 ? OnAWorkingDay(Week(random), calendars[party].WorkingWeek) : null));
            builder.WithPreferences(party, new CommunicationPreferences(
                Pick(random, channels),
                random.Next(2) == 0 ? MessageLength.Short : MessageLength.Detailed,
                usesContact || random.Next(2) == 0 ? Text(random) : null));
        }

        Scope(random, builder, stages, currency);
        var maxMinutes = random.Next(2, 481);
        var defaultMinutes = random.Next(2, maxMinutes + 1);
        builder.WithMeetingPolicy(new MeetingPolicy(
            Duration.FromMinutes(defaultMinutes),
            Duration.FromMinutes(maxMinutes),
            random.Next(2) == 0 && defaultMinutes > 10 ? null : Duration.FromSeconds(random.Next(1, (defaultMinutes * 60) - 1)),
            random.Next(0, 11)));
        switch (random.Next(3))
        {
            case 0:
                builder.WithCheckIns(CheckInCadence.Every(random.Next(1, 61)));
                break;
            case 1:
                builder.WithCheckIns(CheckInCadence.Weekly((IsoDayOfWeek)random.Next(1, 8)));
                break;
        }

        if (random.Next(2) == 0)
        {
            var follow = random.Next(2) == 0 ? 0 : random.Next(1, 367);
            builder.WithFeedback(new FeedbackPolicy(random.Next(2) == 0, follow == 0 || random.Next(2) == 0, follow, random.Next(0, 11)));
        }

        return builder.Build();
    }

    private static Stage MakeStage(Random random, int index, string currency)
    {
        var owner = random.Next(2) == 0 ? PartyRole.Provider : PartyRole.Client;
        var duration = random.Next(4) == 0 ? random.Next(1, Stage.MaxDurationBusinessDays + 1) : random.Next(1, 30);
        var tasks = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Responsibility(random.Next(2) == 0 ? PartyRole.Provider : PartyRole.Client, Text(random))).ToList();
        return new Stage(
            new StageKey("s" + index.ToString(CultureInfo.InvariantCulture)),
            Text(random),
            owner,
            duration,
            tasks,
            random.Next(2) == 0 ? Text(random) : null,
            random.Next(2) == 0 ? Amount(random, 0m, 1000m) : null,
            random.Next(3) > 0 ? new Money(Amount(random, 0m, 100_000m), currency) : null);
    }

    private static PaymentTerms Payments(Random random, List<Stage> stages, string currency)
    {
        var total = new Money(Amount(random, 1m, 1_000_000m) + 0.01m, currency);
        var deposit = random.Next(2) == 0
            ? Charge.PercentOfTotal(random.Next(1, 21))
            : Charge.FixedPayment(new Money(decimal.Round(total.Amount / 5m, 2), currency));
        var milestones = stages.Where(_ => random.Next(3) == 0)
            .Select(s => new MilestonePayment(s.Key, random.Next(2) == 0 ? Charge.PercentOfTotal(random.Next(1, 11)) : Charge.FixedPayment(new Money(decimal.Round(total.Amount / 20m, 2), currency)), random.Next(0, 366)))
            .ToList();
        return new PaymentTerms(total, deposit, milestones, random.Next(0, 366), random.Next(0, 366));
    }

    private static (ConsequencePolicy Policy, bool UsesContact) Policy(Random random, PartyRole party, List<Stage> stages, string currency)
    {
        var usesContact = false;
        var owned = stages.Where(s => s.Owner == party).ToList();
        var allPriced = owned.TrueForAll(s => s.Price is not null);
        ConsequenceLadder Ladder(ConsequenceKind[] kinds)
        {
            var rules = new List<ConsequenceRule>();
            var threshold = -random.Next(0, 4);
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                var kind = Pick(random, kinds);
                if (!kind.IsReminder && threshold < 1)
                {
                    threshold = 1;
                }

                rules.Add(Rule(random, kind, threshold, currency, allPriced, ref usesContact));
                threshold += random.Next(1, 5);
            }

            return new ConsequenceLadder(random.Next(3) == 0 ? random.Next(0, 261) : 0, rules.OrderBy(_ => random.Next()).ToList());
        }

        var policy = new ConsequencePolicy(
            Ladder(party == PartyRole.Provider ? ProviderStageKinds : ClientStageKinds),
            party == PartyRole.Client && random.Next(2) == 0 ? Ladder(PaymentKinds) : null,
            random.Next(2) == 0 ? null : new ConsequenceCaps(
                random.Next(2) == 0 ? new Money(Amount(random, 0m, 5000m), currency) : null,
                random.Next(2) == 0 ? new Money(Amount(random, 0m, 5000m), currency) : null,
                random.Next(2) == 0 ? new Money(Amount(random, 0m, 5000m), currency) : null),
            random.Next(0, ConsequencePolicy.MaxDueSoonBusinessDays + 1));
        foreach (var stage in owned.Where(_ => random.Next(3) == 0))
        {
            policy = policy.WithStageLadder(stage.Key, Ladder(party == PartyRole.Provider ? ProviderStageKinds : ClientStageKinds));
        }

        if (random.Next(2) == 0)
        {
            policy = policy.WithReplyLadder(Ladder(ReplyKinds));
        }

        return (policy, usesContact);
    }

    private static ConsequenceRule Rule(Random random, ConsequenceKind kind, int threshold, string currency, bool percentCreditAllowed, ref bool usesContact)
    {
        Charge Charge(bool percentAllowed) => percentAllowed && random.Next(2) == 0
            ? Primitives.Charge.PercentOf(random.Next(1, 101))
            : Primitives.Charge.Fixed(new Money(Amount(random, 0m, 5000m) + 0.01m, currency));

        if (kind == ConsequenceKind.Reminder)
        {
            return ConsequenceRule.Reminder(threshold);
        }

        if (kind == ConsequenceKind.FirmReminder)
        {
            return ConsequenceRule.FirmReminder(threshold);
        }

        if (kind == ConsequenceKind.Escalation)
        {
            if (random.Next(2) == 0)
            {
                usesContact = true;
                return ConsequenceRule.Escalation(threshold);
            }

            return ConsequenceRule.Escalation(threshold, Text(random));
        }

        if (kind == ConsequenceKind.ScheduleShift)
        {
            return ConsequenceRule.ScheduleShift(threshold);
        }

        if (kind == ConsequenceKind.Pause)
        {
            return ConsequenceRule.Pause(threshold);
        }

        if (kind == ConsequenceKind.RestartLeadTime)
        {
            return ConsequenceRule.RestartLeadTime(threshold);
        }

        if (kind == ConsequenceKind.RestartFee)
        {
            return ConsequenceRule.RestartFee(threshold, new Money(Amount(random, 0m, 5000m) + 0.01m, currency));
        }

        if (kind == ConsequenceKind.LateFee)
        {
            return ConsequenceRule.LateFee(threshold, Charge(true));
        }

        return kind == ConsequenceKind.Credit ? ConsequenceRule.Credit(threshold, Charge(percentCreditAllowed)) : ConsequenceRule.TerminationNotice(threshold);
    }

    private static void Scope(Random random, AgreementBuilder builder, List<Stage> stages, string currency)
    {
        var providerStages = stages.Where(s => s.Owner == PartyRole.Provider).Select(s => s.Key).ToList();
        var roundsCounted = new HashSet<StageKey>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var stage = providerStages.Count > 0 && random.Next(3) > 0 ? Pick(random, providerStages) : null;
            int? rounds = null;
            if (stage is not null && !roundsCounted.Contains(stage) && random.Next(2) == 0)
            {
                rounds = random.Next(0, Allowance.MaxRevisionRounds + 1);
                roundsCounted.Add(stage);
            }

            var units = random.Next(2) == 0 ? random.Next(0, 100) : (int?)null;
            var clauses = Enumerable.Range(0, random.Next(0, 5)).Select(n => "clause " + n.ToString(CultureInfo.InvariantCulture) + " " + Text(random)).ToList();
            var split = random.Next(0, clauses.Count + 1);
            builder.AddDeliverable(new Deliverable(
                new DeliverableKey("d" + i.ToString(CultureInfo.InvariantCulture)),
                Text(random),
                stage,
                new Allowance(rounds, random.Next(2) == 0 ? Amount(random, 0m, 500m) : null, units, units is null ? null : Text(random)),
                clauses.Take(split),
                clauses.Skip(split)));
        }

        var total = Amount(random, 0m, 100m);
        builder.WithGoodwill(new Goodwill(total, total > 0m && random.Next(2) == 0 ? Math.Max(0.01m, decimal.Round(total / 2m, 2)) : null, random.Next(2) == 0));
        var recordExtra = random.Next(3) == 0;
        if (recordExtra || random.Next(2) == 0)
        {
            builder.WithRateCard(new RateCard(new Money(Amount(random, 1m, 1000m), currency), new Money(Amount(random, 0m, 1000m), currency)));
        }

        builder.WithChangeOrderTerms(new ChangeOrderTerms(
            random.Next(1, ChangeOrderTerms.MaxProposalValidDays + 1),
            random.Next(1, 49) / 2m,
            random.Next(2) == 0,
            recordExtra ? RevisionOverflow.RecordAsChangeRequest : RevisionOverflow.Refuse,
            recordExtra ? Amount(random, 0.25m, 100m) : null));
    }

    private static BusinessCalendar Calendar(Random random)
    {
        var holidays = new List<HolidayRule>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            var month = random.Next(1, 13);
            var day = (IsoDayOfWeek)random.Next(1, 8);
            var rule = random.Next(5) switch
            {
                0 => HolidayRule.Fixed(month, random.Next(1, CalendarSystem.Iso.GetDaysInMonth(2000, month) + 1), Text(random)),
                1 => HolidayRule.NthWeekday(month, random.Next(1, 6), day, Text(random)),
                2 => HolidayRule.LastWeekday(month, day, Text(random)),
                3 => HolidayRule.EasterRelative(random.Next(-80, 251), Text(random)),
                _ => HolidayRule.Once(new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 4000)), Text(random)),
            };
            if (rule is not HolidayRule.SingleDate && random.Next(3) == 0)
            {
                // A law's years: from a year, through a later one, skipping one in between.
                var first = random.Next(1950, 2030);
                rule = rule.From(first).Until(first + random.Next(0, 80)).ExceptIn(first + random.Next(0, 80));
            }

            holidays.Add(rule.ObservedOn(Pick(random, HolidayObservance.List.ToArray())));
        }

        var closures = Enumerable.Range(0, random.Next(0, 3)).Select(_ =>
        {
            var start = new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 3000));
            return new Closure(start, start.PlusDays(random.Next(0, 40)), Text(random));
        }).ToList();
        return new BusinessCalendar(DateTimeZoneProviders.Tzdb[Pick(random, Zones)], Week(random), holidays, closures);
    }

    /// <summary>A week of one to seven working days, each with one or two ranges (some to midnight, some with seconds).</summary>
    /// <summary>
    /// Contact windows that open on at least one working day, as the builder asks: windows on none of them get the
    /// first working day's hours as well (no random draw, so every other part of a seed's agreement stays the same).
    /// </summary>
    private static WorkingWeek OnAWorkingDay(WorkingWeek windows, WorkingWeek working)
    {
        if (windows.WorkingDays.Any(working.IsWorkingDay))
        {
            return windows;
        }

        var day = working.WorkingDays[0];
        return windows.WithHours(day, working.HoursOn(day).ToArray());
    }

    private static WorkingWeek Week(Random random)
    {
        var days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(_ => random.Next(3) > 0).ToList();
        if (days.Count == 0)
        {
            days.Add((IsoDayOfWeek)random.Next(1, 8));
        }

        var week = WorkingWeek.Of(new[] { days[0] }, Ranges(random));
        foreach (var day in days.Skip(1))
        {
            week = week.WithHours(day, Ranges(random));
        }

        return week;
    }

    private static TimeOfDayRange[] Ranges(Random random)
    {
        // Points in quarter hours (with a few odd seconds), increasing; the last may be midnight.
        var points = Enumerable.Range(0, random.Next(1, 3) * 2).Select(_ => random.Next(0, 96)).Distinct().OrderBy(p => p).ToList();
        if (points.Count % 2 == 1)
        {
            points.RemoveAt(points.Count - 1);
        }

        if (points.Count == 0)
        {
            return new[] { TimeOfDayRange.Of(9, 0, 17, 0) };
        }

        var ranges = new List<TimeOfDayRange>();
        for (var i = 0; i < points.Count; i += 2)
        {
            var start = new LocalTime(points[i] / 4, points[i] % 4 * 15, random.Next(4) == 0 ? random.Next(0, 60) : 0);
            var toMidnight = i + 2 == points.Count && random.Next(5) == 0;
            ranges.Add(new TimeOfDayRange(start, toMidnight ? LocalTime.Midnight : new LocalTime(points[i + 1] / 4, points[i + 1] % 4 * 15)));
        }

        return ranges.ToArray();
    }

    private static decimal Amount(Random random, decimal min, decimal max) =>
        Math.Min(max, min + (decimal.Round((decimal)random.NextDouble() * (max - min), random.Next(0, 4))));

    private static string Text(Random random) =>
        Pick(random, Words) + (random.Next(2) == 0 ? string.Empty : " " + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture));

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
