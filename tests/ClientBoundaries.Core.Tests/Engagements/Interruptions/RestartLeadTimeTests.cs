using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.Engagements.Interruptions;

/// <summary>
/// The restart lead time counts whole business days after the client's return, in the studio's calendar (Madrid,
/// 09:00-14:00 and 15:00-18:00, Friday 1 May 2026 a holiday), and the next stage starts on the business day after them.
/// The studio needs 5 business days; the client paused the work while holding the content.
/// </summary>
public class RestartLeadTimeTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");

    [Theory]
    // Back in the evening of Tuesday 28 April, after the studio's day: 29 and 30 April, 4, 5 and 6 May; the design starts on Thursday 7 May.
    [InlineData("2026-04-28T19:00", "2026-05-07")]
    // Back at 11:00 on Tuesday 28 April, during the studio's day: the 28th is not a whole day, so the same five days.
    [InlineData("2026-04-28T11:00", "2026-05-07")]
    // Back at 08:00 on Tuesday 28 April, before the studio's day: 28, 29, 30 April, 4 and 5 May; the design starts on Wednesday 6 May.
    [InlineData("2026-04-28T08:00", "2026-05-06")]
    // Back on Friday 1 May, a holiday: 4, 5, 6, 7 and 8 May; the design starts on Monday 11 May.
    [InlineData("2026-05-01T10:00", "2026-05-11")]
    // Back on Saturday 2 May: the same five days from Monday 4 May.
    [InlineData("2026-05-02T10:00", "2026-05-11")]
    public void The_next_stage_starts_the_business_day_after_the_lead_times_whole_days(string returnedAt, string designStarts)
    {
        var engagement = Paused().Do(new ResumeWork(Madrid(returnedAt)));

        engagement.State.Plan!.FindStage(Design)!.Start.Should().Be(D(designStarts));
    }

    [Fact]
    public void The_sentence_that_explains_the_lead_time_names_the_day_the_plan_gives()
    {
        var engagement = Paused().Do(new ResumeWork(Madrid("2026-04-28T19:00")));

        var explanation = Assessor.Assess(engagement.State, Madrid("2026-04-28T19:30")).Consequences
            .Should().ContainSingle(c => c.Kind == ClientBoundaries.Consequences.ConsequenceKind.RestartLeadTime).Subject.Explanation;

        explanation.Should().EndWith("so \"Design draft\" starts on 7 May 2026 at the earliest.");
    }

    /// <summary>The website with a 5-day restart lead time for the studio, the content under way from 4 March, paused by the client on 24 March.</summary>
    private static EngagementDriver Paused() =>
        ScheduledWebsite(TestSupport.Policies.Website().WithRestartLeadTime(PartyRole.Provider, 5).Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")))
            .Do(new PauseWork(PartyRole.Client, "No content after three reminders", Madrid("2026-03-24T10:00")));
}
