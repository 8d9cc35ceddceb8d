using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using Spectre.Console;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace StudioWebsite;

/// <summary>
/// How the studio and the bakery talk: a call booked with a start and an end that runs over, the
/// recap the studio owes until it is sent, and an email from the bakery answered a day late.
/// </summary>
internal static class ConversationStory
{
    private static readonly string[] Agenda = ["The home page", "The menu page", "Photos for the gallery"];
    private static readonly string[] Covered = ["The home page", "The menu page"];

    public static void Tell(EngagementRecord record)
    {
        var zone = Scenario.StudioCalendar.Zone;
        var review = new MeetingId("design-review");
        record.Do(new BookMeeting(review, EngagementStory.Studio("2026-07-14T16:00"), Agenda, Duration.FromMinutes(45), true, EngagementStory.Studio("2026-07-13T12:00")));
        var booked = record.State.Communication.FindMeeting(review)!.Booked;
        Say($"Design review booked for {Printout.Moment(booked.Start, zone)} to {Printout.Moment(booked.End, zone)}, another appointment after it; the wrap-up cue comes at {Printout.Moment(booked.WrapUpCueAt, zone)}.");

        record.Do(new RecordMeetingHeld(review, booked.Start, EngagementStory.Studio("2026-07-14T16:52"), Covered, EngagementStory.Studio("2026-07-14T17:00")));
        var held = record.State.Communication.FindMeeting(review)!.Held!;
        Say($"It ran {held.OverranBy.TotalMinutes:0} minutes over; not covered: {string.Join(", ", held.FollowUps)}. Meetings that ran over so far: {record.State.Communication.OverrunMeetings}.");

        var morning = EngagementStory.Studio("2026-07-15T09:00");
        foreach (var due in Assessor.Assess(record.State, morning).Communication)
        {
            Say($"The next morning the assessment says, by {due.Channel}: {due.Message}");
        }

        record.Do(new RecordRecapSent(review, EngagementStory.Studio("2026-07-15T10:00")));

        // Friday's working day ends at 15:00 in Madrid: an email at 14:00 leaves 7 of the 8 hours for Monday.
        var question = new MessageId("gallery-question");
        record.Do(new RecordMessage(question, PartyRole.Client, Channel.Email, EngagementStory.Studio("2026-07-17T14:00")));
        record.Do(new RecordReply(question, EngagementStory.Studio("2026-07-21T10:00")));
        var reply = record.State.Communication.FindMessage(question)!.Reply!;
        Say($"An email from the bakery on Friday at 14:00 is owed a reply by {Printout.Moment(reply.DueBy, zone)}; the studio answered at {Printout.Moment(reply.RepliedAt, zone)}, "
            + $"{reply.LateByBusinessTime.TotalHours:0.#} working hours late. Late replies by the studio: {record.State.Communication.LateRepliesBy(PartyRole.Provider)}.");
    }

    private static void Say(string line) => AnsiConsole.MarkupLine("  " + Markup.Escape(line));
}
