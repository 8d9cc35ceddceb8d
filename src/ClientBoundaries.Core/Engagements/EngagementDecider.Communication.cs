using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>How the decider handles the commands and events of communication: meetings, check-ins, feedback, incidents.</content>
public static partial class EngagementDecider
{
    private static bool IsCommunication(EngagementEvent @event) =>
        @event is MeetingBooked or MeetingCancelled or MeetingHeld or RecapSent or CheckInRecorded or FeedbackRequested or FeedbackReceived
            or IncidentRecorded or IncidentFollowedThrough or IncidentCreditLinked or MessageReceived or ReplySent;

    private static Decision DecideCommunication(EngagementState state, EngagementCommand command)
    {
        var agreement = state.Terms!;
        var log = state.Communication;
        var provider = agreement.Provider.Calendar;
        switch (command)
        {
            case BookMeeting book:
            {
                if (state.Phase == EngagementPhase.Terminated || IsTerminal(state))
                {
                    return NotAllowed(state, command);
                }

                if (log.FindMeeting(book.MeetingId) is not null)
                {
                    return Decision.Reject("meeting.duplicate", $"A meeting '{book.MeetingId}' is already booked in this engagement; give the new one its own id.", book.MeetingId.Value);
                }

                var booked = Meeting.Book(agreement.MeetingPolicy, book.Start, book.Agenda, book.Length, book.AnotherAppointmentFollows);
                return booked.TryGetValue(out var meeting)
                    ? Decision.Accept(new MeetingBooked(book.MeetingId, meeting, book.At))
                    : Decision.Reject(booked.Violations);
            }

            case CancelMeeting cancel:
                return log.FindMeeting(cancel.MeetingId) is not { } toCancel ? UnknownMeeting(log, cancel.MeetingId)
                    : toCancel.CancelledAt is not null ? Decision.Accept()
                    : toCancel.Held is not null
                    ? Decision.Reject("meeting.already-held", $"The meeting '{cancel.MeetingId}' was held; it can no longer be cancelled.", cancel.MeetingId.Value)
                    : Decision.Accept(new MeetingCancelled(cancel.MeetingId, cancel.Reason, cancel.At));

            case RecordMeetingHeld held:
            {
                if (log.FindMeeting(held.MeetingId) is not { } tracked)
                {
                    return UnknownMeeting(log, held.MeetingId);
                }

                if (tracked.CancelledAt is not null)
                {
                    return Decision.Reject("meeting.cancelled", $"The meeting '{held.MeetingId}' was cancelled; book a new one for the conversation that took place.", held.MeetingId.Value);
                }

                if (tracked.Held is not null)
                {
                    return Decision.Reject("meeting.already-held", $"The meeting '{held.MeetingId}' is already recorded as held.", held.MeetingId.Value);
                }

                var unknown = held.Covered.Where(item => !tracked.Booked.HasOnAgenda(item)).ToList();
                if (unknown.Count > 0)
                {
                    return Decision.Reject(
                        "meeting.not-on-agenda",
                        $"\"{string.Join("\", \"", unknown)}\" {(unknown.Count == 1 ? "is" : "are")} not on the agenda of '{held.MeetingId}', which is \"{string.Join("\", \"", tracked.Booked.Agenda)}\".",
                        held.MeetingId.Value);
                }

                var result = tracked.Booked.Held(agreement.MeetingPolicy, provider, held.StartedAt, held.EndedAt, held.Covered);
                return Decision.Accept(new MeetingHeld(held.MeetingId, result, held.At));
            }

            case RecordRecapSent recap:
                return log.FindMeeting(recap.MeetingId) is not { } recapped ? UnknownMeeting(log, recap.MeetingId)
                    : recapped.Held is null
                    ? Decision.Reject("meeting.not-held", $"The meeting '{recap.MeetingId}' is not recorded as held, so no recap is owed yet (RecordMeetingHeld first).", recap.MeetingId.Value)
                    : recapped.RecapSentAt is not null ? Decision.Accept()
                    : Decision.Accept(new RecapSent(recap.MeetingId, recap.At));

            case RecordCheckIn checkIn:
                return DecideCheckIn(state, checkIn);

            case RequestFeedback request:
                return DecideFeedbackRequest(state, request);

            case ReceiveFeedback received:
                return log.FeedbackAt(received.Point) is not { } asked
                    ? Decision.Reject("feedback.not-requested", $"No feedback was requested {PointName(received.Point)}; record the request (RequestFeedback) first.", received.Point.Name)
                    : asked.ReceivedAt is not null
                    ? Decision.Reject("feedback.already-received", $"The feedback {PointName(received.Point)} was already received, on {Explanation.Moment(provider, asked.ReceivedAt.Value)} (the provider's time).", received.Point.Name)
                    : Decision.Accept(new FeedbackReceived(received.Point, received.Response, received.At));

            case RecordIncident incident:
            {
                if (IsTerminal(state))
                {
                    return NotAllowed(state, command);
                }

                if (log.FindIncident(incident.Report.IncidentId) is not null)
                {
                    return Decision.Reject("incident.duplicate", $"An incident '{incident.Report.IncidentId}' is already recorded; give the new one its own id.", incident.Report.IncidentId.Value);
                }

                var today = provider.ToLocalDate(incident.At);
                return incident.Report.FollowThroughDue < today
                    ? Decision.Reject(
                        "incident.follow-through-in-past",
                        $"The follow-through is due on {Explanation.Day(incident.Report.FollowThroughDue)}, before the day the incident is recorded ({Explanation.Day(today)} for the provider): promise a date still to come.",
                        incident.Report.IncidentId.Value)
                    : Decision.Accept(new IncidentRecorded(incident.Report, incident.At));
            }

            case RecordFollowThrough followThrough:
                return log.FindIncident(followThrough.IncidentId) is not { } open ? UnknownIncident(log, followThrough.IncidentId)
                    : !open.IsOpen
                    ? Decision.Reject("incident.already-followed-through", $"The incident '{followThrough.IncidentId}' was already followed through, on {Explanation.Moment(provider, open.FollowedThroughAt!.Value)} (the provider's time).", followThrough.IncidentId.Value)
                    : Decision.Accept(new IncidentFollowedThrough(followThrough.IncidentId, followThrough.WhatWasDone, followThrough.At));

            case RecordMessage message:
                return DecideMessage(state, message);

            case RecordReply reply:
                return log.FindMessage(reply.MessageId) is not { } replied
                    ? Decision.Reject(
                        "message.unknown",
                        $"No message '{reply.MessageId}' is recorded in this engagement"
                        + (log.Messages.Count > 0 ? $"; the messages are {string.Join(", ", log.Messages.Select(m => m.Id.Value))}." : "; record it first (RecordMessage)."),
                        reply.MessageId.Value)
                    : replied.Reply is not null ? Decision.Accept()
                    : Decision.Accept(new ReplySent(reply.MessageId, reply.At));

            default:
                return DecideCreditLink(state, (LinkCreditToIncident)command);
        }
    }

    private static Decision DecideMessage(EngagementState state, RecordMessage command)
    {
        if (state.Phase == EngagementPhase.Terminated || IsTerminal(state))
        {
            return NotAllowed(state, command);
        }

        if (state.Communication.FindMessage(command.MessageId) is not null)
        {
            return Decision.Reject("message.duplicate", $"A message '{command.MessageId}' is already recorded; give the new one its own id.", command.MessageId.Value);
        }

        var recipient = command.From.Counterpart;
        var contact = state.Terms!.ContactHoursOf(recipient);
        var role = recipient.Name.ToLowerInvariant();
        if (!contact.Policy.Accepts(command.Channel))
        {
            return Decision.Reject(
                "message.channel-not-accepted",
                $"The {role} does not accept {command.Channel}; it accepts {string.Join(", ", contact.Policy.Channels)}. Ask for the message again on one of those.",
                command.MessageId.Value);
        }

        if (contact.ReplyDueBy(command.Channel, command.At) is not { } due)
        {
            var promised = contact.Policy.Commitments.Select(c => c.Channel.Name).ToList();
            return Decision.Reject(
                "message.no-commitment",
                $"The {role} promises no reply time on {command.Channel}"
                + (promised.Count > 0 ? $" (it does on {string.Join(", ", promised)})" : string.Empty)
                + ", so there is no reply to track.",
                command.MessageId.Value);
        }

        return Decision.Accept(new MessageReceived(command.MessageId, command.From, command.Channel, due, command.At));
    }

    private static Decision DecideCheckIn(EngagementState state, RecordCheckIn command)
    {
        var agreement = state.Terms!;
        if (agreement.CheckIns is not { } cadence)
        {
            return Decision.Reject("check-in.no-cadence", "The agreement sets no check-in cadence (AgreementBuilder.WithCheckIns), so there is no check-in to record.");
        }

        var date = Explanation.Day(command.Occurrence);
        if (state.Plan is null)
        {
            return Decision.Reject("check-in.not-scheduled", $"Check-ins start with the plan, and the engagement is not scheduled yet: {date} is not one of them.", date);
        }

        if (!CommunicationAgenda.IsOccurrence(state, agreement, command.Occurrence))
        {
            var near = CommunicationAgenda.UnrecordedCheckIns(state, agreement, agreement.Provider.Calendar.EndOfWorkingDay(command.Occurrence.PlusDays(7)))
                .Where(d => Period.DaysBetween(d, command.Occurrence) is var gap && gap <= 7 && gap >= -7).Select(Explanation.Day).ToList();
            return Decision.Reject(
                "check-in.not-an-occurrence",
                $"{date} is not a check-in of the cadence ({cadence}, from {Explanation.Day(state.Plan.Start)}, none while on hold)"
                + (near.Count > 0 ? $"; the open ones nearby are {string.Join(", ", near)}." : "."),
                date);
        }

        var today = agreement.Provider.Calendar.ToLocalDate(command.At);
        if (command.Occurrence > today)
        {
            return Decision.Reject("check-in.in-future", $"The check-in of {date} has not come yet (it is {Explanation.Day(today)} for the provider).", date);
        }

        var held = command.MissedBecause is null;
        if (state.Communication.CheckInOn(command.Occurrence) is { } recorded)
        {
            return recorded.Held == held && recorded.Note == command.MissedBecause
                ? Decision.Accept()
                : Decision.Reject("check-in.already-recorded", $"The check-in of {date} is already recorded, as {recorded}.", date);
        }

        return Decision.Accept(new CheckInRecorded(command.Occurrence, held, command.MissedBecause, command.At));
    }

    private static Decision DecideFeedbackRequest(EngagementState state, RequestFeedback command)
    {
        var agreement = state.Terms!;
        var point = command.Point;
        if (agreement.Feedback is not { } feedback || !feedback.Includes(point))
        {
            return Decision.Reject(
                "feedback.not-agreed",
                $"The agreement does not ask for feedback {PointName(point)}"
                + (agreement.Feedback is { } policy ? $"; it asks {policy}." : " (AgreementBuilder.WithFeedback)."),
                point.Name);
        }

        if (state.Communication.FeedbackAt(point) is not null)
        {
            return Decision.Accept();
        }

        if (state.TerminatedAt is { } ended)
        {
            return Decision.Reject(
                "feedback.ended-early",
                $"The engagement was ended early, on {Explanation.Moment(agreement.Provider.Calendar, ended)} (the provider's time): no more feedback is asked for.",
                point.Name);
        }

        var provider = state.Agreement!.Provider.Calendar;
        var moment = CommunicationAgenda.MomentOf(state, provider, feedback, point);
        if (moment is not { } due || due > command.At)
        {
            var when = moment is { } at ? $"it comes on {Explanation.Moment(provider, at)} (the provider's time)"
                : point == FeedbackPoint.AfterOnboarding ? "it comes once the first stage is done"
                : "it comes once the engagement is completed";
            return Decision.Reject("feedback.not-due-yet", $"The feedback {PointName(point)} is not due yet: {when}.", point.Name);
        }

        return Decision.Accept(new FeedbackRequested(point, command.At));
    }

    private static Decision DecideCreditLink(EngagementState state, LinkCreditToIncident command)
    {
        var log = state.Communication;
        if (log.FindIncident(command.IncidentId) is not { } incident)
        {
            return UnknownIncident(log, command.IncidentId);
        }

        var credit = state.ConsequencesApplied.LastOrDefault(c =>
            c.Obligation == command.Obligation && c.Rule == command.Rule && c.Party == PartyRole.Provider && c.Rule.Kind == ConsequenceKind.Credit);
        if (credit is null)
        {
            return Decision.Reject(
                "incident.credit-not-applied",
                $"No credit under the rule '{command.Rule}' has been applied to the provider for the {command.Obligation}: apply it first (ApplyConsequence), then link it.",
                command.IncidentId.Value);
        }

        if (incident.Credit is { } linked)
        {
            return linked == credit
                ? Decision.Accept()
                : Decision.Reject("incident.credit-already-linked", $"The incident '{command.IncidentId}' is already linked to a credit ({linked.Rule}, for the {linked.Obligation}).", command.IncidentId.Value);
        }

        return Decision.Accept(new IncidentCreditLinked(command.IncidentId, credit.Obligation, credit.Round, credit.Rule, command.At));
    }

    private static Decision UnknownMeeting(CommunicationLog log, MeetingId meeting) =>
        Decision.Reject(
                "meeting.unknown",
                $"No meeting '{meeting}' is booked in this engagement"
                + (log.Meetings.Count > 0 ? $"; the meetings are {string.Join(", ", log.Meetings.Select(m => m.Id.Value))}." : "; book it first (BookMeeting)."),
                meeting.Value);

    private static Decision UnknownIncident(CommunicationLog log, IncidentId incident) =>
        Decision.Reject(
            "incident.unknown",
            $"No incident '{incident}' is recorded in this engagement"
            + (log.Incidents.Count > 0 ? $"; the incidents are {string.Join(", ", log.Incidents.Select(i => i.Id.Value))}." : "."),
            incident.Value);

    /// <summary>How a reply measured up, against the due instant stored with the message (moved only by force majeure on its day).</summary>
    private static ReplyTiming ReplyTimingOf(EngagementState state, TrackedMessage message, Instant repliedAt)
    {
        var terms = state.Terms!;
        var due = CommunicationAgenda.ReplyDueAt(message, terms.CalendarOf(message.To));
        return terms.ContactHoursOf(message.To).TimingAgainst(message.Channel, message.ArrivedAt, due, repliedAt);
    }

    private static string PointName(FeedbackPoint point) =>
        point == FeedbackPoint.AfterOnboarding ? "after onboarding" : point == FeedbackPoint.AtCompletion ? "at completion" : "in the follow-up after completion";

    /// <summary>The events that change the communication log only; one that does not fit the log only advances the version.</summary>
    private static EngagementState EvolveCommunication(EngagementState state, EngagementState next, EngagementEvent @event)
    {
        var log = state.Communication;
        var provider = state.Agreement?.Provider.Calendar;
        if (state.Phase == EngagementPhase.New || provider is null)
        {
            return next;
        }

        CommunicationLog? changed = @event switch
        {
            MeetingBooked booked when log.FindMeeting(booked.MeetingId) is null && state.Phase != EngagementPhase.Terminated =>
                log.WithMeeting(new TrackedMeeting(booked.MeetingId, booked.Meeting, booked.At)),
            MeetingCancelled cancelled when log.FindMeeting(cancelled.MeetingId) is { Held: null, CancelledAt: null } meeting =>
                log.WithMeeting(meeting.CancelledOn(cancelled.At, cancelled.Reason)),
            MeetingHeld held when log.FindMeeting(held.MeetingId) is { Held: null, CancelledAt: null } meeting && meeting.Booked == held.Held.Meeting =>
                log.WithMeeting(meeting.HeldAs(held.Held)),
            RecapSent sent when log.FindMeeting(sent.MeetingId) is { IsRecapOwed: true } meeting =>
                log.WithMeeting(meeting.RecapSentOn(sent.At)),
            CheckInRecorded checkIn when log.CheckInOn(checkIn.Occurrence) is null =>
                log.WithCheckIn(new RecordedCheckIn(checkIn.Occurrence, checkIn.Held, checkIn.Note, checkIn.At)),
            FeedbackRequested requested when log.FeedbackAt(requested.Point) is null =>
                log.WithFeedback(new FeedbackRequest(requested.Point, requested.At)),
            FeedbackReceived received when log.FeedbackAt(received.Point) is { ReceivedAt: null } request =>
                log.WithFeedback(request.ReceivedOn(received.At, received.Response)),
            IncidentRecorded recorded when log.FindIncident(recorded.Report.IncidentId) is null =>
                log.WithIncident(new Incident(
                    recorded.Report.IncidentId,
                    recorded.Report.WhatHappened,
                    recorded.Report.Impact,
                    recorded.Report.Remedy,
                    recorded.Report.FollowThroughDue,
                    provider.EndOfWorkingDay(provider.BusinessDayOnOrAfter(recorded.Report.FollowThroughDue) is { Year: <= 9998 } day ? day : recorded.Report.FollowThroughDue),
                    recorded.At)),
            IncidentFollowedThrough done when log.FindIncident(done.IncidentId) is { IsOpen: true } incident =>
                log.WithIncident(incident.FollowedThroughOn(done.At, done.WhatWasDone)),
            MessageReceived received when log.FindMessage(received.MessageId) is null && state.Phase != EngagementPhase.Terminated =>
                log.WithMessage(new TrackedMessage(received.MessageId, received.From, received.Channel, received.At, received.ReplyDueBy)),
            ReplySent reply when log.FindMessage(reply.MessageId) is { Reply: null } message && reply.At >= message.ArrivedAt =>
                log.WithMessage(message.RepliedAs(ReplyTimingOf(state, message, reply.At))),
            IncidentCreditLinked link when log.FindIncident(link.IncidentId) is { Credit: null } incident
                && state.ConsequencesApplied.LastOrDefault(c => c.Obligation == link.Obligation && c.Round == link.Round && c.Rule == link.Rule) is { } credit =>
                log.WithIncident(incident.WithCredit(credit)),
            _ => null,
        };
        return changed is null ? next : next.WithCommunication(changed);
    }
}
