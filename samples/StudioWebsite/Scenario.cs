using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using NodaTime.Text;

namespace StudioWebsite;

/// <summary>
/// The story the demo tells: a Madrid web-design studio and a New York bakery agree how they will
/// work together on a new website.
/// </summary>
internal static class Scenario
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>The day the deposit arrived and the work can start: fixed, so the output never changes.</summary>
    public static readonly LocalDate WorkStarts = new(2026, 6, 1);

    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Feedback = new("feedback");
    public static readonly StageKey Build = new("build");

    public static readonly DeliverableKey Designs = new("designs");
    public static readonly DeliverableKey Pages = new("pages");

    /// <summary>
    /// The studio: a split working day from Monday to Thursday, a short Friday, Spain's national
    /// holidays as the library ships them (which stay where they fall) and three weeks closed in August.
    /// </summary>
    public static BusinessCalendar StudioCalendar { get; } =
        new BusinessCalendar(
            DateTimeZoneProviders.Tzdb["Europe/Madrid"],
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 30))
                .WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(8, 0, 15, 0)),
            HolidaySet.SpainNational,
            [new Closure(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 21), "Summer closure")]);

    /// <summary>
    /// The bakery's office: Monday to Friday, 09:00-17:00 in New York, closed on the United States
    /// federal holidays; a fixed-date holiday on a weekend is observed on the nearest weekday.
    /// </summary>
    public static BusinessCalendar BakeryCalendar { get; } =
        new BusinessCalendar(DateTimeZoneProviders.Tzdb["America/New_York"], WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal);

    /// <summary>The "How we work together" one-pager, as the studio shows it at the first meeting.</summary>
    public static Agreement Agreement { get; } =
        new AgreementBuilder(new AgreementId("harbor-lane-website-2026"), "A new website for Harbor Lane Bakery")
            .WithProvider("Estudio Olivo", StudioCalendar)
            .WithClient("Harbor Lane Bakery", BakeryCalendar)
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
                [new MilestonePayment(Design, Charge.PercentOfTotal(40))],
                finalPaymentDueDays: 14))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(
                new ConsequenceLadder(0,
                [
                    ConsequenceRule.Reminder(-2),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Escalation(5, "owner"),
                    ConsequenceRule.Pause(6),
                    ConsequenceRule.RestartLeadTime(6),
                    ConsequenceRule.RestartFee(6, new Money(300m, "EUR")),
                ]),
                new ConsequenceLadder(0, [ConsequenceRule.Reminder(-3), ConsequenceRule.FirmReminder(1), ConsequenceRule.LateFee(10, Charge.PercentOf(2m))]),
                new ConsequenceCaps(null, null, new Money(1200m, "EUR"))))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(
                new ConsequenceLadder(0,
                [
                    ConsequenceRule.Reminder(-1),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
                    ConsequenceRule.Escalation(5, "studio director"),
                ]),
                caps: new ConsequenceCaps(null, null, new Money(1200m, "EUR"))))
            .AddDeliverable(new Deliverable(
                Designs,
                "Page designs",
                Design,
                new Allowance(revisionRounds: 2),
                inclusions: ["Home page and one inner page", "A mobile layout"],
                exclusions: ["Logo design"]))
            .AddDeliverable(new Deliverable(
                Pages,
                "Website pages",
                Build,
                new Allowance(units: 6, unitName: "pages"),
                inclusions: ["Menu, opening hours and a contact form"],
                exclusions: ["Copywriting", "Online ordering"]))
            .WithGoodwill(new Goodwill(2m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(85m, "EUR"), new Money(120m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 10))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy([Channel.Email, Channel.Phone, Channel.VideoCall], [ResponseCommitment.WithinHours(Channel.Email, 8)]))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(60)))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Detailed, "owner"))
            .Build();

    /// <summary>A moment on the studio's clock: <c>Madrid("2026-06-02T18:30")</c>.</summary>
    public static Instant Madrid(string local) => LocalPattern.Parse(local).Value.InZoneStrictly(StudioCalendar.Zone).ToInstant();

    /// <summary>A moment on the bakery's clock: <c>NewYork("2026-06-03T10:00")</c>.</summary>
    public static Instant NewYork(string local) => LocalPattern.Parse(local).Value.InZoneStrictly(BakeryCalendar.Zone).ToInstant();
}
