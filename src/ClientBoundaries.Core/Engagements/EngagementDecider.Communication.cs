using System.Collections.Generic;
using System.Globalization;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>How the two sides talk: meetings, check-ins, feedback, incidents the provider owns, and messages owed a reply.</content>
public static partial class EngagementDecider
{
    // Messages and replies first: they are most of a long engagement's events, and each test of a type costs.
    private static bool IsCommunication(EngagementEvent @event) =>
        @event is MessageReceived or ReplySent or MeetingBooked or MeetingCancelled or MeetingHeld or RecapSent or CheckInRecorded or FeedbackRequested
            or FeedbackReceived or IncidentRecorded or IncidentFollowedThrough or IncidentCreditLinked;

    private static Decision DecideBookMeeting(Agreed engagement, BookMeeting book)
    {
        if (engagement.Phase == EngagementPhase.Terminated || IsTerminal(engagement.State))
        {
            return NotAllowed(engagement.State, book);
        }

        if (engagement.State.Communication.FindMeeting(book.MeetingId) is not null)
        {
            return Decision.Refuse("meeting.duplicate", book.MeetingId.Value, Fact.Of("meeting", book.MeetingId));
        }

        var booked = Meeting.Book(engagement.ForDates.MeetingPolicy, book.Start, book.Agenda, book.Length, book.AnotherAppointmentFollows);
        return booked.TryGetValue(out var meeting)
            ? Decision.Accept(new MeetingBooked(book.MeetingId, meeting, book.At))
            : Decision.Reject(booked.Violations);
    }

    private static Decision DecideCancelMeeting(Agreed engagement, CancelMeeting cancel)
    {
        var log = engagement.State.Communication;
        return log.FindMeeting(cancel.MeetingId) is not { } meeting ? UnknownMeeting(log, cancel.MeetingId)
            : meeting.CancelledAt is not null ? Decision.Accept()
            : meeting.Held is not null ? Decision.Refuse("meeting.already-held", cancel.MeetingId.Value, Fact.Of("meeting", cancel.MeetingId), Fact.Of("command", cancel))
            : Decision.Accept(new MeetingCancelled(cancel.MeetingId, cancel.Reason, cancel.At));
    }

    private static Decision DecideMeetingHeld(Agreed engagement, RecordMeetingHeld held)
    {
        var log = engagement.State.Communication;
        var id = held.MeetingId;
        if (log.FindMeeting(id) is not { } tracked)
        {
            return UnknownMeeting(log, id);
        }

        if (tracked.CancelledAt is not null)
        {
            return Decision.Refuse("meeting.cancelled", id.Value, Fact.Of("meeting", id));
        }

        if (tracked.Held is not null)
        {
            return Decision.Refuse("meeting.already-held", id.Value, Fact.Of("meeting", id), Fact.Of("command", held));
        }

        var unknown = new List<string>();
        foreach (var item in held.Covered)
        {
            if (!tracked.Booked.HasOnAgenda(item))
            {
                unknown.Add(item);
            }
        }

        if (unknown.Count > 0)
        {
            return Decision.Refuse("meeting.not-on-agenda", id.Value, Fact.Of("meeting", id), Fact.Of("items", new ValueList<string>(unknown)), Fact.Of("agenda", tracked.Booked.Agenda));
        }

        var result = HeldMeeting.Record(tracked.Booked, engagement.ForDates.MeetingPolicy, engagement.CalendarOf(PartyRole.Provider), held.StartedAt, held.EndedAt, held.Covered);
        return Decision.Accept(new MeetingHeld(id, result, held.At));
    }

    private static Decision DecideRecap(Agreed engagement, RecordRecapSent recap)
    {
        var log = engagement.State.Communication;
        return log.FindMeeting(recap.MeetingId) is not { } meeting ? UnknownMeeting(log, recap.MeetingId)
            : meeting.Held is null ? Decision.Refuse("meeting.not-held", recap.MeetingId.Value, Fact.Of("meeting", recap.MeetingId))
            : meeting.RecapSentAt is not null ? Decision.Accept()
            : Decision.Accept(new RecapSent(recap.MeetingId, recap.At));
    }

