using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// A one-stage logo job with the provider in Jakarta and the client in Madrid, asking for feedback
/// at the three standard points: planned from Monday 2 March 2026, handed off Friday 6 March at
/// 17:00 in Jakarta, completed Friday 13 March at 16:00 in Jakarta (09:00Z).
/// </summary>
internal static class Feedbacks
{
    public static readonly StageKey Logo = new("logo");

    public static readonly Instant HandedOffAt = I("2026-03-06T10:00:00Z");

    public static readonly Instant CompletedAt = I("2026-03-13T09:00:00Z");

    public static AgreementBuilder LogoJob() =>
        new AgreementBuilder(new AgreementId("acme-logo"), "A logo for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", Calendars.JakartaOffice())
            .WithClient("Acme Bakery", Calendars.Madrid())
            .AddStage(Logo, "Design the logo", PartyRole.Provider, 5, s => s.HandsOver("The logo files"))
            .WithFeedback(FeedbackPolicy.Standard);

    public static EngagementDriver HandedOff(Agreement? agreement = null) =>
        new EngagementDriver()
            .Do(new Propose(agreement ?? LogoJob().Build(), I("2026-02-16T09:00:00Z")))
            .Do(new Sign(I("2026-02-18T09:00:00Z")))
            .Do(new Schedule(D("2026-03-02"), I("2026-02-20T09:00:00Z")))
            .Do(new StartStage(Logo, I("2026-03-02T02:00:00Z")))
            .Do(new HandOff(Logo, HandedOffAt));

    public static EngagementDriver Completed(Agreement? agreement = null) =>
        HandedOff(agreement)
            .Do(new AcceptStage(Logo, I("2026-03-13T08:00:00Z")))
            .Do(new Complete(CompletedAt));

    public static EngagementDriver Completed(Func<AgreementBuilder, AgreementBuilder> configure) => Completed(configure(LogoJob()).Build());
}
