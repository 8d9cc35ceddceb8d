using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using NodaTime;
using NodaTime.Text;

namespace JustOneMoreThing;

/// <summary>
/// The agreement the extras are judged against: a Madrid web studio builds a New York bakery's
/// website, and the agreement says up front what is included, what goodwill the studio gives, and
/// what anything else costs.
/// </summary>
internal static class Scenario
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static readonly LocalDate WorkStarts = new(2026, 6, 1);

    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Feedback = new("feedback");
    public static readonly StageKey Build = new("build");

    public static readonly DeliverableKey Designs = new("designs");
    public static readonly DeliverableKey Pages = new("pages");
    public static readonly DeliverableKey Support = new("support");

    /// <summary>The studio works Monday to Friday, 09:00-18:00, in Madrid.</summary>
    public static BusinessCalendar StudioCalendar { get; } = BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb["Europe/Madrid"]);

    /// <summary>The bakery's office works Monday to Friday, 09:00-17:00, in New York.</summary>
    public static BusinessCalendar BakeryCalendar { get; } = BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb["America/New_York"]);

    /// <summary>
    /// Five stages; and the scope: page designs with two revision rounds, six pages, four hours of
    /// launch support; three hours of goodwill, at most one per request; 85 EUR an hour beyond that,
    /// at least 120 EUR per change order, each open for 10 days.
    /// </summary>
    public static Agreement Agreement { get; } =
        new AgreementBuilder(new AgreementId("harbor-lane-website-2026"), "A new website for Harbor Lane Bakery")
            .WithProvider("Estudio Olivo", StudioCalendar)
            .WithClient("Harbor Lane Bakery", BakeryCalendar)
            .AddStage(Discovery, "Discovery call", PartyRole.Provider, 2, stage => stage.HandsOver("Brief, sitemap and content checklist"))
            .AddStage(Content, "Client sends content", PartyRole.Client, 10, stage => stage.HandsOver("All content on the checklist"))
            .AddStage(Design, "Design draft", PartyRole.Provider, 10, stage => stage.HandsOver("Clickable design prototype"))
            .AddStage(Feedback, "Client feedback", PartyRole.Client, 5, stage => stage.HandsOver("Approved design and change list"))
            .AddStage(Build, "Build and launch", PartyRole.Provider, 15, stage => stage.HandsOver("Live website and editing guide"))
            .WithPaymentTerms(new PaymentTerms(
                new Money(8400m, "EUR"),
                Charge.PercentOfTotal(30),
                [new MilestonePayment(Design, Charge.PercentOfTotal(40))],
                finalPaymentDueDays: 14))
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
            .AddDeliverable(new Deliverable(Support, "Launch support", allowance: new Allowance(hours: 4m)))
            .WithGoodwill(new Goodwill(3m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(85m, "EUR"), new Money(120m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 10, hoursPerBusinessDay: 6m))
            .Build();

    /// <summary>
    /// A second client, a pastry shop in Madrid whose preferences say Spanish: the studio writes its agreement in
    /// Spanish too (what the agreement says is printed as written). Three stages, five pages, one hour of goodwill,
    /// the same rate card, and a friendly reminder two business days before the client's due date.
    /// </summary>
    public static Agreement SpanishAgreement { get; } =
        new AgreementBuilder(new AgreementId("pasteleria-alba-web-2026"), "Una web nueva para Pastelería Alba")
            .WithProvider("Estudio Olivo", StudioCalendar)
            .WithClient("Pastelería Alba", StudioCalendar)
            .AddStage(Discovery, "Reunión inicial", PartyRole.Provider, 2, stage => stage.HandsOver("Resumen del proyecto y mapa del sitio"))
            .AddStage(Content, "Envío de textos y fotos", PartyRole.Client, 10, stage => stage.HandsOver("Todos los textos y fotos de la lista"))
            .AddStage(Build, "Diseño y lanzamiento", PartyRole.Provider, 20, stage => stage.HandsOver("La web publicada"))
            .AddDeliverable(new Deliverable(
                Pages,
                "Páginas de la web",
                Build,
                new Allowance(units: 5, unitName: "páginas"),
                inclusions: ["Carta, horario y formulario de contacto"],
                exclusions: ["Tienda online"]))
            .WithGoodwill(new Goodwill(1m, capPerRequestHours: 1m))
            .WithRateCard(new RateCard(new Money(85m, "EUR"), new Money(120m, "EUR")))
            .WithChangeOrderTerms(new ChangeOrderTerms(proposalValidDays: 10, hoursPerBusinessDay: 6m))
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(new ConsequenceLadder(0, [ConsequenceRule.Reminder(-2)])))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, language: Language.Spanish))
            .Build();

    /// <summary>A moment on the studio's clock: <c>Madrid("2026-06-16T10:00")</c>.</summary>
    public static Instant Madrid(string local) => LocalPattern.Parse(local).Value.InZoneStrictly(StudioCalendar.Zone).ToInstant();

    /// <summary>A moment on the bakery's clock: <c>NewYork("2026-06-12T15:00")</c>.</summary>
    public static Instant NewYork(string local) => LocalPattern.Parse(local).Value.InZoneStrictly(BakeryCalendar.Zone).ToInstant();
}