    private static Decision DecideCheckIn(Agreed engagement, RecordCheckIn command)
    {
        var state = engagement.State;
        var agreement = engagement.ForDates;
        var occurrence = command.Occurrence;
        var subject = occurrence.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (agreement.CheckIns is not { } cadence)
        {
            return Decision.Refuse("check-in.no-cadence", null);
        }

        if (state.Plan is null)
        {
            return Decision.Refuse("check-in.not-scheduled", subject, Fact.Of("occurrence", occurrence));
        }

        var provider = agreement.Provider.Calendar;
        if (!CommunicationAgenda.IsOccurrence(state, agreement, occurrence))
        {
            var near = new List<LocalDate>();
            foreach (var day in CommunicationAgenda.UnrecordedCheckIns(state, agreement, provider.EndOfWorkingDay(occurrence.PlusDays(7))))
            {
                if (Period.DaysBetween(day, occurrence) is var gap && gap <= 7 && gap >= -7)
                {
                    near.Add(day);
                }
            }

            return Decision.Refuse(
                "check-in.not-an-occurrence",
                subject,
                Fact.Of("occurrence", occurrence),
                Fact.Of("cadence", cadence),
                Fact.Of("start", state.Plan.Start),
                Fact.Of("nearby", new ValueList<LocalDate>(near)));
        }

        var today = provider.ToLocalDate(command.At);
        if (occurrence > today)
        {
            return Decision.Refuse("check-in.in-future", subject, Fact.Of("occurrence", occurrence), Fact.Of("today", today), Fact.Of("party", PartyRole.Provider));
        }

        var held = command.MissedBecause is null;
        if (state.Communication.CheckInOn(occurrence) is { } recorded)
        {
            return recorded.Held == held && recorded.Note == command.MissedBecause
                ? Decision.Accept()
                : Decision.Refuse("check-in.already-recorded", subject, Fact.Of("occurrence", occurrence), Fact.Of("recorded", recorded));
        }

        return Decision.Accept(new CheckInRecorded(occurrence, held, command.MissedBecause, command.At));
    }

    private static Decision DecideFeedbackRequest(Agreed engagement, RequestFeedback command)
    {
        var state = engagement.State;
        var point = command.Point;
        if (engagement.ForDates.Feedback is not { } feedback || !feedback.Includes(point))
        {
            return engagement.ForDates.Feedback is { } policy
                ? Decision.Refuse("feedback.not-agreed", point.Name, Fact.Of("point", point), Fact.Of("policy", policy))
                : Decision.Refuse("feedback.not-agreed", point.Name, Fact.Of("point", point));
        }

        if (state.Communication.FeedbackAt(point) is not null)
        {
            return Decision.Accept();
        }

        var provider = engagement.Agreement.Provider.Calendar;
        if (state.TerminatedAt is { } ended)
        {
            return Decision.Refuse("feedback.ended-early", point.Name, Fact.Of("point", point), Fact.Of("endedAt", ended.InZone(provider.Zone)));
        }

        var moment = CommunicationAgenda.MomentOf(state, provider, feedback, point);
        if (moment is not { } due || due > command.At)
        {
            return moment is { } at
                ? Decision.Refuse("feedback.not-due-yet", point.Name, Fact.Of("point", point), Fact.Of("comesAt", at.InZone(provider.Zone)))
                : Decision.Refuse("feedback.not-due-yet", point.Name, Fact.Of("point", point));
        }

        return Decision.Accept(new FeedbackRequested(point, command.At));
    }

