using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// What is open in how the two sides talk: recaps owed, check-ins of the cadence not recorded,
/// feedback points come and not asked, incidents not followed through. The assessment lists those
/// whose moment has come; the state's next attention includes the earliest still to come.
/// </summary>
internal static class CommunicationAgenda
{
    private enum Kind
    {
        Recap,
        CheckIn,
        Feedback,
        FollowThrough,
    }

    /// <summary>The items listed at <paramref name="now"/>, ordered by when they were first listed.</summary>
    public static IReadOnlyList<CommunicationDue> DueAt(EngagementState state, Instant now)
    {
        if (state.Agreement is not { } agreement)
        {
            return ValueList<CommunicationDue>.Empty;
        }

        if (Open(state, now, firstCheckInOnly: false) is not { } found)
        {
            return ValueList<CommunicationDue>.Empty;
        }

        List<(Item Item, int Order)>? open = null;
        foreach (var item in found)
        {
            if (item.Since <= now)
            {
                (open ??= new List<(Item, int)>()).Add((item, open.Count));
            }
        }

        if (open is null)
        {
            return ValueList<CommunicationDue>.Empty;
        }

        // By instant, then kind; items alike in both keep the order they were found in.
        open.Sort(static (a, b) =>
            a.Item.Since != b.Item.Since ? a.Item.Since.CompareTo(b.Item.Since)
            : a.Item.Kind != b.Item.Kind ? a.Item.Kind.CompareTo(b.Item.Kind)
            : a.Order.CompareTo(b.Order));
        var due = new CommunicationDue[open.Count];
        for (var i = 0; i < due.Length; i++)
        {
            due[i] = Describe(agreement, open[i].Item, now);
        }

        return ValueList<CommunicationDue>.Owning(due);
    }

    /// <summary>Every item open, whether listed by <paramref name="now"/> or later (the next check-in only), read at <paramref name="now"/>, ordered by when it is listed.</summary>
    public static List<CommunicationDue> OpenAt(EngagementState state, Instant now)
    {
        var open = new List<CommunicationDue>();
        if (state.Agreement is { } agreement)
        {
            foreach (var item in Open(state, Instant.MaxValue, firstCheckInOnly: true)?.OrderBy(i => i.Since).ThenBy(i => i.Kind) ?? Enumerable.Empty<Item>())
            {
                open.Add(Describe(agreement, item, now));
            }
        }

        return open;
    }

    /// <summary>The earliest instant at which an open item is listed; <see cref="Instant.MaxValue"/> when none will be.</summary>
    public static Instant NextAttention(EngagementState state)
    {
        var next = Instant.MaxValue;
        if (ReferenceEquals(state.Communication, CommunicationLog.Empty) && state.Agreement is null or { CheckIns: null, Feedback: null })
        {
            // Nothing recorded and nothing on a schedule: the common milestone of a replay builds no enumerator.
            return next;
        }

        if (Open(state, Instant.MaxValue, firstCheckInOnly: true) is { } open)
        {
            foreach (var item in open)
            {
                next = item.Since < next ? item.Since : next;
            }
        }

        return next;
    }

    /// <summary>Whether anything is open, now or later (a meeting booked and not yet held counts): a final engagement with something open is not terminal.</summary>
    public static bool HasOpen(EngagementState state) =>
        state.Communication.HasMeetingBooked || Open(state, Instant.MaxValue, firstCheckInOnly: true) is not null;

    /// <summary>
    /// When a reply is owed as the engagement counts it: the instant stored with the message, unless
    /// force majeure since closed that day for the recipient, which moves it to the end of the
    /// recipient's next business day.
    /// </summary>
    internal static Instant ReplyDueAt(TrackedMessage message, BusinessCalendar recipient) =>
        recipient.IsBusinessDayAt(message.ReplyDueBy - Duration.Epsilon) ? message.ReplyDueBy : ReplyDueAt(message, recipient, ReplyDay(message, recipient));

