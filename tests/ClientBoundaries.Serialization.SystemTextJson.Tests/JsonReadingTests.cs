using System;
using System.Linq;
using System.Text;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

/// <summary>The reading rules every document shares, shown on money, the smallest value with two properties.</summary>
public class JsonReadingTests
{
    private static Money ReadMoney(string json) => JsonDocumentReader.Read(json, "amount", MoneyJson.Read);

    private static string[] Problems(string json)
    {
        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => ReadMoney(json));
        return thrown.Problems.Select(p => p.ToString()).ToArray();
    }

    private static string[] Problems(byte[] utf8)
    {
        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonDocumentReader.Read(new ReadOnlyMemory<byte>(utf8), "amount", MoneyJson.Read));
        return thrown.Problems.Select(p => p.ToString()).ToArray();
    }

    /// <summary>The UTF-8 of <paramref name="before"/>, then <paramref name="bytes"/>, then the UTF-8 of <paramref name="after"/>.</summary>
    private static byte[] Utf8(string before, byte[] bytes, string after) =>
        Encoding.UTF8.GetBytes(before).Concat(bytes).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

    [Fact]
    public void Money_reads_its_amount_exactly_and_its_currency()
    {
        var money = ReadMoney("""{"amount": 1500.10, "currency": "EUR"}""");

        money.Should().Be(new Money(1500.10m, "EUR"));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_not_only_the_first()
    {
        Problems("""{"amount": "many", "currency": 3, "colour": "red"}""").Should().Equal(
            "$.amount: must be a decimal number within ±79228162514264337593543950335, was the string \"many\"",
            "$.currency: must be a string, was the number 3",
            "$.colour: is not a known property here (known: amount, currency)");
    }

    [Fact]
    public void A_missing_or_null_property_is_required()
    {
        Problems("""{"amount": null}""").Should().Equal("$.amount: is required", "$.currency: is required");
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        Problems("""{"amount": 1, "amount": 2, "currency": "EUR"}""").Should().Equal("$.amount: appears more than once; a property may be given only once");
    }

    [Fact]
    public void The_library_s_own_refusal_becomes_a_problem_at_the_value()
    {
        var problems = Problems("""{"amount": 1, "currency": "euro"}""");

        problems.Should().ContainSingle().Which.Should().StartWith("$: ").And.Contain("euro");
    }

    [Fact]
    public void Numbers_out_of_range_are_problems_not_overflows()
    {
        Problems("""{"amount": 1e400, "currency": "EUR"}""").Should().ContainSingle().Which.Should().StartWith("$.amount: must be a decimal number").And.EndWith("was the number 1e400");
    }

    [Fact]
    public void Malformed_json_names_the_line_and_position()
    {
        Problems("{\"amount\": 1,\n \"currency\": }").Should().ContainSingle().Which.Should().StartWith("$: is not valid JSON at line 2, position 14:");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_without_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Problems(deep).Should().ContainSingle().Which.Should().StartWith("$: is not valid JSON").And.Contain("64");
    }

    [Fact]
    public void A_property_name_that_is_not_an_identifier_is_quoted_in_the_path()
    {
        Problems("""{"amount": 1, "currency": "EUR", "it's": 1}""").Should().Equal("$['it\\'s']: is not a known property here (known: amount, currency)");
    }

    [Fact]
    public void A_string_that_escapes_a_lone_surrogate_is_a_problem_not_a_crash()
    {
        // Well-formed JSON that System.Text.Json parses, then refuses to decode: GetString threw InvalidOperationException.
        Problems("""{"amount": 1, "currency": "E\uD800R"}""").Should().Equal("""$.currency: must be Unicode text, was the string "E\uD800R" with a lone surrogate in it""");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_that_is_not_unicode_text_is_described_without_a_crash()
    {
        Problems("""{"amount": "\uDC00", "currency": "EUR"}""").Should().Equal(
            """$.amount: must be a decimal number within ±79228162514264337593543950335, was the string "\uDC00" with a lone surrogate in it""");
    }

    [Fact]
    public void A_string_whose_bytes_are_not_utf8_is_a_problem_not_a_crash()
    {
        Problems(Utf8("{\"amount\": 1, \"currency\": \"E", new byte[] { 0xFF }, "R\"}")).Should().Equal("$.currency: must be Unicode text, was a string whose bytes are not UTF-8");
    }

    [Fact]
    public void A_property_name_that_is_not_unicode_text_is_a_problem_at_its_object()
    {
        Problems("""{"amount": 1, "currency": "EUR", "\uD800": 2}""").Should().Equal(
            "$: has a property whose name is not Unicode text (its bytes are not UTF-8, or it has a lone surrogate in it)");
        Problems(Utf8("{\"amount\": 1, \"currency\": \"EUR\", \"a", new byte[] { 0xC0, 0xAF }, "\": 2}")).Should().Equal(
            "$: has a property whose name is not Unicode text (its bytes are not UTF-8, or it has a lone surrogate in it)");
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_itself_is_malformed_json_at_its_line_and_position()
    {
        // A .NET string can hold half a character, which the parser cannot transcode: it threw ArgumentException.
        Problems("{\"amount\": 1, \"currency\": \"E\uD800R\"}").Should().Equal(
            "$: is not valid JSON at line 1, position 29: U+D800 is a lone surrogate, half of a character without its other half.");

        // Positions count UTF-8 bytes, as the parser's own do: "é" is two.
        Problems("{\"amount\": 1,\n \"currency\": \"é\uDC00\"}").Should().Equal(
            "$: is not valid JSON at line 2, position 17: U+DC00 is a lone surrogate, half of a character without its other half.");
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("1e-29")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("7922816251426433759354395033.55")]
    public void A_number_a_decimal_cannot_hold_exactly_is_a_problem_not_rounded(string amount)
    {
        // TryGetDecimal rounded each of these (1e-400 to 0) and the amount was read as another one.
        Problems($$"""{"amount": {{amount}}, "currency": "EUR"}""").Should().Equal(
            $"$.amount: must be a decimal number that a .NET decimal holds exactly (28 to 29 significant digits, at most 28 after the point), was the number {amount}");
    }

    [Fact]
    public void A_number_with_hundreds_of_digits_is_refused_and_shown_shortened()
    {
        var tiny = "0." + new string('0', 300) + "1";

        Problems($$"""{"amount": {{tiny}}, "currency": "EUR"}""").Should().Equal(
            "$.amount: must be a decimal number that a .NET decimal holds exactly (28 to 29 significant digits, at most 28 after the point), was the number 0." + new string('0', 55) + "...");
    }

    [Theory]
    [InlineData("1500.10", "1500.10")]
    [InlineData("1.5e3", "1500")]
    [InlineData("-0", "0")]
    [InlineData("0e-99999999999", "0")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335E+28", "-79228162514264337593543950335")]
    public void A_number_a_decimal_holds_exactly_is_read_whatever_its_form(string amount, string read)
    {
        ReadMoney($$"""{"amount": {{amount}}, "currency": "EUR"}""").Amount.Should().Be(decimal.Parse(read, System.Globalization.CultureInfo.InvariantCulture));
    }
}
