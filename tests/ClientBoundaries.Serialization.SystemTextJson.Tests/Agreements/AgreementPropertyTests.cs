using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Agreements;
using ClientBoundaries.Testing;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>Every valid agreement, whatever it holds, reads back equal and fits the schema.</summary>
public class AgreementPropertyTests
{
    private static readonly SchemaCheck Schema = new(JsonDocument.Parse(AgreementTemplate.JsonSchema).RootElement);

    /// <summary>Every case names the seed of its agreement (<see cref="RandomAgreements.Make"/>) when it fails.</summary>
    [Fact]
    public void Every_valid_agreement_reads_back_equal_writes_the_same_json_and_fits_the_schema()
    {
        PropertyCheck.Holds(Gen.Choose(0, int.MaxValue).ToArbitrary(), RoundTrips);
    }

    [Fact]
    public void An_agreement_of_any_version_reads_back_with_its_history()
    {
        var histories = Gen.Choose(0, int.MaxValue).Select(s => (Seed: s, Amendments: s % 4)).ToArbitrary();

        PropertyCheck.Holds(histories, c =>
        {
            var agreement = RandomAgreements.Make(c.Seed);
            var json = JsonNode.Parse(JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement))!;
            var history = new JsonArray();
            for (var i = 0; i < c.Amendments; i++)
            {
                var stage = agreement.Stages[i % agreement.Stages.Count].Key.Value;
                var deliverable = agreement.Scope.Deliverables.Count > 0 ? agreement.Scope.Deliverables[i % agreement.Scope.Deliverables.Count].Key.Value : null;
                history.Add(JsonNode.Parse($$"""
                    { "version": {{i + 2}}, "changeOrder": "change-{{i}}", "description": "Change {{i}}", "price": { "amount": {{i * 100}}.50, "currency": "EUR" },
                      "scheduleImpactBusinessDays": {{i}}, "extendedStage": "{{stage}}", {{(deliverable is null ? "" : $"\"deliverable\": \"{deliverable}\",")}}
                      "addedUnits": {{(deliverable is null ? 0 : i)}}, "addedRevisionRounds": 0, "addedBudgetedHours": {{i}}.25, "at": "2026-03-0{{i + 1}}T10:00:00.5Z" }
                    """));
            }

            json["version"] = c.Amendments + 1;
            json["amendments"] = history;

            var read = AgreementTemplate.Load(json.ToJsonString());
            var again = AgreementTemplate.Load(JsonSerializer.Serialize(read, ClientBoundariesJsonContext.Default.Agreement));
            return again.Equals(read) && read.Version == c.Amendments + 1 && read.Amendments.Count == c.Amendments
                && read.Amendments.Select(a => a.Version).SequenceEqual(Enumerable.Range(2, c.Amendments));
        }, cases: 50);
    }

    private static bool RoundTrips(int agreementSeed)
    {
        Agreement agreement;
        try
        {
            agreement = RandomAgreements.Make(agreementSeed);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"RandomAgreements.Make({agreementSeed}) made no valid agreement: {e.Message}", e);
        }

        var json = JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement);
        var problems = AgreementTemplate.Validate(json);
        problems.Should().BeEmpty("agreement {0} should read back; its JSON was {1}", agreementSeed, json);
        var read = AgreementTemplate.Load(json);
        read.Should().Be(agreement, "agreement {0} should read back equal; its JSON was {1}", agreementSeed, json);
        JsonSerializer.Serialize(read, ClientBoundariesJsonContext.Default.Agreement).Should().Be(json, "agreement {0} should write the same JSON again", agreementSeed);
        using var document = JsonDocument.Parse(json);
        Schema.Check(document.RootElement).Errors.Should().BeEmpty("agreement {0} should fit the schema", agreementSeed);
        return true;
    }
}
