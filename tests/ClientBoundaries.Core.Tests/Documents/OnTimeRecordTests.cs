using ClientBoundaries.Communication;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Documents;

/// <summary>Each side's on-time record, as the status report's summary counts it from the assessment and the ball time.</summary>
public class OnTimeRecordTests
{
    [Fact]
    public void While_the_content_is_late_the_client_has_one_thing_late_and_open_and_the_studio_owes_no_payments()
    {
        // 24 March: the discovery was handed over on time, the deposit paid on time, the content 10 business days late.
        // The studio held the ball on 2 and 3 March; the bakery from 4 to 24 March, 15 business days.
        var state = Stories.FootDragging(D("2026-03-24")).State;
        var assessment = Assessor.Assess(state, Madrid("2026-03-24T12:00"));

        OnTimeRecord.Of(state, assessment, PartyRole.Provider).Should().Be(new OnTimeRecord(1, 0, null, null, 0, 0, 0, 2));
        OnTimeRecord.Of(state, assessment, PartyRole.Client).Should().Be(new OnTimeRecord(0, 0, 1, 0, 0, 0, 1, 15));
    }

    [Fact]
    public void A_payment_made_late_counts_as_late_for_the_client_and_late_stages_as_late_for_the_studio()
    {
        // The studio: discovery on time, design and build late; the bakery: content and feedback on time, the deposit on
        // time, the payment after the design late. Ball: the studio 2 + 8 (11-20 March) + 19 (25 March-21 April) = 29
        // business days; the bakery 5 (4-10 March) + 2 (23-24 March) + 1 (22 April) = 8.
        var state = StatusReportTests.LateOnBothSides().State;
        var assessment = Assessor.Assess(state, Madrid("2026-04-22T12:00"));

        OnTimeRecord.Of(state, assessment, PartyRole.Provider).Should().Be(new OnTimeRecord(1, 2, null, null, 0, 0, 0, 29));
        OnTimeRecord.Of(state, assessment, PartyRole.Client).Should().Be(new OnTimeRecord(2, 0, 1, 1, 0, 0, 0, 8));
    }

    [Fact]
    public void A_payment_still_unpaid_after_its_due_date_is_late_and_open_not_paid_late()
    {
        // The design is accepted on Wednesday 18 March, so the payment after it is due on Wednesday 1 April; on Thursday
        // 2 April it is unpaid. The build, due that day, is not late yet at noon.
        var state = ScheduledWebsite(Policies.Website().Build())
            .Do(new EngagementCommand.StartStage(Stories.Discovery, Madrid("2026-03-02T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Discovery, Madrid("2026-03-03T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Content, Madrid("2026-03-04T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Content, Madrid("2026-03-10T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Design, Madrid("2026-03-11T09:00")))
            .Do(new EngagementCommand.HandOff(Stories.Design, Madrid("2026-03-17T17:00")))
            .Do(new EngagementCommand.AcceptStage(Stories.Design, Madrid("2026-03-18T09:00")))
            .Do(new EngagementCommand.StartStage(Stories.Feedback, Madrid("2026-03-18T10:00")))
            .Do(new EngagementCommand.HandOff(Stories.Feedback, Madrid("2026-03-19T17:00")))
            .Do(new EngagementCommand.StartStage(Stories.Build, Madrid("2026-03-20T09:00")))
            .State;
        var assessment = Assessor.Assess(state, Madrid("2026-04-02T12:00"));

        var client = OnTimeRecord.Of(state, assessment, PartyRole.Client);
        (client.PaymentsOnTime, client.PaymentsLate, client.LateAndOpen).Should().Be((1, 0, 1));
        OnTimeRecord.Of(state, assessment, PartyRole.Provider).LateAndOpen.Should().Be(0);
    }

    [Fact]
    public void A_reply_sent_after_it_was_owed_counts_as_late_for_the_side_that_owed_it()
    {
        // The bakery's email of Thursday 5 March at 10:00 is owed a reply by Friday 6 March at 10:00; it goes on Monday 9 March.
        var question = new MessageId("menu-question");
        var state = Stories.FootDragging(D("2026-03-04"))
            .Do(new EngagementCommand.RecordMessage(question, PartyRole.Client, Channel.Email, Madrid("2026-03-05T10:00")))
            .Do(new EngagementCommand.RecordReply(question, Madrid("2026-03-09T10:00")))
            .State;
        var assessment = Assessor.Assess(state, Madrid("2026-03-09T12:00"));

        var studio = OnTimeRecord.Of(state, assessment, PartyRole.Provider);
        (studio.RepliesOnTime, studio.RepliesLate).Should().Be((0, 1));
        var bakery = OnTimeRecord.Of(state, assessment, PartyRole.Client);
        (bakery.RepliesOnTime, bakery.RepliesLate).Should().Be((0, 0));
    }
}
