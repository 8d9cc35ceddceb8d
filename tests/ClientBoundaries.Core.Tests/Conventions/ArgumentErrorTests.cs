using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>Argument errors are made in one place, so each says its value once.</summary>
public class ArgumentErrorTests
{
// The source scan runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
    [Fact]
    public void Out_of_range_errors_are_made_only_by_the_preconditions_so_none_repeats_its_value()
    {
        // Given an actual value, .NET appends "Actual value was ..." to a message that already says it: only
        // Preconditions.OutOfRange makes the exception, with the value in its message alone.
        var folder = LibrarySources.LibraryFolder();
        var offenders = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path) != "Preconditions.cs")
            .Where(path => File.ReadAllText(path).Contains("new ArgumentOutOfRangeException(", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(folder, path))
            .ToList();

        offenders.Should().BeEmpty("Preconditions.OutOfRange (or CheckArgumentRange) makes every out-of-range error");
    }
#endif

    [Fact]
    public void A_range_error_says_the_rule_and_the_value_once()
    {
        var error = Record.Exception(() => ClientBoundaries.Consequences.ConsequenceRule.Reminder(-999));

        error.Should().BeOfType<ArgumentOutOfRangeException>().Which.ActualValue.Should().BeNull();
        error!.Message.Should().NotContain("Actual value");
        error.Message.Split("-999").Should().HaveCount(2, "the value is said once");
    }
}
