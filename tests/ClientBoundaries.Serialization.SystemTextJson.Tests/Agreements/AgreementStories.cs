using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>
/// The agreements the JSON tests write and read: the "How we work together" one-pager of the core's
/// stories (Pixel &amp; Pine Studio and Acme Bakery), a richer one that uses every term an agreement can
/// hold, and that one amended twice through a real engagement.
/// </summary>
internal static class AgreementStories
{
    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Feedback = new("feedback");
    public static readonly StageKey Build = new("build");

    public static readonly DeliverableKey Designs = new("designs");
    public static readonly DeliverableKey Pages = new("pages");
    public static readonly DeliverableKey Support = new("support");

    private static readonly Channel[] ProviderChannels = { Channel.Email, Channel.Phone, Channel.VideoCall };
    private static readonly ResponseCommitment[] ProviderCommitments = { ResponseCommitment.WithinHours(Channel.Email, 8), ResponseCommitment.WithinHours(Channel.Phone, 4) };
    private static readonly string[] DesignsInclude = { "A mobile layout for every page" };
    private static readonly string[] DesignsExclude = { "Logo design" };
    private static readonly string[] PagesInclude = { "Copy edits before launch" };
    private static readonly string[] PagesExclude = { "Copywriting" };
    private static readonly Channel[] ClientChannels = { Channel.Email, Channel.Chat };
    private static readonly ResponseCommitment[] ClientCommitments = { ResponseCommitment.WithinHours(Channel.Email, 16) };
    private static readonly string[] StudioDesignsInclude = { "Home page and one inner page", "A mobile layout" };
    private static readonly string[] StudioPagesInclude = { "Menu, opening hours and a contact form" };
    private static readonly string[] StudioPagesExclude = { "Copywriting", "Online ordering" };
    private static readonly Channel[] RichClientChannels = { Channel.Email, Channel.Chat, Channel.Portal };

    /// <summary>Madrid, Monday to Friday 09:00-14:00 and 15:00-18:00, Spain's national holidays as the library ships them.</summary>
    public static BusinessCalendar Madrid() =>
        new(
            DateTimeZoneProviders.Tzdb["Europe/Madrid"],
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
            HolidaySet.SpainNational);

