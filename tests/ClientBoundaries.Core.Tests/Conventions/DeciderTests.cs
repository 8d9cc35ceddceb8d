// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// The decider sits below the <c>Assessor</c>: the Assessor reads what the decider decided, and the rules of when
/// something falls due are a piece below both (issue 17, "One way down"). So no file of the decider uses the Assessor.
/// </summary>
public class DeciderTests
{
    private const string Decider = "ClientBoundaries.Engagements.EngagementDecider";
    private const string Assessor = "ClientBoundaries.Engagements.Assessor";

    [Fact]
    public void The_decider_does_not_reference_the_Assessor()
    {
        var sources = LibrarySources.Compiled();

        var uses = UsesOf(sources, Assessor, from: Decider);

        if (uses.Length > 0)
        {
            Assert.Fail(
                $"The decider ({Decider}) uses the Assessor ({Assessor}), which uses the decider's results: move what both need "
                + "(when something falls due, replanning) into a piece below both and call that instead. The uses:"
                + string.Concat(uses.Select(u => $"{Environment.NewLine}  {u}")));
        }
    }

    [Fact]
    public void Any_file_of_the_partial_decider_that_uses_the_Assessor_or_its_nested_types_is_reported()
    {
        var sources = LibrarySources.FromSnippets(
            ("Engagements/EngagementDecider.cs", """
                namespace ClientBoundaries.Engagements;

                /// <summary>Not <see cref="Assessor"/>.</summary>
                internal static partial class EngagementDecider
                {
                    public static int Decide() => nameof(Assessor).Length; // Assessor.Assess()
                }
                """),
            ("Engagements/EngagementDecider.Payments.cs", """
                namespace ClientBoundaries.Engagements;
                internal static partial class EngagementDecider
                {
                    public static int Pay() => Assessor.Assess() + new Assessor.Due().Days;
                }
                """),
            ("Engagements/Assessor.cs", """
                namespace ClientBoundaries.Engagements;
                internal static class Assessor
                {
                    public static int Assess() => EngagementDecider.Decide();
                    public sealed class Due { public int Days => 1; }
                }
                """));

        UsesOf(sources, Assessor, from: Decider).Should().Equal(
            "Engagements/EngagementDecider.Payments.cs:4: Assessor.Assess",
            "Engagements/EngagementDecider.Payments.cs:4: new Assessor.Due",
            "Engagements/EngagementDecider.Payments.cs:4: Assessor.Due",
            "Engagements/EngagementDecider.Payments.cs:4: Assessor.Due.Days");
    }

    private static string[] UsesOf(LibrarySources sources, string used, string from)
    {
        var user = sources.SourceType(from);
        var target = sources.SourceType(used);
        user.Should().NotBeNull($"{from} is the type this convention is about; if it was renamed or moved, say so here");
        target.Should().NotBeNull($"{used} is the type this convention is about; if it was renamed or moved, say so here");

        var files = sources.FilesDeclaring(user!).ToHashSet();
        return sources.Uses
            .Where(u => files.Contains(u.From) && IsOrIsInside(u.Type, target!))
            .Select(u => $"{u.From.Path}:{u.Line}: {u.Name}")
            .ToArray();
    }

    private static bool IsOrIsInside(INamedTypeSymbol type, INamedTypeSymbol container)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, container))
            {
                return true;
            }
        }

        return false;
    }
}
#endif
