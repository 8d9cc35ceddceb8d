using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

/// <summary>The two ways in: the context and the options extension give the same JSON.</summary>
public class EntryPointsTests
{
    [Fact]
    public void Tests_run_against_the_intended_build_of_the_package_and_the_core()
    {
        string FrameworkOf(System.Type type) => type.Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

#if LIBRARY_NETSTANDARD2_0
        const string Expected = ".NETStandard,Version=v2.0";
#else
        const string Expected = ".NETCoreApp,Version=v10.0";
#endif
        FrameworkOf(typeof(ClientBoundariesJsonContext)).Should().Be(Expected);
        FrameworkOf(typeof(Money)).Should().Be(Expected, "the package's build references the core's build of the same target");
    }

    [Fact]
    public void The_context_and_the_options_write_and_read_the_same_json()
    {
        var money = new Money(1500.50m, "EUR");
        var options = new JsonSerializerOptions().ConfigureForClientBoundaries();

        var viaContext = JsonSerializer.Serialize(money, ClientBoundariesJsonContext.Default.Money);
        var viaOptions = JsonSerializer.Serialize(money, options);

        viaContext.Should().Be("""{"amount":1500.50,"currency":"EUR"}""");
        viaOptions.Should().Be(viaContext);
        JsonSerializer.Deserialize(viaContext, ClientBoundariesJsonContext.Default.Money).Should().Be(money);
        JsonSerializer.Deserialize<Money>(viaOptions, options).Should().Be(money);
    }

    [Fact]
    public void A_bad_value_inside_a_serializer_call_throws_the_package_exception_which_is_a_JsonException()
    {
        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize("""{"amount":1}""", ClientBoundariesJsonContext.Default.Money));

        thrown.Should().BeAssignableTo<JsonException>();
        thrown.Path.Should().Be("$.currency");
        thrown.Message.Should().Be("The amount of money cannot be read: $.currency: is required");
    }

    [Fact]
    public void Malformed_json_inside_a_value_the_serializer_reads_is_the_package_exception_as_a_load_reports_it()
    {
        const string Cut = "{\"amount\":1,\"currency\":\"EUR}";
        var direct = Assert.Throws<ClientBoundariesJsonException>(() => JsonDocumentReader.Read(Cut, "amount of money", MoneyJson.Read));

        // The serializer's reader refused it inside the converter, which let the serializer's own JsonException through.
        var viaContext = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize(Cut, ClientBoundariesJsonContext.Default.Money));
        var viaOptions = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize<Money>(Cut, new JsonSerializerOptions().ConfigureForClientBoundaries()));

        direct.Problems.Should().ContainSingle().Which.ToString().Should().StartWith("$: is not valid JSON at line 1, position ").And.Contain("Expected end of string");
        viaContext.Problems.Should().Equal(direct.Problems);
        viaOptions.Problems.Should().Equal(direct.Problems);
        viaContext.Message.Should().Be(direct.Message);
    }

    [Fact]
    public void Nesting_too_deep_inside_a_value_the_serializer_reads_is_the_package_exception()
    {
        var deep = "{\"amount\":" + new string('[', 1_000) + new string(']', 1_000) + ",\"currency\":\"EUR\"}";

        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize(deep, ClientBoundariesJsonContext.Default.Money));

        // The serializer's depth limit is 64 by default, as the package's: the 64th "[" (the 65th level, after "{") is the 74th character.
        thrown.Problems.Select(p => p.ToString()).Should().ContainSingle().Which.Should().StartWith("$: is not valid JSON at line 1, position 74: ").And.Contain("depth of 64");
    }

    [Fact]
    public void The_context_resolves_the_values_it_lists_with_the_package_s_converters_and_no_other_type()
    {
        var context = ClientBoundariesJsonContext.Default;

        // The source generator published metadata for each of the 105 types inside these values too, public as
        // ClientBoundariesJsonContext.Default.Stage and so on, which read them with none of the package's checks.
        foreach (var inside in new[] { typeof(Stage), typeof(StageKey), typeof(WorkingWeek), typeof(PaymentTerms), typeof(NodaTime.Duration), typeof(string), typeof(EngagementEvent.HandedOff) })
        {
            context.GetTypeInfo(inside).Should().BeNull("{0} is not a value the context lists", inside.Name);
        }

        context.Agreement.Converter.Should().BeOfType<AgreementConverter>();
        context.GetTypeInfo(typeof(Money))!.Converter.Should().BeOfType<MoneyConverter>();
    }

    [Fact]
    public void The_context_as_the_resolver_of_other_options_still_reads_with_the_package_s_checks()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = ClientBoundariesJsonContext.Default };

        // Options without the package's converters made the generated context fall back to metadata that called
        // new Money(1, null): an ArgumentNullException, where the package names the missing currency.
        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":1}""", options));

        thrown.Message.Should().Be("The amount of money cannot be read: $.currency: is required");
        JsonSerializer.Deserialize<Money>("""{"amount":1,"currency":"EUR"}""", options).Should().Be(new Money(1m, "EUR"));
    }

    [Fact]
    public void A_converter_the_host_s_options_hold_for_one_of_the_context_s_values_is_used_instead_of_the_package_s()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = ClientBoundariesJsonContext.Default };
        options.Converters.Add(new MoneyAsText());
        options.Converters.Add(new ChangeOrdersAsCount());

        JsonSerializer.Serialize(new Money(12.5m, "EUR"), options).Should().Be("\"12.5 EUR\"");
        JsonSerializer.Deserialize<Money>("\"7 USD\"", options).Should().Be(new Money(7m, "USD"));
        JsonSerializer.Serialize<IReadOnlyList<ChangeOrder>>(Array.Empty<ChangeOrder>(), options).Should().Be("0");
    }

    [Fact]
    public void A_context_made_without_options_has_its_own_and_writes_as_the_default_one()
    {
        var money = new Money(3m, "SGD");

        JsonSerializer.Serialize(money, new ClientBoundariesJsonContext().Money).Should().Be(JsonSerializer.Serialize(money, ClientBoundariesJsonContext.Default.Money));
    }

    /// <summary>A host's own form of money, to show the context gives way to it.</summary>
    private sealed class MoneyAsText : System.Text.Json.Serialization.JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = reader.GetString()!.Split(' ');
            return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
        }

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + value.Currency);
    }

    /// <summary>A host's own form of a list of change orders: how many there are.</summary>
    private sealed class ChangeOrdersAsCount : System.Text.Json.Serialization.JsonConverter<IReadOnlyList<ChangeOrder>>
    {
        public override IReadOnlyList<ChangeOrder> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Array.Empty<ChangeOrder>();

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<ChangeOrder> value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Count);
    }
}
