using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// Phrases more than one document needs, built from the figures of the agreement in one language:
/// a consequence rule, a payment's name, an allowance, a working week, a list joined with "and".
/// </summary>
internal static class Wording
{
    private static readonly IsoDayOfWeek[] Week =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    /// <summary>
    /// Dates of a list as running text writes them: every date but the last by its day alone when all share one month
    /// ("13", "20 April 2026": "13 and 20 April 2026" once joined), each in full otherwise, or when the culture's data is
    /// missing and dates are ISO.
    /// </summary>
    public static List<string> DatesOfAList(this Phrasebook words, IReadOnlyList<LocalDate> days)
    {
        var last = days[days.Count - 1];
        var oneMonth = words.HasCultureData;
        foreach (var day in days)
        {
            oneMonth &= day.Year == last.Year && day.Month == last.Month;
        }

        var written = new List<string>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            written.Add(oneMonth && i < days.Count - 1 ? words.Number(days[i].Day) : words.Date(days[i]));
        }

        return written;
    }

    /// <summary>"a, b and c".</summary>
    public static string JoinedWithAnd(this Phrasebook words, IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " " + words[TextKey.And] + " " + items[items.Count - 1],
        };

    /// <summary>The name of a weekday: Monday, lunes, Senin, Isnin.</summary>
    public static string Weekday(this Phrasebook words, IsoDayOfWeek day) => words[TextKey.Monday + ((int)day - 1)];

    /// <summary>
    /// The days a week has hours on, as people say them: one run of three days or more from its first day to its last
    /// ("Monday to Friday", "Sunday to Thursday", "de lunes a viernes"), any other days listed ("Saturday and Sunday",
    /// "Monday, Wednesday and Friday").
    /// </summary>
    public static string Weekdays(this Phrasebook words, WorkingWeek week)
    {
        var days = week.WorkingDays;
        if (days.Count == 7)
        {
            return words.Say(TextKey.DayToDay, words.Weekday(IsoDayOfWeek.Monday), words.Weekday(IsoDayOfWeek.Sunday));
        }

        // The days in one run, counted round the week, start with the one whose eve is free (Sunday in Sunday to Thursday).
        var first = days.FirstOrDefault(day => !week.IsWorkingDay(day == IsoDayOfWeek.Monday ? IsoDayOfWeek.Sunday : day - 1));
        var run = new List<IsoDayOfWeek>();
        for (var day = first; week.IsWorkingDay(day); day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1)
        {
            run.Add(day);
        }

        if (run.Count < days.Count)
        {
            return words.JoinedWithAnd(days.Select(words.Weekday).ToList());
        }

        return run.Count >= 3
            ? words.Say(TextKey.DayToDay, words.Weekday(run[0]), words.Weekday(run[run.Count - 1]))
            : words.JoinedWithAnd(run.Select(words.Weekday).ToList());
    }

    /// <summary>A channel's name in running text: email, correo electrónico, e-mel.</summary>
    public static string ChannelName(this Phrasebook words, Channel channel) => words[TextKey.ChannelEmail + (channel.Value - 1)];

    /// <summary>How a message travels on a channel: "by email", "in person", "por correo electrónico", "secara bersemuka".</summary>
    public static string ChannelVia(this Phrasebook words, Channel channel) => words[TextKey.ViaEmail + (channel.Value - 1)];

    /// <summary>
    /// When a party can be reached: days with the same hours grouped ("Monday to Friday 09:00–14:00
    /// and 15:00–18:00"), then the zone the hours are in.
    /// </summary>
    public static string WorkingHours(this Phrasebook words, WorkingWeek week, DateTimeZone zone)
    {
        var groups = new List<string>();
        var i = 0;
        while (i < Week.Length)
        {
            var hours = week.HoursOn(Week[i]);
            var j = i;
            while (j + 1 < Week.Length && week.HoursOn(Week[j + 1]).SequenceEqual(hours))
            {
                j++;
            }

            if (hours.Count > 0)
            {
                var days = i == j ? words.Weekday(Week[i]) : words.Say(TextKey.DayToDay, words.Weekday(Week[i]), words.Weekday(Week[j]));
                groups.Add(words.Say(TextKey.WeekdaysAndHours, days, words.JoinedWithAnd(hours.Select(h => words.Time(h.Start) + "–" + words.Time(h.End)).ToList())));
            }

            i = j + 1;
        }

        return string.Join("; ", groups) + " " + words.ZoneTime(zone);
    }

    /// <summary>"30%" or, in Spanish, "30 %".</summary>
    public static string Percent(this Phrasebook words, decimal percent) => words.Say(TextKey.Percent, words.Number(percent));

    /// <summary>The name of a payment: Deposit, Payment after "Design draft", Final payment.</summary>
    public static string PaymentName(this Phrasebook words, Agreement agreement, ObligationKey payment) =>
        payment.Kind == ObligationKind.Deposit ? words[TextKey.Deposit]
        : payment.Kind == ObligationKind.FinalPayment ? words[TextKey.FinalPayment]
        : words.Say(TextKey.PaymentAfterStage, StageName(agreement, payment.Stage!));

    /// <summary>The name of what an obligation is about: a stage's name (in quotes in running text), a payment's name, or the reply to a message; unquoted, it is a label that can start a table cell.</summary>
    public static string ObligationName(this Phrasebook words, Agreement agreement, ObligationKey obligation, bool quoted = true) =>
        obligation.Kind == ObligationKind.Stage ? (quoted ? words.Say(TextKey.StageQuoted, StageName(agreement, obligation.Stage!)) : StageName(agreement, obligation.Stage!))
        : obligation.Kind == ObligationKind.Reply ? words.Say(quoted ? TextKey.ReplyTo : TextKey.ReplyToTitle, obligation.Message!.Value)
        : obligation.Kind == ObligationKind.Acceptance ? words.Say(quoted ? TextKey.AcceptanceQuoted : TextKey.AcceptanceTitle, StageName(agreement, obligation.Stage!))
        : words.PaymentName(agreement, obligation);

    /// <summary>
    /// What an obligation is about, as a label that can start a table cell or sit in brackets: a stage's name, a payment's
    /// name, or the reply to a message named by its sender and when it arrived ("Reply to Acme Bakery's message of 17 March
    /// 2026 at 10:00 (Madrid time)", in the zone of the party that owes the reply).
    /// </summary>
    public static string ObligationTitle(this Phrasebook words, EngagementState state, Agreement agreement, ObligationKey obligation)
    {
        if (obligation.Kind == ObligationKind.Stage)
        {
            return StageName(agreement, obligation.Stage!);
        }

        if (obligation.Kind == ObligationKind.Acceptance)
        {
            return words.Say(TextKey.AcceptanceTitle, StageName(agreement, obligation.Stage!));
        }

        if (obligation.Kind == ObligationKind.Reply)
        {
            if (state.Communication.FindMessage(obligation.Message!) is not { } message)
            {
                return words.Say(TextKey.ReplyToTitle, obligation.Message!.Value);
            }

            var zone = agreement.CalendarOf(message.To).Zone;
            return words.Say(TextKey.ReplyToMessageTitle, agreement.PartyOf(message.From).Name, words.Moment(message.ArrivedAt, zone) + " " + words.ZoneTime(zone));
        }

        return words.PaymentName(agreement, obligation);
    }

    /// <summary>
    /// What an entry of the ledger of what is owed is, as a label: "Deposit", "Payment after "Design draft"", "Change order
    /// "Online booking"", "Restart fee (Client sends content)", "Credit (Design draft)", "Overpayment (Final payment)".
    /// </summary>
    public static string OwedName(this Phrasebook words, EngagementState state, Agreement agreement, OwedKey key)
    {
        if (key.Kind == OwedKind.ChangeOrder)
        {
            return words.Say(TextKey.OwedChangeOrder, ChangeOrderName(state, key));
        }

        var about = words.ObligationTitle(state, agreement, key.Obligation!);
        return key.Kind == OwedKind.RestartFee ? words.Say(TextKey.OwedRestartFee, about)
            : key.Kind == OwedKind.LateFee ? words.Say(TextKey.OwedLateFee, about)
            : key.Kind == OwedKind.Credit ? words.Say(TextKey.OwedCredit, about)
            : key.Kind == OwedKind.Overpayment ? words.Say(TextKey.OwedOverpayment, about)
            : about;
    }

    /// <summary>A change order by what it changes, as the client asked for it; by its id only when the engagement no longer has it.</summary>
    public static string ChangeOrderName(EngagementState state, OwedKey key) =>
        state.Scope.FindChangeOrder(key.ChangeOrder!)?.Description ?? key.ChangeOrder!.Value;

    /// <summary>The name of a stage as the agreement says it, or its key when the agreement no longer has it.</summary>
    public static string StageName(Agreement agreement, StageKey stage) => agreement.FindStage(stage)?.Name ?? stage.Value;

    /// <summary>A number of revision rounds: "1 revision round", "2 rondas de revisión".</summary>
    public static string RevisionRounds(this Phrasebook words, int rounds) =>
        words.Say(rounds == 1 ? TextKey.RevisionRoundOne : TextKey.RevisionRoundsMany, words.Number(rounds));

    /// <summary>What an allowance includes: "2 revision rounds", "6 hours", "5 pages", joined.</summary>
    public static string AllowanceText(this Phrasebook words, Allowance allowance)
    {
        var parts = new List<string>();
        if (allowance.RevisionRounds is { } rounds)
        {
            parts.Add(words.RevisionRounds(rounds));
        }

        if (allowance.Hours is { } hours)
        {
            parts.Add(words.Hours(hours));
        }

        if (allowance.Units is { } units)
        {
            parts.Add(words.Number(units) + " " + allowance.UnitName);
        }

        return parts.Count == 0 ? words[TextKey.AsDescribed] : words.JoinedWithAnd(parts);
    }

    /// <summary>
    /// One rule of a ladder as a sentence: when it comes ("2 business days before the due date",
    /// "on the due date", "5 business days late") and what happens, for the late <paramref name="party"/>.
    /// </summary>
    public static string RuleSentence(this Phrasebook words, Agreement agreement, PartyRole party, ConsequenceLadder ladder, ConsequenceRule rule, bool payments)
    {
        var days = ladder.EffectiveThresholdOf(rule);
        var when = days < 0 ? words.Say(TextKey.WhenBefore, words.BusinessDays(-days))
            : days == 0 ? words[TextKey.WhenOnTheDay]
            : words.Say(TextKey.WhenLate, words.BusinessDays(days));
        return words.Say(TextKey.RuleLine, when, words.RuleOutcome(agreement, party, rule, payments, amount: null));
    }

    /// <summary>
    /// What a rule does to the late <paramref name="party"/>, in a few words; with the worked-out
    /// <paramref name="amount"/> of a fee or credit when it is known, or else with the rule's charge.
    /// </summary>
    public static string RuleOutcome(this Phrasebook words, Agreement agreement, PartyRole party, ConsequenceRule rule, bool payments, Money? amount)
    {
        var late = agreement.PartyOf(party).Name;
        var other = agreement.PartyOf(party.Counterpart).Name;
        return rule.Kind.Name switch
        {
            nameof(ConsequenceKind.Reminder) => words[TextKey.RuleReminder],
            nameof(ConsequenceKind.FirmReminder) => words[TextKey.RuleFirmReminder],
            nameof(ConsequenceKind.Escalation) => words.Say(TextKey.RuleEscalation, EscalationContact(words, agreement, party, rule)),
            nameof(ConsequenceKind.ScheduleShift) => words[TextKey.RuleScheduleShift],
            nameof(ConsequenceKind.Pause) => words.Say(TextKey.RulePause, late),
            nameof(ConsequenceKind.RestartLeadTime) => words.Say(TextKey.RuleRestartLeadTime, other, words.BusinessDays(agreement.RestartLeadTimeOf(party.Counterpart))),
            nameof(ConsequenceKind.RestartFee) => words.Say(TextKey.RuleRestartFee, words.Money(amount ?? rule.Charge!.FixedAmount!)),
            nameof(ConsequenceKind.LateFee) => words.Say(TextKey.RuleLateFee, amount is null ? words.ChargeText(rule.Charge!, payments) : words.Money(amount)),
            nameof(ConsequenceKind.Credit) => words.Say(TextKey.RuleCredit, other, amount is null ? words.ChargeText(rule.Charge!, payments) : words.Money(amount)),
            _ => words.Say(TextKey.RuleTermination, other),
        };
    }

    private static string EscalationContact(Phrasebook words, Agreement agreement, PartyRole party, ConsequenceRule rule) =>
        rule.ContactRole is { } role ? words.Say(TextKey.ContactRoleOf, agreement.PartyOf(party).Name, role)
        : agreement.PreferencesOf(party).EscalationContact ?? words.Say(TextKey.SomeoneSeniorAt, agreement.PartyOf(party).Name);

    private static string ChargeText(this Phrasebook words, Charge charge, bool payments) =>
        charge.FixedAmount is { } amount ? words.Money(amount)
        : words.Say(payments ? TextKey.PercentOfPayment : TextKey.PercentOfPrice, words.Percent(charge.Percent!.Value));

}