    /// <summary><see cref="ReplyDueAt(TrackedMessage, BusinessCalendar)"/> with the message's <see cref="ReplyDay"/> worked out already.</summary>
    internal static Instant ReplyDueAt(TrackedMessage message, BusinessCalendar recipient, LocalDate day) =>
        recipient.IsBusinessDay(day) || recipient.TryAddBusinessDays(day, 1) is not { Year: <= 9998 } next
            ? message.ReplyDueBy
            : recipient.EndOfWorkingDay(next);

    /// <summary>
    /// The recipient's date whose working time the reply is due in: that of the instant just before the due
    /// instant, which ends some working time; the due instant itself, at the end of hours that run to 24:00,
    /// is already the next date.
    /// </summary>
    internal static LocalDate ReplyDay(TrackedMessage message, BusinessCalendar recipient) =>
        recipient.ToLocalDate(message.ReplyDueBy - Duration.Epsilon);

    /// <summary>
    /// Every item open, listed by <paramref name="horizon"/> or not (check-ins up to it; with
    /// <paramref name="firstCheckInOnly"/>, the first of them only), in the order found: recaps, check-ins, feedback,
    /// follow-throughs. Null when nothing is open, which is most often: nothing is made for nothing.
    /// </summary>
    private static List<Item>? Open(EngagementState state, Instant horizon, bool firstCheckInOnly)
    {
        // The agreement's calendar, not the one with force majeure closed: a period recorded later
        // must not re-date check-ins, feedback points or follow-throughs already promised.
        if (state.Agreement is not { } agreement)
        {
            return null;
        }

        List<Item>? open = null;
        var provider = agreement.Provider.Calendar;
        var log = state.Communication;
        foreach (var meeting in log.OpenMeetings)
        {
            if (meeting is { IsRecapOwed: true, Held: { } held })
            {
                (open ??= new List<Item>()).Add(new Item(Kind.Recap, held.EndedAt, held.RecapDueAt, meeting, null, null, null));
            }
        }

        if (agreement.CheckIns is not null)
        {
            foreach (var occurrence in UnrecordedCheckIns(state, agreement, horizon))
            {
                var end = provider.EndOfWorkingDay(occurrence);
                (open ??= new List<Item>()).Add(new Item(Kind.CheckIn, end + Duration.Epsilon, end, null, occurrence, null, null));
                if (firstCheckInOnly)
                {
                    break;
                }
            }
        }

        if (agreement.Feedback is { } feedback)
        {
            foreach (var point in feedback.Points)
            {
                if (log.FeedbackAt(point) is null && MomentOf(state, provider, feedback, point) is { } moment
                    && provider.BusinessDayOnOrAfter(provider.ToLocalDate(moment)) is { } first
                    && provider.TryAddBusinessDays(first, feedback.RequestWithinBusinessDays) is { Year: <= 9998 } dueDay)
                {
                    (open ??= new List<Item>()).Add(new Item(Kind.Feedback, moment, provider.EndOfWorkingDay(dueDay), null, null, point, null));
                }
            }
        }

        // Most engagements record no incident: no enumerator for none.
        if (log.Incidents.Count > 0)
        {
            foreach (var incident in log.Incidents)
            {
                if (incident.IsOpen)
                {
                    // The day it is due on, as its due instant was worked out: not the date of that instant, which for
                    // a working day that ends at 24:00 is already the next one.
                    var day = provider.BusinessDayOnOrAfter(incident.FollowThroughDue) is { Year: <= 9998 } business ? business : incident.FollowThroughDue;
                    (open ??= new List<Item>()).Add(new Item(Kind.FollowThrough, provider.StartOfWorkingDay(day), incident.FollowThroughDueAt, null, null, null, incident));
                }
            }
        }

        return open;
    }