    private static Decision DecideFeedbackReceived(Agreed engagement, ReceiveFeedback received)
    {
        var point = received.Point;
        return engagement.State.Communication.FeedbackAt(point) is not { } asked
            ? Decision.Refuse("feedback.not-requested", point.Name, Fact.Of("point", point))
            : asked.ReceivedAt is { } receivedAt
            ? Decision.Refuse("feedback.already-received", point.Name, Fact.Of("point", point), Fact.Of("receivedAt", receivedAt.InZone(engagement.CalendarOf(PartyRole.Provider).Zone)))
            : Decision.Accept(new FeedbackReceived(point, received.Response, received.At));
    }

    private static Decision DecideIncident(Agreed engagement, RecordIncident incident)
    {
        if (IsTerminal(engagement.State))
        {
            return NotAllowed(engagement.State, incident);
        }

        var report = incident.Report;
        if (engagement.State.Communication.FindIncident(report.IncidentId) is not null)
        {
            return Decision.Refuse("incident.duplicate", report.IncidentId.Value, Fact.Of("incident", report.IncidentId));
        }

        var today = engagement.CalendarOf(PartyRole.Provider).ToLocalDate(incident.At);
        return report.FollowThroughDue < today
            ? Decision.Refuse("incident.follow-through-in-past", report.IncidentId.Value, Fact.Of("due", report.FollowThroughDue), Fact.Of("today", today), Fact.Of("party", PartyRole.Provider))
            : Decision.Accept(new IncidentRecorded(report, incident.At));
    }

    private static Decision DecideFollowThrough(Agreed engagement, RecordFollowThrough followThrough)
    {
        var log = engagement.State.Communication;
        var id = followThrough.IncidentId;
        return log.FindIncident(id) is not { } incident ? UnknownIncident(log, id)
            : incident.FollowedThroughAt is { } done
            ? Decision.Refuse("incident.already-followed-through", id.Value, Fact.Of("incident", id), Fact.Of("followedThroughAt", done.InZone(engagement.CalendarOf(PartyRole.Provider).Zone)))
            : Decision.Accept(new IncidentFollowedThrough(id, followThrough.WhatWasDone, followThrough.At));
    }

    private static Decision DecideCreditLink(Agreed engagement, LinkCreditToIncident command)
    {
        var state = engagement.State;
        var log = state.Communication;
        if (log.FindIncident(command.IncidentId) is not { } incident)
        {
            return UnknownIncident(log, command.IncidentId);
        }

        ConsequenceApplied? credit = null;
        foreach (var applied in state.ConsequencesApplied)
        {
            if (applied.Obligation == command.Obligation && applied.Rule == command.Rule && applied.Party == PartyRole.Provider && applied.Rule.Kind == ConsequenceKind.Credit)
            {
                credit = applied;
            }
        }

        if (credit is null)
        {
            return Decision.Refuse("incident.credit-not-applied", command.IncidentId.Value, Fact.Of("rule", command.Rule), Fact.Of("obligation", command.Obligation), Fact.Of("party", PartyRole.Provider));
        }

        if (incident.Credit is { } linked)
        {
            return linked == CreditOf(credit)
                ? Decision.Accept()
                : Decision.Refuse(
                    "incident.credit-already-linked",
                    command.IncidentId.Value,
                    Fact.Of("incident", command.IncidentId),
                    Fact.Of("rule", AppliedUnder(state, linked)),
                    Fact.Of("obligation", linked.Obligation));
        }

        return Decision.Accept(new IncidentCreditLinked(command.IncidentId, credit.Obligation, credit.Round, credit.Rule, command.At));
    }

