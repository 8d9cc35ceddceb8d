using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>The templates in <c>samples/templates</c> load, fit the schema, and say what they are meant to.</summary>
public class SampleTemplateTests
{
    public static IEnumerable<object[]> Samples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.json").Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void There_are_at_least_two_samples()
    {
        Samples().Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_loads_and_fits_the_schema(string file)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", file));

        AgreementTemplate.Validate(json).Should().BeEmpty();
        var agreement = AgreementTemplate.Load(json);
        agreement.Version.Should().Be(1);
        using var document = JsonDocument.Parse(json);
        var checker = new SchemaCheck(JsonDocument.Parse(AgreementTemplate.JsonSchema).RootElement);
        checker.Check(document.RootElement).Errors.Should().BeEmpty();
        AgreementRoundTripTests.AssertRoundTrips(agreement);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_names_its_schema_by_the_published_address_the_schema_gives_as_its_id(string file)
    {
        using var schema = JsonDocument.Parse(AgreementTemplate.JsonSchema);
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", file)));

        // The project site publishes the schema there (docs/docfx.json copies it), so an editor finds it from any folder.
        schema.RootElement.GetProperty("$id").GetString().Should().Be("https://clientboundaries.github.io/ClientBoundaries.Core/schemas/agreement-template.schema.json");
        template.RootElement.GetProperty("$schema").GetString().Should().Be(schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void The_studio_website_sample_is_the_agreement_of_the_studio_story()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "studio-website.json"));

        AgreementTemplate.Load(json).Should().Be(AgreementStories.StudioWebsite());
    }

    [Fact]
    public void The_bookkeeping_sample_reads_as_its_provider_wrote_it()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "bookkeeping-jakarta.json"));

        var agreement = AgreementTemplate.Load(json);

        agreement.Provider.Calendar.Zone.Id.Should().Be("Asia/Jakarta");
        agreement.Client.Calendar.Zone.Id.Should().Be("Asia/Singapore");
        agreement.Stages.Select(s => s.Key.Value).Should().Equal("receipts", "reconcile", "queries", "close");
        agreement.PaymentTerms!.DepositAmount.Should().Be(new ClientBoundaries.Primitives.Money(190m, "SGD"));
        agreement.CheckIns!.EveryBusinessDays.Should().Be(5);
        agreement.Scope.ChangeOrderTerms.HoursPerExtraRevisionRound.Should().Be(1.5m);
        agreement.Provider.Calendar.IsBusinessDay(new NodaTime.LocalDate(2026, 3, 23)).Should().BeFalse("the Idul Fitri cuti bersama is a closure");
    }
}