    /// <summary>
    /// When a feedback point comes: the end of the first stage, the completion, or the provider's
    /// first working hour on the follow-up day; null while it has not (or, after an early end, never will).
    /// </summary>
    internal static Instant? MomentOf(EngagementState state, BusinessCalendar provider, FeedbackPolicy feedback, FeedbackPoint point)
    {
        if (state.TerminatedAt is not null)
        {
            // An engagement ended early asks for no more feedback.
            return null;
        }

        if (point == FeedbackPoint.AfterOnboarding)
        {
            return state.Stages.Count > 0 && state.Stages[0].Status == StageStatus.Done ? state.Stages[0].FinishedAt : null;
        }

        if (state.CompletedAt is not { } completed)
        {
            return null;
        }

        if (point == FeedbackPoint.AtCompletion)
        {
            return completed;
        }

        var completedOn = provider.ToLocalDate(completed);
        return completedOn.Year <= 9997 && provider.BusinessDayOnOrAfter(completedOn.PlusDays(feedback.FollowUpAfterDays)) is { Year: <= 9998 } day
            ? provider.StartOfWorkingDay(day)
            : null;
    }

    /// <summary>The dates of the cadence from the plan's start, not recorded, up to the horizon's day and the engagement's end; none on a day the engagement was on hold when work began.</summary>
    internal static IEnumerable<LocalDate> UnrecordedCheckIns(EngagementState state, Agreement agreement, Instant horizon)
    {
        if (agreement.CheckIns is not { } cadence || state.Plan is not { } plan)
        {
            yield break;
        }

        var provider = agreement.Provider.Calendar;
        var end = EndOfCheckIns(state);
        var last = LastCheckInDay(plan.Start);
        if (horizon != Instant.MaxValue && provider.ToLocalDate(horizon) is var today && today < last)
        {
            last = today < plan.Start ? plan.Start : today;
        }

        var log = state.Communication;
        // Without an end and without a pause, when a day's work starts decides nothing (the last day is years before the
        // calendar's end): the walk, which reads every occurrence since the start, then works out no instant.
        var startsMatter = end != Instant.MaxValue || state.Pauses.Count > 0;
        foreach (var day in cadence.Occurrences(provider, plan.Start, last))
        {
            var starts = startsMatter ? provider.StartOfWorkingDay(day) : Instant.MinValue;
            if (starts >= end)
            {
                // Past the end of the engagement, or of a pause still open (resuming works this out again).
                yield break;
            }

            if (log.CheckInOn(day) is null && !(startsMatter && OnHoldAt(state, starts)) && !InForceMajeure(state, day))
            {
                yield return day;
            }
        }
    }

    /// <summary>No check-in falls after the engagement ends, nor while a pause is still open.</summary>
    private static Instant EndOfCheckIns(EngagementState state)
    {
        var end = state.CompletedAt ?? state.TerminatedAt ?? Instant.MaxValue;
        if (state.Pauses.Count > 0 && state.Pauses[state.Pauses.Count - 1] is { Until: null } open && open.From < end)
        {
            end = open.From;
        }

        return end;
    }

    /// <summary>The last day check-ins are counted to: the cadence's longest span from the start, within the years a due date may take.</summary>
    private static LocalDate LastCheckInDay(LocalDate start)
    {
        var cap = new LocalDate(9998, 12, 31);
        return start >= cap.PlusDays(-CheckInCadence.MaxSpanDays) ? cap : start.PlusDays(CheckInCadence.MaxSpanDays);
    }

