using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>
/// The agreement the engagement tests arrange with: a small copy of the core tests' "How we work
/// together" story, with something of every kind an engagement can act on (consequence ladders for
/// both sides, payments, scope with allowances, goodwill and a rate card, meetings, check-ins,
/// feedback, contact commitments), the provider in Madrid and the client in Jakarta.
/// </summary>
internal static class Samples
{
    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Build = new("build");
    public static readonly DeliverableKey Designs = new("designs");
    public static readonly DeliverableKey Pages = new("pages");
    public static readonly DeliverableKey Support = new("support");
    public static readonly Money RestartFee = new(250m, "EUR");

    private static readonly string[] DesignsInclude = { "A mobile layout for every page" };
    private static readonly string[] DesignsExclude = { "Logo design" };
    private static readonly Channel[] ProviderChannels = { Channel.Email, Channel.Phone };
    private static readonly ResponseCommitment[] ProviderCommitments = { ResponseCommitment.WithinHours(Channel.Email, 8), ResponseCommitment.WithinHours(Channel.Phone, 4) };
    private static readonly Channel[] ClientChannels = { Channel.Email, Channel.Chat };
    private static readonly ResponseCommitment[] ClientCommitments = { ResponseCommitment.WithinHours(Channel.Email, 16), ResponseCommitment.WithinHours(Channel.Chat, 8) };

    /// <summary>Madrid, Monday to Friday 09:00-14:00 and 15:00-18:00, a few Spanish holidays.</summary>
    public static BusinessCalendar Madrid() =>
        new(
            Dates.Zone("Europe/Madrid"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 14, 0), TimeOfDayRange.Of(15, 0, 18, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "Año Nuevo"),
                HolidayRule.EasterRelative(-2, "Viernes Santo"),
                HolidayRule.Fixed(5, 1, "Fiesta del Trabajo"),
                HolidayRule.Fixed(12, 25, "Navidad"),
            });

    /// <summary>Jakarta, Monday to Friday 09:00-17:00, a few Indonesian holidays of 2026.</summary>
    public static BusinessCalendar Jakarta() =>
        new(
            Dates.Zone("Asia/Jakarta"),
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 17, 0)),
            new[]
            {
                HolidayRule.Fixed(1, 1, "Tahun Baru Masehi"),
                HolidayRule.Once(new LocalDate(2026, 3, 20), "Idul Fitri"),
                HolidayRule.Fixed(8, 17, "Hari Kemerdekaan"),
            });

    /// <summary>Reminders before and on the day, an escalation, a pause, a restart lead time and fee: what a late client meets.</summary>
    public static ConsequenceLadder ClientStages() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Escalation(3, "owner"),
            ConsequenceRule.Pause(8),
            ConsequenceRule.RestartLeadTime(8),
            ConsequenceRule.RestartFee(8, RestartFee),
        });

    /// <summary>A reminder, a firm one, a 2% late fee and an escalation for payments.</summary>
    public static ConsequenceLadder ClientPayments() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-3),
            ConsequenceRule.FirmReminder(1),
            ConsequenceRule.LateFee(5, Charge.PercentOf(2m)),
            ConsequenceRule.Escalation(10, "finance director"),
        });

    /// <summary>The mirror: the provider is reminded, owes a 10% credit at +2 and is escalated at +4.</summary>
    public static ConsequenceLadder ProviderStages() =>
        new(0, new[]
        {
            ConsequenceRule.Reminder(-1),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Credit(2, Charge.PercentOf(10m)),
            ConsequenceRule.Escalation(4),
        });

    /// <summary>Four stages, provider and client in turn; everything an engagement can act on.</summary>
    public static AgreementBuilder Website() =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", Madrid())
            .WithClient("Acme Bakery", Jakarta())
            .AddStage(Discovery.Value, "Discovery call", PartyRole.Provider, 2, s => s
                .ProviderDoes("Run a 60-minute discovery call")
                .ClientDoes("Bring the logo and three sites you like")
                .HandsOver("A written brief and a sitemap")
                .Priced(new Money(500m, "EUR")))
            .AddStage(Content.Value, "Client sends content", PartyRole.Client, 3, s => s.HandsOver("Final copy for every page"))
            .AddStage(Design.Value, "Design draft", PartyRole.Provider, 4, s => s.HandsOver("A clickable prototype").BudgetsHours(20m).Priced(new Money(1500m, "EUR")))
            .AddStage(Build.Value, "Build and launch", PartyRole.Provider, 5, s => s.HandsOver("The live site").Priced(new Money(3000m, "EUR")))
            .WithPaymentTerms(new PaymentTerms(
                new Money(5000m, "EUR"),
                Charge.PercentOfTotal(30m),
                new[] { new MilestonePayment(Design, Charge.PercentOfTotal(40m)) },
                finalPaymentDueDays: 14))
            .WithRestartLeadTime(PartyRole.Provider, 3)
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(ClientStages(), ClientPayments(), new ConsequenceCaps(null, null, new Money(500m, "EUR")))
                .WithReplyLadder(new ConsequenceLadder(0, new[] { ConsequenceRule.Reminder(0), ConsequenceRule.Escalation(2) })))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(ProviderStages()))
            .AddDeliverable(new Deliverable(Designs, "Page designs", Design, new Allowance(revisionRounds: 2), inclusions: DesignsInclude, exclusions: DesignsExclude))
            .AddDeliverable(new Deliverable(Pages, "Website pages", Build, new Allowance(units: 5, unitName: "pages")))
            .AddDeliverable(new Deliverable(Support, "Launch support", allowance: new Allowance(hours: 6m)))
            .WithGoodwill(new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(90m, "EUR"), new Money(150m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 14, hoursPerBusinessDay: 6m, allowsProceedingWhilePriced: true))
            .WithContactPolicy(PartyRole.Provider, new ContactPolicy(ProviderChannels, ProviderCommitments))
            .WithContactPolicy(PartyRole.Client, new ContactPolicy(ClientChannels, ClientCommitments))
            .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(45), Duration.FromMinutes(60)))
            .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday))
            .WithFeedback(FeedbackPolicy.Standard)
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Chat, MessageLength.Short, "Marta Ruiz, owner"))
            .WithPreferences(PartyRole.Provider, new CommunicationPreferences(Channel.Email, MessageLength.Detailed, "studio director"));

    public static Agreement Agreement() => Website().Build();
}
