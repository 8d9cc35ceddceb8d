using System;
using System.Collections.Generic;
using ClientBoundaries.Testing;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>The one way the test projects run a property: the same cases every run, and a failure that says how to replay it.</summary>
public class PropertyCheckTests
{
    [Fact]
    public void A_law_checks_the_same_cases_every_run()
    {
        List<int> Cases()
        {
            var seen = new List<int>();
            PropertyCheck.Holds(Gen.Choose(0, 1_000_000).ToArbitrary(), n => { seen.Add(n); return true; }, cases: 50, name: "Same_cases");
            return seen;
        }

        var first = Cases();

        first.Should().HaveCount(PropertyCheck.CasesFor(50), "a fifth of the fifty cases by default, fifty times CB_PROPERTY_SCALE when it is set");
        Cases().Should().Equal(first);
    }

    [Fact]
    public void Two_laws_start_from_different_seeds_when_none_is_given()
    {
        PropertyCheck.DefaultSeedOf("A_law").Should().NotBe(PropertyCheck.DefaultSeedOf("Another_law"));
        PropertyCheck.DefaultSeedOf("a").Should().Be(0xaf63dc4c8601ec8cUL, "the seed is FNV-1a of the name (this is its published test vector for \"a\"), the same in every process");
    }

    [Fact]
    public void A_failing_law_names_itself_its_seed_and_the_command_that_replays_it()
    {
        var seed = PropertyCheck.SeedOf("Numbers_are_small");
        var count = PropertyCheck.CasesFor(100);
        var scale = PropertyCheck.ScalePrefix();

        var failing = () => PropertyCheck.Holds(Gen.Choose(0, 1000).ToArbitrary(), n => n < 10, cases: 100, name: "Numbers_are_small");

        failing.Should().Throw<PropertyFailedException>()
            .Which.Message.Should().StartWith($"The law 'Numbers_are_small' does not hold (seed {seed}, {count} cases).")
            .And.Contain($"Replay it with: {scale}CB_PROPERTY_SEED={seed} dotnet test --filter \"FullyQualifiedName~Numbers_are_small\"")
            .And.Contain("Falsifiable", "FsCheck's own report, with the smallest case it shrank to, follows");
    }

    [Fact]
    public void By_default_a_law_checks_a_fifth_of_its_cases_and_never_none()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PropertyCheck.ScaleVariable)))
        {
            // A run with CB_PROPERTY_SCALE set checks what it asked for; the default is not what this run uses.
            PropertyCheck.CasesFor(100).Should().BeGreaterThan(0);
            return;
        }

        PropertyCheck.CasesFor(1000).Should().Be(200);
        PropertyCheck.CasesFor(300).Should().Be(60);
        PropertyCheck.CasesFor(12).Should().Be(3, "2.4 cases round up");
        PropertyCheck.CasesFor(1).Should().Be(1);
        PropertyCheck.ScalePrefix().Should().BeEmpty("a default run is replayed without CB_PROPERTY_SCALE");
    }
}