    private static bool InForceMajeure(EngagementState state, LocalDate day)
    {
        foreach (var period in state.ForceMajeure)
        {
            if (period.From <= day && day <= period.Until)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the date is one of the cadence's, from the plan's start, on a day the engagement was not on hold.</summary>
    internal static bool IsOccurrence(EngagementState state, Agreement agreement, LocalDate date)
    {
        if (agreement.CheckIns is not { } cadence || state.Plan is not { } plan || date < plan.Start || date > LastCheckInDay(plan.Start))
        {
            return false;
        }

        var provider = agreement.Provider.Calendar;
        var found = false;
        foreach (var day in cadence.Occurrences(provider, plan.Start, date))
        {
            found = day == date;
        }

        var starts = provider.StartOfWorkingDay(date);
        return found && starts < EndOfCheckIns(state) && !OnHoldAt(state, starts) && !InForceMajeure(state, date);
    }

    private static bool OnHoldAt(EngagementState state, Instant instant)
    {
        foreach (var pause in state.Pauses)
        {
            if (pause.From <= instant && (pause.Until is not { } until || until > instant))
            {
                return true;
            }
        }

        return false;
    }

    private static CommunicationDue Describe(Agreement agreement, Item item, Instant now)
    {
        var client = agreement.ClientPreferences;
        var language = agreement.ProviderPreferences.Language;
        var zone = agreement.Provider.Calendar.Zone;
        var facts = new List<Fact>
        {
            Fact.Of("client", agreement.Client.Name),
            Fact.Of("detailed", client.MessageLength == MessageLength.Detailed),
            Fact.Of("by", item.DueAt.InZone(zone).LocalDateTime),
        };
        if (now > item.DueAt)
        {
            // Read after its deadline: how late, in the provider's business days whose working hours have begun since. The
            // day it was due on is that of the instant just before the deadline: hours that run to 24:00 end on the next date.
            var calendar = agreement.Provider.Calendar;
            facts.Add(Fact.Of("late", calendar.BusinessDaysLateAt(calendar.ToLocalDate(item.DueAt - Duration.Epsilon), now)));
        }

        switch (item.Kind)
        {
            case Kind.Recap:
            {
                var meeting = item.Meeting!;
                var held = meeting.Held!;
                facts.Add(Fact.Of("startedAt", held.StartedAt.InZone(zone).LocalDateTime));
                facts.Add(Fact.Of("topic", meeting.Booked.Agenda[0]));
                facts.Add(Fact.Of("followUps", held.FollowUps));
                var message = new Sentence("communication.recap-owed", facts, language);
                return new CommunicationDue.RecapOwed(meeting.Id, held.FollowUps, PartyRole.Provider, item.Since, item.DueAt, now, client.PreferredChannel, message);
            }

            case Kind.CheckIn:
            {
                facts.Add(Fact.Of("occurrence", item.Occurrence!.Value));
                facts.Add(Fact.Of("cadence", agreement.CheckIns!));
                var message = new Sentence("communication.check-in-missed", facts, language);
                return new CommunicationDue.CheckInMissed(item.Occurrence.Value, PartyRole.Provider, item.Since, item.DueAt, now, client.PreferredChannel, message);
            }

            case Kind.Feedback:
            {
                var point = item.Point!;
                facts.Add(Fact.Of("point", point));
                facts.Add(Fact.Of("followUpDays", agreement.Feedback!.FollowUpAfterDays));
                var message = new Sentence("communication.feedback-due", facts, language);
                return new CommunicationDue.FeedbackDue(point, PartyRole.Provider, item.Since, item.DueAt, now, client.PreferredChannel, message);
            }

            default:
            {
                var incident = item.Incident!;
                facts.Add(Fact.Of("whatHappened", incident.WhatHappened));
                facts.Add(Fact.Of("remedy", incident.Remedy));
                facts.Add(Fact.Of("impact", incident.Impact));
                if (incident.Credit is { Amount: { } credit })
                {
                    facts.Add(Fact.Of("credit", credit));
                }

                var message = new Sentence("communication.follow-through-due", facts, language);
                return new CommunicationDue.FollowThroughDue(incident.Id, PartyRole.Provider, item.Since, item.DueAt, now, client.PreferredChannel, message);
            }
        }
    }

    private sealed record Item(Kind Kind, Instant Since, Instant DueAt, TrackedMeeting? Meeting, LocalDate? Occurrence, FeedbackPoint? Point, Incident? Incident);
}
