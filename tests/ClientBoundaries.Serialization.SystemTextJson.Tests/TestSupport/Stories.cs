using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Dates;
using static ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport.Samples;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>Engagements driven through the core's decider, so their streams are ones a host really stores.</summary>
internal static class Stories
{
    private static readonly string[] KickOffAgenda = { "Goals", "Sitemap", "Next steps" };
    private static readonly string[] KickOffCovered = { "Goals", "Sitemap" };
    private static readonly string[] ReviewAgenda = { "Design review" };

    /// <summary>The sample engagement proposed, signed, paid and scheduled from Monday 2 March 2026.</summary>
    public static EngagementDriver Scheduled() =>
        new EngagementDriver()
            .Do(new Propose(Agreement(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-18T10:00")))
            .Do(new ReceiveDeposit(new Money(1500m, "EUR"), Madrid("2026-02-20T10:00")))
            .Do(new Schedule(D("2026-03-02"), Madrid("2026-02-20T12:00")));

    /// <summary>
    /// The whole life of the sample engagement, with every kind of event but a termination: meetings,
    /// messages, check-ins and feedback; a late client chased, paused and resumed; force majeure; change
    /// orders proposed, proceeded with, accepted, declined and absorbed; a late provider's credit linked to
    /// an incident it owned; milestone and final payments; completion.
    /// </summary>
    public static EngagementDriver WholeLife()
    {
        var e = Scheduled()
            .Do(new BookMeeting(new MeetingId("kick-off"), Madrid("2026-03-02T10:00"), KickOffAgenda, null, anotherAppointmentFollows: true, Madrid("2026-02-25T10:00")))
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new RecordMeetingHeld(new MeetingId("kick-off"), Madrid("2026-03-02T10:05"), Madrid("2026-03-02T10:55"), KickOffCovered, Madrid("2026-03-02T11:00")))
            .Do(new RecordRecapSent(new MeetingId("kick-off"), Madrid("2026-03-02T12:00")))
            .Do(new BookMeeting(new MeetingId("review"), Madrid("2026-03-20T10:00"), ReviewAgenda, Duration.FromMinutes(30), anotherAppointmentFollows: false, Madrid("2026-03-02T12:05")))
            .Do(new LogEffort(Discovery, PartyRole.Provider, 3.5m, Madrid("2026-03-02T13:00"), "Discovery call and notes"))
            .Do(new SubmitWork(Discovery, "A first brief", Madrid("2026-03-02T16:00")))
            .Do(new RequestRevision(Discovery, "Add the catering page to the sitemap", Madrid("2026-03-02T17:00")))
            .Do(new RecordMessage(new MessageId("msg-1"), PartyRole.Client, Channel.Email, Madrid("2026-03-03T09:00")))
            .Do(new RecordReply(new MessageId("msg-1"), Madrid("2026-03-03T10:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")))
            .Do(new RecordCheckIn(D("2026-03-02"), Madrid("2026-03-04T11:00"), "The client was travelling"))
            .EveryMorning(D("2026-03-05"), D("2026-03-19"));
        e.Do(new CancelMeeting(new MeetingId("review"), "Nothing to review yet", Madrid("2026-03-19T12:00")))
            .Do(new ResumeWork(Madrid("2026-03-20T10:00")))
            .ActOnEverythingDue(Madrid("2026-03-20T10:00"));
        e.Do(new RecordForceMajeure(PartyRole.Client, "Office flooded", D("2026-03-20"), D("2026-03-20"), Madrid("2026-03-20T11:00")))
            .Do(new HandOff(Content, Madrid("2026-03-20T12:00"), "Design the pages from the copy"))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("favicon"), "Add a favicon from the logo", PartyRole.Client, 0.5m, Madrid("2026-03-20T13:00"))))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("booking"), "Add an online table booking form", PartyRole.Client, 8m, Madrid("2026-03-20T14:00"))))
            .Do(new ProposeChangeOrder(new ChangeRequestId("booking"), Madrid("2026-03-20T15:00")))
            .Do(new ProceedWhilePriced(new ChangeRequestId("booking"), Madrid("2026-03-20T15:30")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("booking"), Madrid("2026-03-20T16:00")))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("shop"), "Add an online shop", PartyRole.Client, 40m, Madrid("2026-03-20T16:30"), Pages, 12)))
            .Do(new DeclineChangeOrder(new ChangeRequestId("shop"), Madrid("2026-03-20T17:00"), "Too expensive this year"))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("logo"), "Touch up the logo", PartyRole.Client, 2m, Madrid("2026-03-20T17:10"), Designs, 0, "Logo design")))
            .Do(new AbsorbChangeOrder(new ChangeRequestId("logo"), Madrid("2026-03-20T17:20")))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("mobile"), "A mobile layout of the menu", PartyRole.Client, 1m, Madrid("2026-03-20T17:30"), Designs, 0, "A mobile layout for every page")))
            .Do(new RequestChange(new ChangeRequest(new ChangeRequestId("training"), "An hour of training", PartyRole.Client, 1m, Madrid("2026-03-20T17:40"), Support)))
            .Do(new StartStage(Design, Madrid("2026-03-23T09:00")))
            .EveryMorning(D("2026-03-24"), D("2026-04-08"));
        var credit = e.State.ConsequencesApplied.First(c => c.Rule.Kind == ClientBoundaries.Consequences.ConsequenceKind.Credit);
        e.Do(new RecordIncident(new IncidentId("late-design"), "The design was late", "The launch moves", "A credit and a free extra page", D("2026-04-15"), Madrid("2026-04-08T12:00")))
            .Do(new LinkCreditToIncident(new IncidentId("late-design"), credit.Obligation, credit.Rule, Madrid("2026-04-08T12:30")))
            .Do(new HandOff(Design, Madrid("2026-04-08T17:00")))
            .Do(new RequestRevision(Design, "The menu is hard to read on phones", Madrid("2026-04-09T09:00")))
            .Do(new HandOff(Design, Madrid("2026-04-09T09:45")))
            .Do(new AcceptStage(Design, Madrid("2026-04-09T10:00")))
            .Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), new Money(2000m, "EUR"), Madrid("2026-04-09T11:00")))
            .Do(new StartStage(Build, Madrid("2026-04-09T12:00")))
            .Do(new RecordFollowThrough(new IncidentId("late-design"), "Built the extra page at no charge", Madrid("2026-04-10T12:00")))
            .Do(new HandOff(Build, Madrid("2026-04-14T17:00")))
            .Do(new AcceptStage(Build, Madrid("2026-04-15T10:00")))
            .Do(new Complete(Madrid("2026-04-15T11:00")))
            .Do(new ReceivePayment(ObligationKey.FinalPayment, new Money(1500m, "EUR"), Madrid("2026-04-20T11:00")))
            .Do(new RequestFeedback(FeedbackPoint.AtCompletion, Madrid("2026-04-20T12:00")))
            .Do(new ReceiveFeedback(FeedbackPoint.AtCompletion, "Lovely work, a bit late", Madrid("2026-04-22T12:00")));
        return e;
    }

    /// <summary>The sample engagement ended by the client before any work.</summary>
    public static EngagementDriver Terminated() =>
        Scheduled().Do(new Terminate(PartyRole.Client, "The bakery was sold", Madrid("2026-02-27T10:00")));
}