    /// <summary>
    /// New York with every kind of holiday rule and observance, rules with first and last years and years excepted, a
    /// short Friday, a Saturday morning, a night range that runs to midnight, and a closure.
    /// </summary>
    public static BusinessCalendar NewYork() =>
        new(
            DateTimeZoneProviders.Tzdb["America/New_York"],
            WorkingWeek.MondayToFriday()
                .WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(8, 0, 12, 30), TimeOfDayRange.Of(20, 0, 0, 0))
                .WithHours(IsoDayOfWeek.Saturday, new TimeOfDayRange(new LocalTime(9, 15, 30), new LocalTime(11, 0))),
            new[]
            {
                HolidayRule.Fixed(1, 1, "New Year's Day").ObservedOn(HolidayObservance.NearestWorkingDay),
                HolidayRule.NthWeekday(1, 3, IsoDayOfWeek.Monday, "Martin Luther King Jr. Day"),
                HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Memorial Day"),
                HolidayRule.Fixed(7, 4, "Independence Day").ObservedOn(HolidayObservance.NextWorkingDay),
                HolidayRule.EasterRelative(-2, "Good Friday"),
                HolidayRule.Once(new LocalDate(2026, 11, 3), "Election Day 2026"),
                HolidayRule.Fixed(2, 29, "Leap Day"),
                HolidayRule.Fixed(6, 19, "Juneteenth National Independence Day").From(2021).ExceptIn(2023).ObservedOn(HolidayObservance.NearestWorkingDay),
                HolidayRule.NthWeekday(5, 1, IsoDayOfWeek.Monday, "Early May bank holiday").From(1978).Until(2040).ExceptIn(2020),
                HolidayRule.EasterRelative(1, "Easter Monday").From(1990).Until(2050).ExceptIn(2001),
                HolidayRule.Fixed(2, 22, "Washington's Birthday").Until(1970),
                HolidayRule.NthWeekday(10, 4, IsoDayOfWeek.Monday, "Veterans Day").From(1971).Until(1977),
                HolidayRule.LastWeekday(8, IsoDayOfWeek.Monday, "Summer bank holiday").From(1971).Until(2099).ExceptIn(2030).ExceptIn(2022),
            },
            new[] { new Closure(new LocalDate(2026, 12, 24), new LocalDate(2027, 1, 2), "Year-end shutdown") });

    /// <summary>The one-pager of the core's stories (<c>Stories.HowWeWorkTogether</c>), as a builder.</summary>
    public static AgreementBuilder HowWeWorkTogether() =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", Madrid())
            .WithClient("Acme Bakery", Madrid())
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
            .WithPaymentTerms(StandardPayment())
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(ClientStages(), ClientPayments(), new ConsequenceCaps(null, null, new Money(500m, "EUR"))))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(ProviderStages()))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .AddDeliverable(new Deliverable(Designs, "Page designs", Design, new Allowance(revisionRounds: 2), inclusions: DesignsInclude, exclusions: DesignsExclude))
            .AddDeliverable(new Deliverable(Pages, "Website pages", Build, new Allowance(units: 5, unitName: "pages"), inclusions: PagesInclude, exclusions: PagesExclude))
            .AddDeliverable(new Deliverable(Support, "Launch support", allowance: new Allowance(hours: 6m)))
            .WithGoodwill(new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(90m, "EUR"), new Money(150m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14, hoursPerBusinessDay: 6m))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(ProviderChannels, ProviderCommitments))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(ClientChannels, ClientCommitments))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(45), Duration.FromMinutes(60)))
            .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday))
            .WithFeedback(FeedbackPolicy.Standard)
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, "Marta Ruiz, owner"))
            .WithPreferences(PartyRole.Provider, new CommunicationPreferences(Channel.Email, MessageLength.Detailed, "studio director"));

    /// <summary>
    /// The one-pager with every term an agreement can hold on top: a New York client with every kind of
    /// holiday rule, contact windows on a Sunday too, stage overrides, reply ladders, every consequence kind, caps of all
    /// three scopes, fixed and percentage payments, a rate card with extra revision rounds quoted, an
    /// every-three-days check-in and a feedback policy of its own.
    /// </summary>
    public static Agreement Rich() =>
        HowWeWorkTogether()
            .WithClient("Acme Bakery \"Uptown\" — Ünïcödé", NewYork())
            .WithPaymentTerms(new PaymentTerms(
                new Money(6000.50m, "EUR"),
                Charge.FixedPayment(new Money(1500.25m, "EUR")),
                new[] { new MilestonePayment(Design, Charge.PercentOfTotal(33.333m), 10), new MilestonePayment(Build, Charge.FixedPayment(new Money(1000m, "EUR")), 0) },
                finalPaymentDueDays: 45,
                depositDueDays: 3))
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(
                    ClientStages(),
                    ClientPayments(),
                    new ConsequenceCaps(new Money(200m, "EUR"), new Money(350.5m, "EUR"), new Money(500m, "EUR")),
                    dueSoonBusinessDays: 3)
                .WithStageLadder(Feedback, new ConsequenceLadder(2, new[] { ConsequenceRule.Reminder(0), ConsequenceRule.ScheduleShift(3), ConsequenceRule.TerminationNotice(30) }))
                .WithReplyLadder(new ConsequenceLadder(1, new[] { ConsequenceRule.Reminder(1), ConsequenceRule.FirmReminder(2), ConsequenceRule.Escalation(4) })))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(ProviderStages(), caps: new ConsequenceCaps(null, null, new Money(750m, "EUR")), dueSoonBusinessDays: 0)
                .WithStageLadder(Build, new ConsequenceLadder(5, new[] { ConsequenceRule.Credit(6, Charge.Fixed(new Money(100m, "EUR"))), ConsequenceRule.Escalation(8, "managing partner") })))
            .WithRestartLeadTime(PartyRole.Client, 3)
            .WithRateCard(new RateCard(new Money(92.5m, "EUR"), new Money(0m, "EUR")))
            .WithGoodwill(new Goodwill(4.5m, announceEachUse: false))
            .WithChangeOrderTerms(new ChangeOrderTerms(21, 7.5m, allowsProceedingWhilePriced: true, RevisionOverflow.RecordAsChangeRequest, 2.5m))
            .WithMovingOn(MovingOnPolicy.RequiresAcceptance)
            .WithAcceptanceWindows(AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted).WithStage(new StageKey("build"), 10))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(
                RichClientChannels,
                new[] { ResponseCommitment.WithinHours(Channel.Email, 16), new ResponseCommitment(Channel.Chat, Duration.FromMinutes(90)) },
                WorkingWeek.Of(new[] { IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday }, TimeOfDayRange.Of(10, 0, 12, 0), TimeOfDayRange.Of(14, 0, 16, 0)).WithHours(IsoDayOfWeek.Sunday, TimeOfDayRange.Of(18, 0, 19, 0))))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(50), Duration.FromHours(2), Duration.FromSeconds(330), 0))
            .WithCheckIns(CheckInCadence.Every(3))
            .WithFeedback(new FeedbackPolicy(afterOnboarding: false, atCompletion: true, followUpAfterDays: 0, requestWithinBusinessDays: 5))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Chat, MessageLength.Short, "Marta Ruiz, owner", Language.Spanish))
            .Build();

    /// <summary>
    /// <see cref="Rich"/> as version 3: through a real engagement, the client asks for six more pages (a
    /// change order accepted) and a booking form (absorbed by the studio at no charge).
    /// </summary>
    public static Agreement RichAmendedTwice()
    {
        var state = EngagementState.Initial;
        var at = Instant.FromUtc(2026, 2, 16, 9, 0);
        void Do(EngagementCommand command)
        {
            var decision = EngagementDecider.Decide(state, command);
            if (!decision.IsAccepted)
            {
                throw new InvalidOperationException($"{command} was refused: {decision}");
            }

            foreach (var @event in decision.Events)
            {
                state = EngagementDecider.Evolve(state, @event);
            }
        }

        var agreement = Rich();
        Do(new EngagementCommand.Propose(agreement, at));
        Do(new EngagementCommand.Sign(at.Plus(Duration.FromDays(1))));
        Do(new EngagementCommand.ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, at.Plus(Duration.FromDays(2))));
        Do(new EngagementCommand.Schedule(new LocalDate(2026, 3, 2), at.Plus(Duration.FromDays(2))));
        var asked = Instant.FromUtc(2026, 3, 2, 10, 0);
        Do(new EngagementCommand.RequestChange(new ChangeRequest(new ChangeRequestId("two-pages"), "Add six pages for the new shops", PartyRole.Client, 9m, asked, Pages, 6)));
        Do(new EngagementCommand.ProposeChangeOrder(new ChangeRequestId("two-pages"), asked.Plus(Duration.FromHours(1))));
        Do(new EngagementCommand.AcceptChangeOrder(new ChangeRequestId("two-pages"), asked.Plus(Duration.FromHours(2))));
        Do(new EngagementCommand.RequestChange(new ChangeRequest(new ChangeRequestId("booking"), "Add an online table booking form", PartyRole.Client, 8m, asked.Plus(Duration.FromHours(3)))));
        Do(new EngagementCommand.ProposeChangeOrder(new ChangeRequestId("booking"), asked.Plus(Duration.FromHours(4))));
        Do(new EngagementCommand.AbsorbChangeOrder(new ChangeRequestId("booking"), asked.Plus(Duration.FromHours(5))));
        return state.Agreement!;
    }

    /// <summary>
    /// The agreement of the sample (<c>samples/StudioWebsite</c>, <c>Scenario.Agreement</c>): Estudio Olivo in
    /// Madrid and Harbor Lane Bakery in New York; what <c>samples/templates/studio-website.json</c> says.
    /// </summary>
    public static Agreement StudioWebsite()
    {
        var studio = new BusinessCalendar(
            DateTimeZoneProviders.Tzdb["Europe/Madrid"],
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 30))
                .WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(8, 0, 15, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "New Year's Day"),
                HolidayRule.Fixed(1, 6, "Epiphany"),
                HolidayRule.EasterRelative(-2, "Good Friday"),
                HolidayRule.Fixed(5, 1, "Labour Day"),
                HolidayRule.Fixed(8, 15, "Assumption"),
                HolidayRule.Fixed(10, 12, "National Day"),
                HolidayRule.Fixed(11, 1, "All Saints' Day"),
                HolidayRule.Fixed(12, 6, "Constitution Day"),
                HolidayRule.Fixed(12, 8, "Immaculate Conception"),
                HolidayRule.Fixed(12, 25, "Christmas Day"),
            },
            new[] { new Closure(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 21), "Summer closure") });
        var bakery = BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb["America/New_York"])
            .WithHoliday(HolidayRule.Fixed(1, 1, "New Year's Day").ObservedOn(HolidayObservance.NearestWorkingDay))
            .WithHoliday(HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Memorial Day"))
            .WithHoliday(HolidayRule.Fixed(7, 4, "Independence Day").ObservedOn(HolidayObservance.NearestWorkingDay))
            .WithHoliday(HolidayRule.NthWeekday(9, 1, IsoDayOfWeek.Monday, "Labor Day"))
            .WithHoliday(HolidayRule.NthWeekday(11, 4, IsoDayOfWeek.Thursday, "Thanksgiving Day"))
            .WithHoliday(HolidayRule.Fixed(12, 25, "Christmas Day").ObservedOn(HolidayObservance.NearestWorkingDay));

        return new AgreementBuilder(new AgreementId("harbor-lane-website-2026"), "A new website for Harbor Lane Bakery")
            .WithProvider("Estudio Olivo", studio)
            .WithClient("Harbor Lane Bakery", bakery)
            .AddStage(Discovery, "Discovery call", PartyRole.Provider, 2, stage => stage
                .Priced(new Money(600m, "EUR"))
                .ProviderDoes("Run a 60-minute discovery call")
                .ProviderDoes("Write the brief and a sitemap")
                .ClientDoes("Bring goals, must-haves and three sites you like")
                .HandsOver("Brief, sitemap and content checklist"))
            .AddStage(Content, "Client sends content", PartyRole.Client, 10, stage => stage
                .ClientDoes("Send page copy, menu and opening hours")
                .ClientDoes("Send photos and the logo")
                .ProviderDoes("Answer questions within one business day")
                .HandsOver("All content on the checklist"))
            .AddStage(Design, "Design draft", PartyRole.Provider, 10, stage => stage
                .Priced(new Money(3000m, "EUR"))
                .ProviderDoes("Design the home page and one inner page")
                .ProviderDoes("Share a clickable prototype")
                .ClientDoes("Keep one review slot free at the end")
                .HandsOver("Clickable design prototype"))
            .AddStage(Feedback, "Client feedback", PartyRole.Client, 5, stage => stage
                .ClientDoes("Send one consolidated list of changes")
                .ClientDoes("Approve the design in writing")
                .ProviderDoes("Walk through the prototype on a 30-minute call")
                .HandsOver("Approved design and change list"))
            .AddStage(Build, "Build and launch", PartyRole.Provider, 15, stage => stage
                .Priced(new Money(4800m, "EUR"))
                .ProviderDoes("Build, test and launch the site")
                .ProviderDoes("Train the team on editing pages")
                .ClientDoes("Give access to the domain and hosting")
                .HandsOver("Live website and editing guide"))
            .WithPaymentTerms(new PaymentTerms(
                new Money(8400m, "EUR"),
                Charge.PercentOfTotal(30),
                new[] { new MilestonePayment(Design, Charge.PercentOfTotal(40)) },
                finalPaymentDueDays: 14))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(
                new ConsequenceLadder(0, new[]
                {
                    ConsequenceRule.Reminder(-2),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Escalation(5, "owner"),
                    ConsequenceRule.Pause(6),
                    ConsequenceRule.RestartLeadTime(6),
                    ConsequenceRule.RestartFee(6, new Money(300m, "EUR")),
                }),
                new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(-3), ConsequenceRule.FirmReminder(1), ConsequenceRule.LateFee(10, Charge.PercentOf(2m)) }),
                new ConsequenceCaps(null, null, new Money(1200m, "EUR"))))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(
                new ConsequenceLadder(0, new[]
                {
                    ConsequenceRule.Reminder(-1),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
                    ConsequenceRule.Escalation(5, "studio director"),
                }),
                caps: new ConsequenceCaps(null, null, new Money(1200m, "EUR"))))
            .AddDeliverable(new Deliverable(
                Designs,
                "Page designs",
                Design,
                new Allowance(revisionRounds: 2),
                inclusions: StudioDesignsInclude,
                exclusions: DesignsExclude))
            .AddDeliverable(new Deliverable(
                Pages,
                "Website pages",
                Build,
                new Allowance(units: 6, unitName: "pages"),
                inclusions: StudioPagesInclude,
                exclusions: StudioPagesExclude))
            .WithGoodwill(new Goodwill(2m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(85m, "EUR"), new Money(120m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 10))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(new[] { Channel.Email, Channel.Phone, Channel.VideoCall }, new[] { ResponseCommitment.WithinHours(Channel.Email, 8) }))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(60)))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Detailed, "owner"))
            .Build();
    }

    public static PaymentTerms StandardPayment() =>
        new(
            new Money(6000m, "EUR"),
            Charge.PercentOfTotal(30m),
            new[] { new MilestonePayment(Design, Charge.PercentOfTotal(40m)) },
            finalPaymentDueDays: 14);

    /// <summary>Reminder 2 days before, firm reminder on the day, escalation at +5, pause at +15, restart lead time and fee on return.</summary>
    public static ConsequenceLadder ClientStages() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Escalation(5, "owner"),
            ConsequenceRule.Pause(15),
            ConsequenceRule.RestartLeadTime(15),
            ConsequenceRule.RestartFee(15, new Money(250m, "EUR")),
        });

    /// <summary>A reminder 3 days before, a firm one the day after, 2% late fee at +10, escalation at +20.</summary>
    public static ConsequenceLadder ClientPayments() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-3),
            ConsequenceRule.FirmReminder(1),
            ConsequenceRule.LateFee(10, Charge.PercentOf(2m)),
            ConsequenceRule.Escalation(20, "finance director"),
        });

    /// <summary>The mirror: the provider is reminded, escalated to, and owes 10% of the stage's price at +3.</summary>
    public static ConsequenceLadder ProviderStages() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-1),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
            ConsequenceRule.Escalation(5, "studio director"),
        });
}
