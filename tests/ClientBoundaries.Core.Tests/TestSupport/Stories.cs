using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// The stories the documents are rendered from: the full "How we work together" agreement between
/// Pixel &amp; Pine Studio and Acme Bakery (both in Madrid), and the foot-dragging client living it.
/// </summary>
internal static class Stories
{
    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Feedback = new("feedback");
    public static readonly StageKey Build = new("build");
    public static readonly StageKey Audit = new("audit");

    /// <summary>The website in Madrid with the design (5 studio days from Wednesday 11 March) handed to the client on Tuesday 17 March at 16:00.</summary>
    public static EngagementDriver DesignHandedOver(Agreement agreement) =>
        ScheduledWebsite(agreement)
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")))
            .Do(new HandOff(Design, Madrid("2026-03-17T16:00")));

    /// <summary>
    /// The same website through to the build (the studio's, the last stage) handed over on Thursday 2 April at 17:00: the
    /// client started its feedback on Wednesday 18 March and handed it off on Friday 20 March, the studio started the
    /// build on Monday 23 March. Moving on accepted the design and the feedback.
    /// </summary>
    public static EngagementDriver FinalDeliveryHandedOver(Agreement agreement) =>
        DesignHandedOver(agreement)
            .Do(new StartStage(Feedback, Madrid("2026-03-18T09:00")))
            .Do(new HandOff(Feedback, Madrid("2026-03-20T12:00")))
            .Do(new StartStage(Build, Madrid("2026-03-23T09:00")))
            .Do(new HandOff(Build, Madrid("2026-04-02T17:00")));

    /// <summary>
    /// A one-stage audit in Madrid, 2 studio days from Monday 2 March 2026, handed to the client on Tuesday 3 March at 17:00.
    /// With <paramref name="payments"/>, 2,000 EUR with a 30% deposit (600 EUR, paid at signing) and the rest due 14 days
    /// after completion.
    /// </summary>
    public static EngagementDriver AuditHandedOff(bool payments)
    {
        var builder = new AgreementBuilder(new AgreementId("audit"), "Audit")
            .WithProvider("Studio", Calendars.Madrid())
            .WithClient("Client", Calendars.Madrid())
            .AddStage("audit", "Audit", PartyRole.Provider, 2);
        if (payments)
        {
            builder = builder.WithPaymentTerms(new PaymentTerms(new Money(2000m, "EUR"), Charge.PercentOfTotal(30m), System.Array.Empty<MilestonePayment>(), finalPaymentDueDays: 14));
        }

        var engagement = new EngagementDriver()
            .Do(new Propose(builder.Build(), Madrid("2026-02-16T10:00")))
            .Do(new Sign(Madrid("2026-02-16T11:00")));
        if (payments)
        {
            engagement.Do(new ReceiveDeposit(new Money(600m, "EUR"), Madrid("2026-02-16T11:30")));
        }

        return engagement
            .Do(new Schedule(Dates.D("2026-03-02"), Madrid("2026-02-16T12:00")))
            .Do(new StartStage(Audit, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Audit, Madrid("2026-03-03T17:00")));
    }

    /// <summary>The audit of <see cref="AuditHandedOff"/>, accepted by the client on Wednesday 4 March at 10:00, which completes it.</summary>
    public static EngagementDriver AuditAccepted(bool payments) =>
        AuditHandedOff(payments).Do(new AcceptStage(Audit, Madrid("2026-03-04T10:00")));

    private static readonly Channel[] ProviderChannels = { Channel.Email, Channel.Phone, Channel.VideoCall };
    private static readonly ResponseCommitment[] ProviderCommitments = { ResponseCommitment.WithinHours(Channel.Email, 8), ResponseCommitment.WithinHours(Channel.Phone, 4) };
    private static readonly string[] DesignsInclude = { "A mobile layout for every page" };
    private static readonly string[] DesignsExclude = { "Logo design" };
    private static readonly string[] PagesInclude = { "Copy edits before launch" };
    private static readonly string[] PagesExclude = { "Copywriting" };
    private static readonly Channel[] ClientChannels = { Channel.Email, Channel.Chat };
    private static readonly ResponseCommitment[] ClientCommitments = { ResponseCommitment.WithinHours(Channel.Email, 16) };

