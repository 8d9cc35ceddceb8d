using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests;

/// <summary>The name tables replace SmartEnum's reflection: each must list every value the enum has.</summary>
public class SmartEnumNamesTests
{
    private static readonly string[] DocumentOptions = { "DocumentFormat" };

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Names).GetFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_name_table_lists_every_value_of_its_enum_once(string table)
    {
        var field = typeof(Names).GetField(table)!;
        var enumType = field.FieldType.GetGenericArguments()[0];
        var listed = ((System.Collections.IEnumerable)field.FieldType.GetProperty("Values")!.GetValue(field.GetValue(null))!).Cast<object>().ToList();
        var all = ((System.Collections.IEnumerable)typeof(SmartEnum<,>).MakeGenericType(enumType, typeof(int)).GetProperty("List")!.GetValue(null)!).Cast<object>().ToList();

        listed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(all, $"{enumType.Name} has exactly these values");
    }

    [Fact]
    public void Every_smart_enum_the_core_declares_has_a_table_or_is_a_document_option()
    {
        var core = typeof(ClientBoundaries.Primitives.PartyRole).Assembly;
        var enums = core.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>))
            .Select(t => t.Name)
            .ToHashSet();
        var tabled = typeof(Names).GetFields().Select(f => f.FieldType.GetGenericArguments()[0].Name).ToHashSet();

        // DocumentFormat chooses how a document is written; it is never stored.
        enums.Except(tabled).Should().BeEquivalentTo(DocumentOptions);
    }
}
