using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>The consequence policies of the scenarios: the default set the docs show, for both sides.</summary>
internal static class Policies
{
    public static readonly Money RestartFee = new(250m, "EUR");

    /// <summary>Reminder 2 days before, firm reminder on the day, escalation at +5, pause at +15, restart lead time and fee on return.</summary>
    public static ConsequenceLadder ClientStages(int grace = 0) =>
        new(grace, new[]
        {
            ConsequenceRule.Reminder(-2),
            ConsequenceRule.FirmReminder(0),
            ConsequenceRule.Escalation(5, "owner"),
            ConsequenceRule.Pause(15),
            ConsequenceRule.RestartLeadTime(15),
            ConsequenceRule.RestartFee(15, RestartFee),
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

    public static ConsequencePolicy Client(ConsequenceCaps? caps = null) => new(ClientStages(), ClientPayments(), caps);

    public static ConsequencePolicy Provider(ConsequenceCaps? caps = null) => new(ProviderStages(), caps: caps);

    /// <summary>The website agreement in Madrid, the design priced at 1,500 EUR, both policies and a provider restart lead time of 5.</summary>
    public static AgreementBuilder Website(ConsequencePolicy? client = null, ConsequencePolicy? provider = null) =>
        new AgreementBuilder(new AgreementId("acme-website"), "Website redesign for Acme Bakery")
            .WithProvider("Pixel & Pine Studio", Calendars.Madrid())
            .WithClient("Acme Bakery", Calendars.Madrid())
            .AddStage("discovery", "Discovery call", PartyRole.Provider, 2, s => s.HandsOver("A written brief and a sitemap").Priced(new Money(500m, "EUR")))
            .AddStage("content", "Client sends content", PartyRole.Client, 5, s => s.HandsOver("Final copy for every page"))
            .AddStage("design", "Design draft", PartyRole.Provider, 5, s => s.HandsOver("A clickable prototype").Priced(new Money(1500m, "EUR")))
            .AddStage("feedback", "Client feedback", PartyRole.Client, 3)
            .AddStage("build", "Build and launch", PartyRole.Provider, 10, s => s.Priced(new Money(3000m, "EUR")))
            .WithPaymentTerms(Agreements.StandardPayment())
            .WithRestartLeadTime(PartyRole.Provider, 5)
            .WithConsequencePolicy(PartyRole.Client, client ?? Client())
            .WithConsequencePolicy(PartyRole.Provider, provider ?? Provider());

    /// <summary>
    /// What the app does each time it looks: assess, then record every reminder as sent and apply
    /// every consequence, and record every deemed acceptance, as commands at the same instant. Returns the assessment it acted on.
    /// </summary>
    public static Assessment ActOnEverythingDue(this EngagementDriver engagement, Instant now)
    {
        var assessment = Assessor.Assess(engagement.State, now);
        // Deemed acceptances first: they date from a window's close, before anything due now.
        foreach (var deemed in assessment.DeemedAcceptances)
        {
            engagement.Do(new EngagementCommand.RecordDeemedAcceptance(deemed.Stage, now));
        }

        foreach (var reminder in assessment.Reminders)
        {
            engagement.Do(new EngagementCommand.RecordReminderSent(reminder.Obligation, reminder.Rule, now));
        }

        foreach (var consequence in assessment.Consequences)
        {
            engagement.Do(new EngagementCommand.ApplyConsequence(consequence.Obligation, consequence.Rule, now));
        }

        Assessor.Assess(engagement.State, now).HasAnythingDue.Should().BeFalse("everything due was just recorded");
        return assessment;
    }

    /// <summary>Acts on everything due at 09:30 Madrid time on every day from <paramref name="first"/> through <paramref name="last"/>: the nightly job, run in the morning.</summary>
    public static EngagementDriver EveryMorning(this EngagementDriver engagement, LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            var morning = day.At(new LocalTime(9, 30)).InZoneStrictly(Dates.Zone("Europe/Madrid")).ToInstant();
            if (engagement.State.LastEventAt is { } lastEvent && morning < lastEvent)
            {
                continue;
            }

            engagement.ActOnEverythingDue(morning);
        }

        return engagement;
    }
}