    /// <summary>
    /// Everything a one-pager can say: five stages with both sides' tasks, prices and a design budget;
    /// both consequence policies (the client's with a cap of 500 EUR per engagement), a provider restart lead time of
    /// 5 business days; the scope of <see cref="Scopes.Website"/>; contact channels and commitments for both;
    /// 45-minute meetings of at most an hour; weekly Monday check-ins; the standard feedback points;
    /// the client prefers short emails and names its owner for escalations.
    /// </summary>
    public static AgreementBuilder HowWeWorkTogether() =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", Calendars.Madrid())
            .WithClient("Acme Bakery", Calendars.Madrid())
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2, s => s
                .ProviderDoes("Run a 60-minute discovery call")
                .ProviderDoes("Write the brief and the sitemap")
                .ClientDoes("Bring the logo and three sites you like")
                .HandsOver("A written brief and a sitemap")
                .Priced(new Money(500m, "EUR")))
            .AddStage("content", "Client sends content", PartyRole.Client, 5, s => s
                .ClientDoes("Send all page copy and photos")
                .ProviderDoes("Answer questions about the sitemap within a day")
                .HandsOver("Final copy for every page"))
            .AddStage("design", "Design draft", PartyRole.Provider, 5, s => s
                .ProviderDoes("Design the home page and one inner page, desktop and mobile")
                .HandsOver("A clickable prototype")
                .BudgetsHours(20m)
                .Priced(new Money(1500m, "EUR")))
            .AddStage("feedback", "Client feedback", PartyRole.Client, 3, s => s
                .ClientDoes("Collect everyone's comments into one list")
                .HandsOver("One consolidated list of changes"))
            .AddStage("build", "Build and launch", PartyRole.Provider, 10, s => s
                .ProviderDoes("Build, test on phones and launch")
                .ClientDoes("Check the staging site within two days")
                .HandsOver("The live site")
                .BudgetsHours(40m)
                .Priced(new Money(3000m, "EUR")))
            .WithPaymentTerms(Agreements.StandardPayment())
            .WithConsequencePolicy(PartyRole.Client, Policies.Client(new ConsequenceCaps(null, null, new Money(500m, "EUR"))))
            .WithConsequencePolicy(PartyRole.Provider, Policies.Provider())
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .AddDeliverable(new Deliverable(Scopes.Designs, "Page designs", Design, new Allowance(revisionRounds: 2), inclusions: DesignsInclude, exclusions: DesignsExclude))
            .AddDeliverable(new Deliverable(Scopes.Pages, "Website pages", Build, new Allowance(units: 5, unitName: "pages"), inclusions: PagesInclude, exclusions: PagesExclude))
            .AddDeliverable(new Deliverable(Scopes.Support, "Launch support", allowance: new Allowance(hours: 6m)))
            .WithGoodwill(new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(Scopes.RateCard())
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14, hoursPerBusinessDay: 6m))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(ProviderChannels, ProviderCommitments))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(ClientChannels, ClientCommitments))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(45), Duration.FromMinutes(60)))
            .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday))
            .WithFeedback(FeedbackPolicy.Standard)
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, "Marta Ruiz, owner"))
            .WithPreferences(PartyRole.Provider, new CommunicationPreferences(Channel.Email, MessageLength.Detailed, "studio director"));

    /// <summary>
    /// The foot-dragging client: scheduled from Monday 2 March 2026; the content (due Tuesday 10 March)
    /// is chased every morning, escalated, the work paused; the client comes back on Wednesday 29 April and hands
    /// the content over at noon; the studio starts the design on Friday 8 May (after its 5-day restart lead time), logs
    /// 12 hours; on Monday 11 May the client asks for a favicon (half an hour of goodwill) and an 8-hour booking form, which gets a change order. Every check-in held. Acted on every morning up to <paramref name="until"/>.
    /// </summary>
    public static EngagementDriver FootDragging(LocalDate until)
    {
        var engagement = ScheduledWebsite(HowWeWorkTogether().Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T10:00")))
            .Mornings(Dates.D("2026-03-04"), Min(until, Dates.D("2026-04-28")));
        if (until < Dates.D("2026-04-29"))
        {
            return engagement;
        }

        engagement.Do(new ResumeWork(Madrid("2026-04-29T10:00")));
        engagement.ActOnEverythingDue(Madrid("2026-04-29T10:00"));
        engagement
            .Do(new HandOff(Content, Madrid("2026-04-29T12:00")))
            .Mornings(Dates.D("2026-04-30"), Min(until, Dates.D("2026-05-08")));
        if (until < Dates.D("2026-05-08"))
        {
            return engagement;
        }

        engagement
            .Do(new StartStage(Design, Madrid("2026-05-08T09:00")))
            .Do(new LogEffort(Design, PartyRole.Provider, 12m, Madrid("2026-05-08T18:00")));
        engagement.Request(Scopes.Ask("favicon", "Add a favicon from the logo", 0.5m, Madrid("2026-05-11T10:00")));
        engagement.Request(Scopes.Ask("booking", "Add an online table booking form", 8m, Madrid("2026-05-11T11:00")));
        engagement.Do(new ProposeChangeOrder(new ChangeRequestId("booking"), Madrid("2026-05-11T12:00")));
        return engagement.Mornings(Dates.D("2026-05-09"), until);
    }

    /// <summary>
    /// The studio's mornings at 09:30: it records the check-in of the day before as held and sends any
    /// feedback request that fell due, then acts on every reminder and consequence due (as
    /// <see cref="Policies.EveryMorning"/> does).
    /// </summary>
    private static EngagementDriver Mornings(this EngagementDriver engagement, LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            var morning = Madrid(day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T09:30");
            if (engagement.State.LastEventAt is { } lastEvent && morning < lastEvent)
            {
                continue;
            }

            foreach (var due in Assessor.Assess(engagement.State, morning).Communication)
            {
                engagement.Do(due switch
                {
                    CommunicationDue.CheckInMissed checkIn => new RecordCheckIn(checkIn.Occurrence, morning),
                    CommunicationDue.FeedbackDue feedback => new RequestFeedback(feedback.Point, morning),
                    _ => throw new System.InvalidOperationException($"The story does not expect {due}."),
                });
            }

            engagement.ActOnEverythingDue(morning);
        }

        return engagement;
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
