using System.Collections.Generic;
using ClientBoundaries.Engagements;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;
using static CrmPlugin.Studio;

namespace CrmPlugin;

/// <summary>
/// What the studio's users told the CRM about each engagement up to the evening of 18 March 2026,
/// as commands. The moments are fixed, so the output never changes; the studio's are on its clock
/// in Lisbon, each client's on its own.
/// </summary>
internal static class Stories
{
    /// <summary>The evening the stories reach: the nightly sweeps run after it.</summary>
    public static Instant Evening { get; } = Studio.At("2026-03-18T19:00");

    /// <summary>The commands of <paramref name="client"/>'s engagement, in the order they happened.</summary>
    public static IReadOnlyList<EngagementCommand> Of(Client client) => client.Stream switch
    {
        "alder-books" => AlderBooks(client),
        "birch-dental" => BirchDental(client),
        "cobalt-cycles" => CobaltCycles(client),
        _ => DuneBakery(client),
    };

    /// <summary>On time: the content came early, and the studio is about to accept it (two users at once: see Program).</summary>
    private static List<EngagementCommand> AlderBooks(Client client) =>
    [
        .. Signed(client, Studio.At("2026-03-04T10:00"), new LocalDate(2026, 3, 9)),
        new StartStage(Discovery, Studio.At("2026-03-09T09:00")),
        new HandOff(Discovery, Studio.At("2026-03-10T17:30")),
        new AcceptStage(Discovery, client.At("2026-03-11T09:30")),
        new StartStage(Content, client.At("2026-03-11T09:35")),
        new HandOff(Content, client.At("2026-03-18T15:00")),
    ];

    /// <summary>Late with the content: it was due on 17 March and has not come.</summary>
    private static List<EngagementCommand> BirchDental(Client client) =>
    [
        .. Signed(client, Studio.At("2026-02-24T10:00"), new LocalDate(2026, 3, 2)),
        new StartStage(Discovery, Studio.At("2026-03-02T09:00")),
        new HandOff(Discovery, Studio.At("2026-03-03T17:30")),
        new AcceptStage(Discovery, client.At("2026-03-04T10:00")),
        new StartStage(Content, client.At("2026-03-04T10:05")),
    ];

    /// <summary>The work is on time, but the design's invoice, due on 9 March, is not paid.</summary>
    private static List<EngagementCommand> CobaltCycles(Client client) =>
    [
        .. Signed(client, Studio.At("2026-01-26T10:00"), new LocalDate(2026, 2, 2)),
        new StartStage(Discovery, Studio.At("2026-02-02T09:00")),
        new HandOff(Discovery, Studio.At("2026-02-03T17:30")),
        new AcceptStage(Discovery, client.At("2026-02-04T10:00")),
        new StartStage(Content, client.At("2026-02-04T10:05")),
        new HandOff(Content, client.At("2026-02-13T16:00")),
        new AcceptStage(Content, Studio.At("2026-02-16T09:30")),
        new StartStage(Design, Studio.At("2026-02-16T09:35")),
        new HandOff(Design, Studio.At("2026-02-27T17:00")),
        new AcceptStage(Design, client.At("2026-03-02T11:00")),
        new StartStage(Feedback, client.At("2026-03-02T11:05")),
        new HandOff(Feedback, client.At("2026-03-06T15:00")),
        new AcceptStage(Feedback, Studio.At("2026-03-09T09:30")),
        new StartStage(Build, Studio.At("2026-03-09T09:35")),
    ];

    /// <summary>
    /// The design went to the client on Wednesday 11 March and it has not answered: its five business days to accept it
    /// or ask for a revision (12 to 18 March) ran out, so the design counts as accepted and its payment falls due.
    /// </summary>
    private static List<EngagementCommand> DuneBakery(Client client) =>
    [
        .. Signed(client, Studio.At("2026-02-09T10:00"), new LocalDate(2026, 2, 16)),
        new StartStage(Discovery, Studio.At("2026-02-16T09:00")),
        new HandOff(Discovery, Studio.At("2026-02-17T17:30")),
        new AcceptStage(Discovery, client.At("2026-02-18T10:00")),
        new StartStage(Content, client.At("2026-02-18T10:05")),
        new HandOff(Content, client.At("2026-02-27T16:00")),
        new AcceptStage(Content, Studio.At("2026-03-02T09:30")),
        new StartStage(Design, Studio.At("2026-03-02T09:35")),
        new HandOff(Design, Studio.At("2026-03-11T17:00")),
    ];

    /// <summary>Proposed, signed the next day, the deposit in the day after, and dated from <paramref name="start"/>.</summary>
    private static EngagementCommand[] Signed(Client client, Instant proposed, LocalDate start)
    {
        var agreement = AgreementWith(client);
        var day = Duration.FromDays(1);
        return
        [
            new Propose(agreement, proposed),
            new Sign(proposed + day),
            new ReceiveDeposit(agreement.PaymentTerms!.DepositAmount, proposed + (2 * day)),
            new Schedule(start, proposed + (2 * day) + Duration.FromMinutes(5)),
        ];
    }
}