    private static Decision DecideMessage(Agreed engagement, RecordMessage command)
    {
        if (engagement.Phase == EngagementPhase.Terminated || IsTerminal(engagement.State))
        {
            return NotAllowed(engagement.State, command);
        }

        if (engagement.State.Communication.FindMessage(command.MessageId) is not null)
        {
            return Decision.Refuse("message.duplicate", command.MessageId.Value, Fact.Of("message", command.MessageId));
        }

        var recipient = command.From.Counterpart;
        var contact = engagement.ForDates.ContactHoursOf(recipient);
        if (!contact.Policy.Accepts(command.Channel))
        {
            return Decision.Refuse(
                "message.channel-not-accepted",
                command.MessageId.Value,
                Fact.Of("recipient", recipient),
                Fact.Of("channel", command.Channel),
                Fact.Of("accepted", contact.Policy.Channels));
        }

        if (contact.ReplyDueBy(command.Channel, command.At) is not { } due)
        {
            var promised = new List<Channel>();
            foreach (var commitment in contact.Policy.Commitments)
            {
                promised.Add(commitment.Channel);
            }

            return Decision.Refuse(
                "message.no-commitment",
                command.MessageId.Value,
                Fact.Of("recipient", recipient),
                Fact.Of("channel", command.Channel),
                Fact.Of("promised", new ValueList<Channel>(promised)));
        }

        return Decision.Accept(new MessageReceived(command.MessageId, command.From, command.Channel, due, command.At));
    }

    private static Decision DecideReply(Agreed engagement, RecordReply reply)
    {
        var log = engagement.State.Communication;
        if (log.FindMessage(reply.MessageId) is not { } message)
        {
            var known = new List<MessageId>();
            foreach (var recorded in log.Messages)
            {
                known.Add(recorded.Id);
            }

            return Decision.Refuse("message.unknown", reply.MessageId.Value, Fact.Of("message", reply.MessageId), Fact.Of("messages", new ValueList<MessageId>(known)));
        }

        return message.Reply is not null ? Decision.Accept() : Decision.Accept(new ReplySent(reply.MessageId, reply.At));
    }

    private static Decision UnknownMeeting(CommunicationLog log, MeetingId meeting)
    {
        var known = new List<MeetingId>();
        foreach (var booked in log.Meetings)
        {
            known.Add(booked.Id);
        }

        return Decision.Refuse("meeting.unknown", meeting.Value, Fact.Of("meeting", meeting), Fact.Of("meetings", new ValueList<MeetingId>(known)));
    }

    private static Decision UnknownIncident(CommunicationLog log, IncidentId incident)
    {
        var known = new List<IncidentId>();
        foreach (var recorded in log.Incidents)
        {
            known.Add(recorded.Id);
        }

        return Decision.Refuse("incident.unknown", incident.Value, Fact.Of("incident", incident), Fact.Of("incidents", new ValueList<IncidentId>(known)));
    }

    /// <summary>A credit applied under the provider's policy, as an incident's remedy links it.</summary>
    private static CreditToClient CreditOf(ConsequenceApplied credit) =>
        new(credit.Obligation, credit.Round, credit.Rule.BusinessDaysOverdue, credit.Amount, credit.At);

    /// <summary>The rule a linked credit was applied under.</summary>
    private static ConsequenceRule AppliedUnder(EngagementState state, CreditToClient linked)
    {
        foreach (var applied in state.ConsequencesApplied)
        {
            if (applied.Rule.Kind == ConsequenceKind.Credit && CreditOf(applied) == linked)
            {
                return applied.Rule;
            }
        }

        // Evolve links only a credit it finds applied, so it is always there.
        throw new System.InvalidOperationException($"The credit linked to an incident ({linked}) is not among the consequences applied.");
    }

    /// <summary>How a reply measured up, against the due instant stored with the message (moved only by force majeure on its day).</summary>
    private static ReplyTiming ReplyTimingOf(Agreed engagement, TrackedMessage message, Instant repliedAt)
    {
        var calendar = engagement.CalendarOf(message.To);
        var due = CommunicationAgenda.ReplyDueAt(message, calendar);
        return ContactHours.TimingAgainst(calendar, engagement.ForDates.ContactPolicyOf(message.To), message.Channel, message.ArrivedAt, due, repliedAt);
    }

