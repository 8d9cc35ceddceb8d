using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ClientBoundaries.Engagements;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// The fuzz's table of loaders (<see cref="Loaders"/>) misses no way into the package that reads JSON: every public
/// method that takes JSON, every type the context serializes, and every type the options' converters convert. A
/// loader added later fails here until it is in the table, and so in the fuzz.
/// </summary>
public class HostileLoaderTableTests
{
    /// <summary>The forms JSON can be handed over in; a public static method taking one of them reads JSON.</summary>
    private static readonly Type[] JsonInputs =
    {
        typeof(string), typeof(ReadOnlyMemory<byte>), typeof(ReadOnlySpan<byte>), typeof(byte[]), typeof(Stream), typeof(TextReader),
        typeof(IEnumerable<string>), typeof(JsonElement), typeof(JsonDocument), typeof(JsonNode), typeof(Utf8JsonReader),
    };

    /// <summary>How the table names a parameter: what the fuzz feeds it.</summary>
    private static string Form(Type type) =>
        type == typeof(string) ? "string"
        : type == typeof(ReadOnlyMemory<byte>) ? "bytes"
        : type == typeof(IEnumerable<string>) ? "rows"
        : Loaders.TypeName(type);

    private static string EntryPoint(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => Form(p.ParameterType)))})";

    private static IEnumerable<Type> TypesRead(string prefix) =>
        Loaders.All.Where(l => l.Kind == LoaderKind.Serializer && l.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l.ValueType);

    [Fact]
    public void The_table_calls_every_public_method_of_the_package_that_reads_json()
    {
        var readers = typeof(AgreementTemplate).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetParameters().Any(p => JsonInputs.Contains(p.ParameterType.IsByRef ? p.ParameterType.GetElementType() : p.ParameterType)))
            .Select(EntryPoint)
            .ToList();

        readers.Should().Contain("AgreementTemplate.Load(bytes)", "the search must find the readers it is there to find");
        Loaders.All.Where(l => l.Kind != LoaderKind.Serializer).Select(l => l.Name).Should().BeEquivalentTo(readers);
    }

    [Fact]
    public void The_table_reads_every_type_the_context_has_through_the_context_and_through_the_options()
    {
        var listed = typeof(ClientBoundariesJsonContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToList();

        listed.Should().Contain(typeof(IReadOnlyList<EngagementEvent>), "the properties must be found to be compared");
        TypesRead("context: ").Should().BeEquivalentTo(listed);
        TypesRead("options: ").Should().BeEquivalentTo(listed);
    }

    [Fact]
    public void The_table_reads_every_type_a_converter_of_the_options_converts()
    {
        var converted = new JsonSerializerOptions().ConfigureForClientBoundaries().Converters.Select(c => c.Type!).ToList();

        converted.Should().NotBeEmpty();
        TypesRead("options: ").Should().Contain(converted);
    }

    [Fact]
    public void Every_loader_has_a_name_of_its_own_short_enough_to_show_whole_in_a_test_name()
    {
        Loaders.All.Select(l => l.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length <= 50);
    }
}
