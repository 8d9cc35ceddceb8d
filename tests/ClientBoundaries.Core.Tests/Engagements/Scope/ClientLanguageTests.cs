using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static ClientBoundaries.Engagements.EngagementCommand;
using static ClientBoundaries.Tests.TestSupport.Dates;
using static ClientBoundaries.Tests.TestSupport.EngagementDriver;
using static ClientBoundaries.Tests.TestSupport.Scopes;

namespace ClientBoundaries.Tests.Engagements.Scope;

/// <summary>
/// The website of the scope scenario for a client that reads Spanish: what the engagement tells the client about scope,
/// and what it records for the client, is in Spanish; any other language is a call away.
/// </summary>
public class ClientLanguageTests
{
    private static readonly StageKey Discovery = new("discovery");
    private static readonly StageKey Content = new("content");
    private static readonly StageKey Design = new("design");

    [Fact]
    public void A_Spanish_clients_request_is_answered_in_Spanish_and_in_English_on_request()
    {
        var engagement = SpanishDesignUnderWay();

        var heroPhoto = engagement.Request(Ask("hero-photo", "Cambiar la foto de portada", 1m, Madrid("2026-03-12T10:00")));

        heroPhoto.Message.Should().Be(
            "Con mucho gusto haremos «Cambiar la foto de portada» sin coste, como cortesía: requiere aproximadamente 1 hora, "
            + "y después quedan 2 horas del margen de 3 horas de cortesía.");
        heroPhoto.MessageIn(Language.English).Should().Be(
            "Happy to do \"Cambiar la foto de portada\" at no charge, as goodwill: it takes about 1 hour, and 2 of the 3 hours of goodwill are left after it.");
        heroPhoto.MessageIn(Language.Spanish).Should().Be(heroPhoto.Message);
    }

    [Fact]
    public void The_notice_that_charging_starts_reaches_a_Spanish_client_in_Spanish()
    {
        var engagement = SpanishDesignUnderWay();
        engagement.Request(Ask("hero-photo", "Cambiar la foto de portada", 1m, Madrid("2026-03-12T10:00")));
        engagement.Request(Ask("newsletter", "Añadir un formulario de suscripción", 1m, Madrid("2026-03-12T11:00")));
        engagement.Request(Ask("buttons", "Cambiar el color de los botones", 1m, Madrid("2026-03-13T10:00")));

        var favicon = engagement.Request(Ask("favicon", "Añadir un favicon", 0.5m, Madrid("2026-03-13T12:00")))
            .Should().BeOfType<ScopeDecision.OutOfScope>().Subject;

        // 3 hours of goodwill given over 3 requests, none left; 90 EUR an hour, at least 150 EUR a change order.
        favicon.ChargingStartsNotice.Should().Be(
            "Una aclaración sobre los cargos: hasta ahora, los pequeños extras han corrido de nuestra cuenta (3 horas de cortesía repartidas en 3 peticiones), "
            + "porque nuestro acuerdo reserva 3 horas para ellos. Esas horas ya se han agotado, así que a partir de esta petición los extras se presupuestan "
            + "según la tarifa: 90,00 EUR la hora, con un mínimo de 150,00 EUR por orden de cambio.");
        favicon.ChargingStartsNoticeIn(Language.English).Should().StartWith("A word on charging: small extras have been on us so far (3 hours of goodwill over 3 requests)");
        favicon.Message.Should().StartWith("«Añadir un favicon» queda fuera de lo que acordamos");
    }

    [Fact]
    public void A_decision_without_a_notice_has_none_in_any_language()
    {
        var decision = SpanishDesignUnderWay().Request(Ask("blog", "Añadir un blog", 12m, Madrid("2026-03-12T10:00")))
            .Should().BeOfType<ScopeDecision.OutOfScope>().Subject;

        decision.ChargingStartsNotice.Should().BeNull();
        decision.ChargingStartsNoticeIn(Language.Malay).Should().BeNull();
    }

    [Fact]
    public void One_more_revision_round_is_asked_for_and_amends_the_agreement_in_the_clients_words()
    {
        var terms = new ChangeOrderTerms(revisionOverflow: RevisionOverflow.RecordAsChangeRequest, hoursPerExtraRevisionRound: 3m);
        var engagement = SpanishDesignUnderWay(terms)
            .Do(new SubmitWork(Design, "Primer borrador", Madrid("2026-03-12T16:00")))
            .Do(new RequestRevision(Design, "Colores más cálidos", Madrid("2026-03-13T10:00")))
            .Do(new RequestRevision(Design, "Titulares más grandes", Madrid("2026-03-13T16:00")))
            .Do(new RequestRevision(Design, "Otra tipografía", Madrid("2026-03-16T10:00")));

        var round = engagement.State.Scope.Decisions[engagement.State.Scope.Decisions.Count - 1];
        round.Request.Description.Should().Be("Una ronda de revisión más de «Design draft»: Otra tipografía");

        engagement
            .Do(new ProposeChangeOrder(new ChangeRequestId("design-round-3"), Madrid("2026-03-16T12:00")))
            .Do(new AcceptChangeOrder(new ChangeRequestId("design-round-3"), Madrid("2026-03-16T14:00")));

        // 3 hours at 90 EUR; 3 hours at 6 a business day round up to one day.
        engagement.State.Agreement!.Amendments.Single().Description.Should().Be(
            "Orden de cambio de «Una ronda de revisión más de «Design draft»: Otra tipografía»: 270,00 EUR; 1 día hábil más para la etapa «Design draft»; "
            + "una ronda de revisión más para Page designs.");
    }

    [Fact]
    public void The_client_is_told_in_Spanish_to_accept_the_final_delivery()
    {
        var feedback = new StageKey("feedback");
        var build = new StageKey("build");
        var engagement = SpanishDesignUnderWay()
            .Do(new HandOff(Design, Madrid("2026-03-17T17:00")))
            .Do(new StartStage(feedback, Madrid("2026-03-18T09:00")))
            .Do(new HandOff(feedback, Madrid("2026-03-20T17:00")))
            .Do(new StartStage(build, Madrid("2026-03-23T09:00")));
        engagement.State.Ball!.Expectation.Should().Be("Build and launch: The live site", "the provider, which reads English, holds the build");

        engagement.Do(new HandOff(build, Madrid("2026-04-06T17:00")));

        engagement.State.Ball!.Party.Should().Be(PartyRole.Client);
        engagement.State.Ball.Expectation.Should().Be("Aceptar la entrega final (Build and launch: The live site)");
    }

    /// <summary>The scope scenario's website for a client that reads Spanish, design under way from 11 March.</summary>
    private static EngagementDriver SpanishDesignUnderWay(ChangeOrderTerms? terms = null) =>
        ScheduledWebsite(Website(terms)
                .WithPreferences(PartyRole.Client, new CommunicationPreferences(Channel.Email, MessageLength.Short, language: Language.Spanish))
                .Build())
            .Do(new StartStage(Discovery, Madrid("2026-03-02T09:00")))
            .Do(new HandOff(Discovery, Madrid("2026-03-03T17:00")))
            .Do(new StartStage(Content, Madrid("2026-03-04T09:00")))
            .Do(new HandOff(Content, Madrid("2026-03-10T17:00")))
            .Do(new StartStage(Design, Madrid("2026-03-11T09:00")));
}