    /// <summary>
    /// The communication log after one of the events that change only the log (<see cref="IsCommunication"/>); null when
    /// the event does not fit it, and then it only advances the version. Everything that can throw (a date past the end
    /// of the calendar) is worked out before the log is changed, so that a log changed in place under
    /// <paramref name="owner"/> is never left half-changed.
    /// </summary>
    private static CommunicationLog? CommunicationAfter(Agreed engagement, EngagementEvent @event, NodeOwner? owner)
    {
        var state = engagement.State;
        var log = state.Communication;
        var provider = engagement.Agreement.Provider.Calendar;
        return @event switch
        {
            // Messages and replies first, as in IsCommunication.
            MessageReceived received when state.Phase != EngagementPhase.Terminated =>
                log.WithNewMessage(new TrackedMessage(received.MessageId, received.From, received.Channel, received.At, received.ReplyDueBy), owner),
            ReplySent reply when log.UnansweredMessage(reply.MessageId, out var at) is { } message && reply.At >= message.ArrivedAt =>
                log.WithAnswered(at, message.RepliedAs(ReplyTimingOf(engagement, message, reply.At), log.MadeMessageAt(at, owner)), owner),
            MeetingBooked booked when state.Phase != EngagementPhase.Terminated =>
                log.WithNewMeeting(new TrackedMeeting(booked.MeetingId, booked.Meeting, booked.At), owner),
            MeetingCancelled cancelled when log.OpenMeeting(cancelled.MeetingId, out var at) is { Held: null, CancelledAt: null } meeting =>
                log.WithOpenMeetingAt(at, meeting.CancelledOn(cancelled.At, cancelled.Reason, log.MadeMeetingAt(at, owner)), owner),
            MeetingHeld held when log.OpenMeeting(held.MeetingId, out var at) is { Held: null, CancelledAt: null } meeting && meeting.Booked == held.Held.Meeting =>
                log.WithOpenMeetingAt(at, meeting.HeldAs(held.Held, log.MadeMeetingAt(at, owner)), owner),
            RecapSent sent when log.OpenMeeting(sent.MeetingId, out var at) is { IsRecapOwed: true } meeting =>
                log.WithOpenMeetingAt(at, meeting.RecapSentOn(sent.At, log.MadeMeetingAt(at, owner)), owner),
            CheckInRecorded checkIn when log.CheckInOn(checkIn.Occurrence) is null =>
                log.WithCheckIn(new RecordedCheckIn(checkIn.Occurrence, checkIn.Held, checkIn.Note, checkIn.At)),
            FeedbackRequested requested when log.FeedbackAt(requested.Point) is null =>
                log.WithFeedback(new FeedbackRequest(requested.Point, requested.At)),
            FeedbackReceived received when log.FeedbackAt(received.Point) is { ReceivedAt: null } request =>
                log.WithFeedback(request.ReceivedOn(received.At, received.Response)),
            IncidentRecorded { Report: var report } recorded when log.FindIncident(report.IncidentId) is null =>
                log.WithIncident(new Incident(
                    report.IncidentId,
                    report.WhatHappened,
                    report.Impact,
                    report.Remedy,
                    report.FollowThroughDue,
                    provider.EndOfWorkingDay(provider.BusinessDayOnOrAfter(report.FollowThroughDue) is { Year: <= 9998 } day ? day : report.FollowThroughDue),
                    recorded.At)),
            IncidentFollowedThrough done when log.FindIncident(done.IncidentId) is { IsOpen: true } incident =>
                log.WithIncident(incident.FollowedThroughOn(done.At, done.WhatWasDone)),
            IncidentCreditLinked link when log.FindIncident(link.IncidentId) is { Credit: null } incident
                && LastApplied(state, link) is { } credit =>
                log.WithIncident(incident.WithCredit(CreditOf(credit))),
            _ => null,
        };
    }

    /// <summary>The consequence a link names: the last applied for its obligation, round and rule.</summary>
    private static ConsequenceApplied? LastApplied(EngagementState state, IncidentCreditLinked link)
    {
        ConsequenceApplied? last = null;
        foreach (var applied in state.ConsequencesApplied)
        {
            if (applied.Obligation == link.Obligation && applied.Round == link.Round && applied.Rule == link.Rule)
            {
                last = applied;
            }
        }

        return last;
    }
}
