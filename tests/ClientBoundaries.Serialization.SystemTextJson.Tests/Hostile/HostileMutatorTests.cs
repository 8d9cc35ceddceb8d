using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>The fuzz's inputs: seeds of every kind, damage done deterministically, and every kind of damage done in a run.</summary>
public class HostileMutatorTests
{
    /// <summary>The first cases of each loader in a default run: enough for every kind of damage, cheap to make (nothing is read).</summary>
    private const int CasesPerLoader = 60;

    private static readonly FuzzRun Default = new(FuzzRun.DefaultSeed, FuzzRun.DefaultDocumentsPerLoader);

    private static IEnumerable<string> Damage(DocumentForm form) =>
        Loaders.All.Where(l => l.Form == form).SelectMany(l => Enumerable.Range(0, CasesPerLoader).Select(i => Default.Case(l, i).Damage));

    [Fact]
    public void The_seeds_hold_every_event_command_and_scope_decision_type()
    {
        Seeds.Events().Select(e => e.GetType()).Distinct().Should().BeEquivalentTo(Hierarchy.CasesOf<EngagementEvent>());
        Seeds.Streams().SelectMany(s => s).Select(e => e.GetType()).Distinct().Should().HaveCountGreaterThan(Hierarchy.CasesOf<EngagementEvent>().Length / 2);
        Seeds.Commands().Select(c => c.GetType()).Distinct().Should().BeEquivalentTo(Hierarchy.CasesOf<EngagementCommand>());
        Seeds.ScopeDecisions().Select(d => d.GetType()).Distinct().Should().BeEquivalentTo(Hierarchy.CasesOf<ScopeDecision>());
    }

    [Fact]
    public void Every_seed_is_well_formed_for_the_mutator_to_map()
    {
        foreach (var loader in Loaders.All)
        {
            foreach (var seed in loader.Seeds)
            {
                foreach (var text in seed.Rows ?? new[] { seed.Text })
                {
                    DocumentMap.Of(text).Should().NotBeNull("{0} has a seed the mutator cannot map: {1}", loader.Name, text.Length > 200 ? text.Substring(0, 200) : text);
                }
            }
        }
    }

    [Fact]
    public void The_same_case_is_the_same_damage_to_the_same_document()
    {
        foreach (var loader in Loaders.All)
        {
            for (var i = 0; i < 10; i++)
            {
                var (seed, document, damage) = Default.Case(loader, i);
                var (again, documentAgain, damageAgain) = Default.Case(loader, i);

                (again, damageAgain).Should().Be((seed, damage));
                documentAgain.Utf8.Should().Equal(document.Utf8);
                documentAgain.Text.Should().Be(document.Text);
                (documentAgain.Rows ?? Array.Empty<string>()).Should().Equal(document.Rows ?? Array.Empty<string>());
            }
        }
    }

    [Fact]
    public void Another_seed_does_other_damage()
    {
        var loader = Loaders.Named("AgreementTemplate.Load(string)");
        var other = Default with { Seed = Default.Seed + 1 };

        Enumerable.Range(0, 20).Select(i => Default.Case(loader, i).Damage).Should().NotEqual(Enumerable.Range(0, 20).Select(i => other.Case(loader, i).Damage));
    }

    [Fact]
    public void A_run_does_every_kind_of_damage_to_text_and_to_bytes_and_damages_rows_every_way()
    {
        var text = Damage(DocumentForm.Text).ToList();
        var bytes = Damage(DocumentForm.Utf8).ToList();
        var rows = Damage(DocumentForm.Rows).ToList();

        foreach (var mutation in Mutator.TextMutations)
        {
            text.Should().Contain(d => d.Contains(mutation.Name + ": ", StringComparison.Ordinal), "text is damaged by \"{0}\" in a run", mutation.Name);
            bytes.Should().Contain(d => d.Contains(mutation.Name + ": ", StringComparison.Ordinal), "bytes are damaged by \"{0}\" in a run", mutation.Name);
        }

        foreach (var mutation in Mutator.ByteMutations)
        {
            bytes.Should().Contain(d => d.Contains(mutation.Name + ": ", StringComparison.Ordinal), "bytes are damaged by \"{0}\" in a run", mutation.Name);
        }

        foreach (var rowDamage in new[] { "no rows at all", " dropped", " stored twice", " swapped", "reverse order" })
        {
            rows.Should().Contain(d => d.Contains(rowDamage, StringComparison.Ordinal), "rows are damaged so: \"{0}\"", rowDamage);
        }

        rows.Should().Contain(d => d.StartsWith("row ", StringComparison.Ordinal) && d.Contains(": ", StringComparison.Ordinal), "single rows are damaged too");
    }
}
