using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static StudioWebsite.Scenario;

namespace StudioWebsite;

/// <summary>
/// The foot-dragging client, as the studio's CRM lives it: each step is a command the decider
/// accepts (as events the CRM stores) or refuses (with a sentence it can show), and every morning
/// the CRM's sweep sends the reminders and applies the consequences the agreement says are due.
/// </summary>
/// <remarks>
/// Each chapter carries on from the one before; the moments are fixed, so the output never changes.
/// The bakery's moments are on its clock in New York, the studio's in Madrid.
/// </remarks>
internal static class FootDraggingStory
{
    private static readonly MeetingId DesignReview = new("design-review");
    private static readonly MessageId GalleryQuestion = new("gallery-question");

    /// <summary>From the proposal to a dated plan: the studio will not promise dates before the deposit is in.</summary>
    public static void SignAndSchedule(EngagementRecord record)
    {
        var agreement = Scenario.Agreement;
        record.Do(new Propose(agreement, Madrid("2026-05-20T10:00")));
        record.Do(new Sign(NewYork("2026-05-22T16:00")));
        record.Do(new Schedule(WorkStarts, Madrid("2026-05-25T10:00")));
        record.Do(new ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, Madrid("2026-05-27T10:00")));
        record.Do(new Schedule(WorkStarts, Madrid("2026-05-28T10:00")));
    }

    /// <summary>Discovery on time; then the content is due and does not come: reminders, then the bakery's owner is told.</summary>
    /// <returns>The moment the chapter ends: the escalation has just gone out.</returns>
    public static Instant ContentRunsLate(EngagementRecord record)
    {
        record.Do(new StartStage(Discovery, Madrid("2026-06-01T09:00")));
        record.Do(new HandOff(Discovery, Madrid("2026-06-02T18:30")));
        record.Do(new AcceptStage(Discovery, NewYork("2026-06-03T10:00")));
        record.Do(new StartStage(Content, NewYork("2026-06-03T10:05")));

        // The day the design was planned to start, the studio cannot start it: the ball is still the bakery's.
        record.Do(new StartStage(Design, Madrid("2026-06-17T09:00")));
        return record.SweepUntil(Madrid("2026-06-23T16:00"));
    }

    /// <summary>The sweeps carry on while nobody moves: the agreement puts the work on hold.</summary>
    /// <returns>The moment the chapter ends: a week into the pause.</returns>
    public static Instant OnHold(EngagementRecord record) => record.SweepUntil(Madrid("2026-07-01T12:00"));

    /// <summary>
    /// The bakery is back, cheerfully ready, and asks how fast the design can be done: the studio's
    /// restart lead time and fee fall due; the content comes; the design starts when the lead time says.
    /// </summary>
    /// <returns>The moment the chapter ends: the design is under way again.</returns>
    public static Instant TheBakeryComesBack(EngagementRecord record)
    {
        record.Do(new ResumeWork(NewYork("2026-07-06T09:00")));
        Diary.Aside("\"We're ready! How fast can you do the design?\" The morning sweep answers with what the agreement says about a restart.");
        record.Do(new HandOff(Content, NewYork("2026-07-08T16:00")));
        var design = record.State.Plan!.FindStage(Design)!;
        Diary.Aside($"The design was due {Printout.Day(design.BaselineDue)} in the original plan. After the bakery's delay and the studio's "
            + $"restart lead time it starts {Printout.Day(design.Start)}, with its full {design.DurationBusinessDays} business days: due {Printout.Day(design.Due)}.");
        record.Do(new AcceptStage(Content, Madrid("2026-07-09T10:00")));

        // A design review with a start and an end, booked on Monday; it runs over, and the recap is owed.
        record.Do(new BookMeeting(DesignReview, Madrid("2026-07-14T16:00"), ["The home page", "The menu page", "Photos for the gallery"], Duration.FromMinutes(45), true, Madrid("2026-07-13T12:00")));

        // The bakery came back on Monday 6 July at 15:00 in Madrid, during the studio's day: its five business days are
        // the whole days after it (7 to 13 July), so the design starts on Tuesday 14 July and keeps its full ten days.
        record.Do(new StartStage(Design, Madrid("2026-07-14T09:00")));
        record.Do(new RecordMeetingHeld(DesignReview, Madrid("2026-07-14T16:00"), Madrid("2026-07-14T16:52"), ["The home page", "The menu page"], Madrid("2026-07-14T17:00")));
        record.SweepUntil(Madrid("2026-07-15T16:00"));
        record.Do(new RecordRecapSent(DesignReview, Madrid("2026-07-15T17:00")));

        // The studio is held to its word too: an email on Friday at 14:00 is owed a reply within 8 working hours.
        record.Do(new RecordMessage(GalleryQuestion, PartyRole.Client, Channel.Email, Madrid("2026-07-17T14:00")));
        record.Do(new RecordReply(GalleryQuestion, Madrid("2026-07-21T10:00")));
        return record.SweepUntil(Madrid("2026-07-22T12:00"));
    }

    /// <summary>The rest of the work, with the bakery a little late again, up to completion and the final payment.</summary>
    /// <returns>The moment the chapter ends: a few days after the last payment.</returns>
    public static Instant ToCompletion(EngagementRecord record)
    {
        var terms = Scenario.Agreement.PaymentTerms!;
        record.Do(new HandOff(Design, Madrid("2026-07-24T14:00")));
        record.Do(new AcceptStage(Design, NewYork("2026-07-27T10:00")));
        record.Do(new StartStage(Feedback, NewYork("2026-07-27T10:05")));
        record.Do(new HandOff(Feedback, NewYork("2026-08-04T15:00")));
        var closure = StudioCalendar.Closures[0].Dates;
        Diary.Aside($"{record.State.ProgressOf(Feedback)!.OverrunBusinessDays} business days late, and the studio's summer closure "
            + $"({closure.Start.Day} to {Printout.Day(closure.End)}) comes in between: "
            + $"the build starts {Printout.Day(record.State.Plan!.FindStage(Build)!.Start)}.");
        record.Do(new ReceivePayment(ObligationKey.MilestonePayment(Design), terms.Milestones[0].Amount.OfTotal(terms.Total), NewYork("2026-08-12T11:00")));

        // Back from the summer closure.
        record.Do(new AcceptStage(Feedback, Madrid("2026-08-24T09:00")));
        record.Do(new StartStage(Build, Madrid("2026-08-24T09:05")));
        record.Do(new HandOff(Build, Madrid("2026-09-11T13:00"), dueBy: new LocalDate(2026, 9, 18)));
        record.Do(new AcceptStage(Build, NewYork("2026-09-15T11:00")));
        record.Do(new ReceivePayment(ObligationKey.FinalPayment, terms.FinalPaymentAmount, NewYork("2026-09-28T10:00")));

        // With the final payment the bakery settles the rest of the ledger: the restart fee, and anything else still owed either way.
        foreach (var entry in OwedLedger.Of(record.State).Entries)
        {
            if (!entry.IsSettled && !entry.Kind.IsAgreedPayment)
            {
                var what = entry.Key.Rule is { } rule ? "the " + Printout.InWords(rule.Kind) : "what it still owes";
                Diary.Aside($"{record.State.Agreement!.PartyOf(entry.Debtor).Name} pays {what}: {Printout.Amount(entry.Outstanding)}.");
                record.Do(new PayOwed(entry.Key, entry.Outstanding, NewYork("2026-09-28T10:05")));
            }
        }

        return record.SweepUntil(Madrid("2026-10-01T12:00"));
    }
}
