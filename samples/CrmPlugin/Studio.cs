using System.Collections.Generic;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;

namespace CrmPlugin;

/// <summary>
/// The CRM's owner, a small Lisbon web studio, and the one "How we work together" agreement it
/// signs with every client: the same stages, payments and consequences, and five business days
/// to accept each delivery, after which it counts as accepted; with the client's own name, calendar
/// and language. What the agreement says (stage titles, the contact an escalation
/// goes to) is written once, in English; what the library words for a client is in its language.
/// </summary>
/// <remarks>
/// The repository's JSON templates (samples/templates, loaded with AgreementTemplate.Load) are not
/// on this sample's branch yet, so the agreement is built in code.
/// </remarks>
internal static class Studio
{
    public const string Name = "Tideline Studio";

    public static readonly StageKey Discovery = new("discovery");
    public static readonly StageKey Content = new("content");
    public static readonly StageKey Design = new("design");
    public static readonly StageKey Feedback = new("feedback");
    public static readonly StageKey Build = new("build");

    /// <summary>The studio's calendar: Monday to Friday, 09:00-18:00 in Lisbon, with Portugal's spring holidays.</summary>
    public static BusinessCalendar Calendar { get; } =
        new(
            DateTimeZoneProviders.Tzdb["Europe/Lisbon"],
            WorkingWeek.MondayToFriday(TimeOfDayRange.Of(9, 0, 13, 0), TimeOfDayRange.Of(14, 0, 18, 0)),
            [
                HolidayRule.Fixed(1, 1, "New Year's Day"),
                HolidayRule.EasterRelative(-2, "Good Friday"),
                HolidayRule.Fixed(4, 25, "Freedom Day"),
                HolidayRule.Fixed(5, 1, "Labour Day"),
                HolidayRule.Fixed(12, 25, "Christmas Day"),
            ]);

    /// <summary>The clients whose engagements the CRM keeps, each one stream in the event store; the dental clinic in Madrid reads Spanish.</summary>
    public static IReadOnlyList<Client> Clients { get; } =
    [
        new("alder-books", "Alder & Finch Books", Zone("Europe/London"), Language.English),
        new("birch-dental", "Birchwood Dental", Zone("Europe/Madrid"), Language.Spanish),
        new("cobalt-cycles", "Cobalt Cycles", Zone("Europe/Berlin"), Language.English),
        new("dune-bakery", "Dune Bakery", Zone("Europe/Amsterdam"), Language.English),
    ];

    /// <summary>A moment on the studio's clock, written "2026-03-18T16:00".</summary>
    public static Instant At(string localDateTime) => Moments.At(localDateTime, Calendar.Zone);

    public static Client AlderBooks => Clients[0];

    public static Client BirchDental => Clients[1];

    public static Client CobaltCycles => Clients[2];

    public static Client DuneBakery => Clients[3];

    /// <summary>The agreement the studio proposes to <paramref name="client"/>.</summary>
    public static Agreement AgreementWith(Client client) =>
        new AgreementBuilder(new AgreementId($"{client.Stream}-website-2026"), $"A new website for {client.Name}")
            .WithProvider(Name, Calendar)
            .WithClient(client.Name, client.Calendar)
            .AddStage(Discovery, "Discovery call", PartyRole.Provider, 2, stage => stage
                .Priced(new Money(600m, "EUR"))
                .ProviderDoes("Run a 60-minute discovery call")
                .HandsOver("Brief, sitemap and content checklist"))
            .AddStage(Content, "Client sends content", PartyRole.Client, 10, stage => stage
                .ClientDoes("Send the page copy, photos and logo")
                .ProviderDoes("Answer questions within one business day")
                .HandsOver("All content on the checklist"))
            .AddStage(Design, "Design draft", PartyRole.Provider, 10, stage => stage
                .Priced(new Money(2400m, "EUR"))
                .ProviderDoes("Design the home page and one inner page")
                .HandsOver("Clickable design prototype"))
            .AddStage(Feedback, "Client feedback", PartyRole.Client, 5, stage => stage
                .ClientDoes("Send one consolidated list of changes")
                .HandsOver("Approved design and change list"))
            .AddStage(Build, "Build and launch", PartyRole.Provider, 15, stage => stage
                .Priced(new Money(3000m, "EUR"))
                .ProviderDoes("Build, test and launch the site")
                .HandsOver("Live website"))
            .WithPaymentTerms(new PaymentTerms(
                new Money(6000m, "EUR"),
                Charge.PercentOfTotal(30),
                [new MilestonePayment(Design, Charge.PercentOfTotal(40), dueDays: 7)],
                finalPaymentDueDays: 14))
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .WithAcceptanceWindows(AcceptanceWindows.Of(5, WindowClosingPolicy.DeemsAccepted))
            .WithConsequencePolicy(PartyRole.Client, new ConsequencePolicy(
                new ConsequenceLadder(0,
                [
                    ConsequenceRule.Reminder(-2),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Escalation(5, "owner"),
                    ConsequenceRule.Pause(10),
                    ConsequenceRule.RestartLeadTime(10),
                    ConsequenceRule.RestartFee(10, new Money(250m, "EUR")),
                ]),
                new ConsequenceLadder(0,
                [
                    ConsequenceRule.Reminder(-3),
                    ConsequenceRule.FirmReminder(1),
                    ConsequenceRule.LateFee(10, Charge.PercentOf(2m)),
                    ConsequenceRule.Escalation(15, "finance director"),
                ]),
                new ConsequenceCaps(null, null, new Money(1000m, "EUR"))))
            .WithConsequencePolicy(PartyRole.Provider, new ConsequencePolicy(
                new ConsequenceLadder(0,
                [
                    ConsequenceRule.Reminder(-1),
                    ConsequenceRule.FirmReminder(0),
                    ConsequenceRule.Credit(3, Charge.PercentOf(10m)),
                    ConsequenceRule.Escalation(5, "studio director"),
                ]),
                caps: new ConsequenceCaps(null, null, new Money(1000m, "EUR"))))
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, language: client.Language))
            .Build();

    private static BusinessCalendar Zone(string zone) => BusinessCalendar.MondayToFriday(DateTimeZoneProviders.Tzdb[zone]);
}
