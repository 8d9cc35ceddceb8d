using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

/// <summary>The two ways in: the source-generated context and the options extension give the same JSON.</summary>
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
}
