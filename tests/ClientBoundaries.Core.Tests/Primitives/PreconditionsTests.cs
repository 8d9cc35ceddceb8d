using System;
using System.Globalization;
using System.Threading;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class PreconditionsTests
{
    private sealed class Counted
    {
        public int Formatted { get; private set; }

        public override string ToString()
        {
            Formatted++;
            return "counted";
        }
    }

    [Fact]
    public void A_passing_check_never_formats_its_message()
    {
        var value = new Counted();

        Preconditions.CheckArgument(true, "value", $"Was {value}.");

        value.Formatted.Should().Be(0);
    }

    [Fact]
    public void A_failing_check_formats_its_message_as_an_interpolated_string_would()
    {
        var value = new Counted();
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var date = new LocalDate(2026, 3, 9);
            var act = () => Preconditions.CheckArgument(false, "date", $"Was {date:uuuu-MM-dd} ({value}), {12.5m} and {(string?)null}.");

            act.Should().Throw<ArgumentException>()
                .Where(e => e.ParamName == "date" && e.Message.StartsWith("Was 2026-03-09 (counted), 12.5 and .", StringComparison.Ordinal));
            value.Formatted.Should().Be(1);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
