using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// The agreement of the communication tests: the website, with the provider in Jakarta (09:00-17:00
/// WIB, Indonesian holidays of 2026) and the client in Madrid, hour-long meetings of at most 90
/// minutes, and a client that prefers detailed messages by chat.
/// </summary>
internal static class Talks
{
    public static readonly string[] KickOffAgenda = { "Goals", "Sitemap", "Next steps" };

    public static readonly MeetingPolicy HourLong = new(Duration.FromMinutes(60), Duration.FromMinutes(90));

    public static AgreementBuilder JakartaAndMadrid() =>
        Agreements.Website(Calendars.JakartaOffice(), Calendars.Madrid())
            .WithPaymentTerms(Agreements.StandardPayment())
            .WithMeetingPolicy(HourLong)
            .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Chat, MessageLength.Detailed));

    /// <summary>The engagement scheduled from Monday 2 March 2026 under <paramref name="agreement"/> (by default <see cref="JakartaAndMadrid"/>).</summary>
    public static EngagementDriver Scheduled(Agreement? agreement = null) => EngagementDriver.ScheduledWebsite(agreement ?? JakartaAndMadrid().Build());
}
