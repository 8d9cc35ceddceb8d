using System;
using System.Collections.Generic;
using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A holiday rule, by its <c>kind</c> (the factory that makes it) and that kind's fields:
/// <c>{"kind": "Fixed", "name": "Christmas Day", "month": 12, "day": 25, "observance": "NearestWorkingDay"}</c>,
/// <c>NthWeekday</c> (month, occurrence 1-5, dayOfWeek), <c>LastWeekday</c> (month, dayOfWeek),
/// <c>EasterRelative</c> (offsetDays), <c>Once</c> (date). The observance is optional (<c>None</c>), and so are the
/// years a law gives the rule: <c>"firstYear": 2021</c>, <c>"lastYear": 1970</c> and <c>"exceptYears": [2022]</c> (the
/// years a decree moved it; a one-off date is a <c>Once</c> rule).
/// </summary>
internal static class HolidayRuleJson
{
    public const string Fixed = "Fixed";
    public const string NthWeekday = "NthWeekday";
    public const string LastWeekday = "LastWeekday";
    public const string EasterRelative = "EasterRelative";
    public const string Once = "Once";

    /// <summary>Every kind, in the order the problems list them.</summary>
    public static readonly string[] Kinds = { Fixed, NthWeekday, LastWeekday, EasterRelative, Once };

    public static void Write(Utf8JsonWriter writer, HolidayRule rule)
    {
        writer.WriteStartObject();
        switch (rule)
        {
            case HolidayRule.FixedDate fixedDate:
                writer.WriteString("kind", Fixed);
                writer.WriteString("name", rule.Name);
                writer.WriteNumber("month", fixedDate.Month);
                writer.WriteNumber("day", fixedDate.Day);
                break;
            case HolidayRule.WeekdayOfMonth { Occurrence: HolidayRule.WeekdayOfMonth.Last } last:
                writer.WriteString("kind", LastWeekday);
                writer.WriteString("name", rule.Name);
                writer.WriteNumber("month", last.Month);
                writer.WriteString("dayOfWeek", Weekdays.NameOf(last.DayOfWeek));
                break;
            case HolidayRule.WeekdayOfMonth nth:
                writer.WriteString("kind", NthWeekday);
                writer.WriteString("name", rule.Name);
                writer.WriteNumber("month", nth.Month);
                writer.WriteNumber("occurrence", nth.Occurrence);
                writer.WriteString("dayOfWeek", Weekdays.NameOf(nth.DayOfWeek));
                break;
            case HolidayRule.RelativeToEaster easter:
                writer.WriteString("kind", EasterRelative);
                writer.WriteString("name", rule.Name);
                writer.WriteNumber("offsetDays", easter.OffsetDays);
                break;
            case HolidayRule.SingleDate once:
                writer.WriteString("kind", Once);
                writer.WriteString("name", rule.Name);
                writer.Date("date", once.Date);
                break;
            default:
                throw new InvalidOperationException("A holiday rule of an unknown kind: " + rule.GetType().Name);
        }

        writer.WriteString("observance", rule.Observance.Name);
        if (rule.FirstYear is { } firstYear)
        {
            writer.WriteNumber("firstYear", firstYear);
        }

        if (rule.LastYear is { } lastYear)
        {
            writer.WriteNumber("lastYear", lastYear);
        }

        if (rule.ExceptYears.Count > 0)
        {
            writer.WriteStartArray("exceptYears");
            foreach (var year in rule.ExceptYears)
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static HolidayRule? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = o.Required("kind") is { } kindField ? ReadKind(kindField) : null;
        var name = o.Text("name");
        var rule = kind switch
        {
            Fixed => ReadFixed(field, o, name),
            NthWeekday => ReadNth(field, o, name),
            LastWeekday => ReadLast(field, o, name),
            EasterRelative => ReadEaster(field, o, name),
            Once => ReadOnce(field, o, name),
            _ => null,
        };
        var observance = o.Optional("observance") is { } observanceField ? Names.HolidayObservances.Read(observanceField) : HolidayObservance.None;
        // A one-off date has no years to limit: for it, the years are unknown properties.
        var recurs = kind != Once;
        var first = recurs ? o.OptionalInt32("firstYear", 1, 9999) : null;
        var last = recurs ? o.OptionalInt32("lastYear", 1, 9999) : null;
        var badYears = recurs && ((o.Has("firstYear") && first is null) || (o.Has("lastYear") && last is null));
        var except = recurs ? o.OptionalArray("exceptYears", year => year.AsInt32(1, 9999) is { } y ? (object)y : null, maxLength: 400) : System.Array.Empty<object>();
        o.End();
        if (rule is null || observance is null || badYears || except is null)
        {
            return null;
        }

        // Each year is in range already: only a last year before the first can be refused, and it is the last year's fault.
        return field.Construct(() => WithYears(rule.ObservedOn(observance), first, last, except), ("year", "lastYear"));
    }

    /// <summary>The rule limited to its years: from its first, through its last, without the years excepted.</summary>
    private static HolidayRule WithYears(HolidayRule rule, int? first, int? last, IReadOnlyList<object> except)
    {
        var limited = first is { } f ? rule.From(f) : rule;
        limited = last is { } l ? limited.Until(l) : limited;
        foreach (var year in except)
        {
            limited = limited.ExceptIn((int)year);
        }

        return limited;
    }

    private static string? ReadKind(JsonField field)
    {
        if (field.AsString(100) is not { } kind)
        {
            return null;
        }

        if (Array.IndexOf(Kinds, kind) < 0)
        {
            field.Problem($"must be one of {string.Join(", ", Kinds)}, was {JsonField.Quote(kind)}");
            return null;
        }

        return kind;
    }

    private static HolidayRule? ReadFixed(JsonField field, ObjectReader o, string? name)
    {
        var month = o.Int32("month", 1, 12);
        var day = o.Int32("day", 1, 31);
        return month is { } m && day is { } d && name is not null
            ? field.Construct(() => HolidayRule.Fixed(m, d, name), ("day", "day"))
            : null;
    }

    private static HolidayRule? ReadNth(JsonField field, ObjectReader o, string? name)
    {
        var month = o.Int32("month", 1, 12);
        var occurrence = o.Int32("occurrence", 1, 5);
        var dayOfWeek = o.Required("dayOfWeek") is { } dayField ? Weekdays.Read(dayField) : null;
        return month is { } m && occurrence is { } n && dayOfWeek is { } d && name is not null
            ? field.Construct(() => HolidayRule.NthWeekday(m, n, d, name))
            : null;
    }

    private static HolidayRule? ReadLast(JsonField field, ObjectReader o, string? name)
    {
        var month = o.Int32("month", 1, 12);
        var dayOfWeek = o.Required("dayOfWeek") is { } dayField ? Weekdays.Read(dayField) : null;
        return month is { } m && dayOfWeek is { } d && name is not null
            ? field.Construct(() => HolidayRule.LastWeekday(m, d, name))
            : null;
    }

    private static HolidayRule? ReadEaster(JsonField field, ObjectReader o, string? name)
    {
        var offset = o.Int32("offsetDays", -80, 250);
        return offset is { } days && name is not null
            ? field.Construct(() => HolidayRule.EasterRelative(days, name))
            : null;
    }

    private static HolidayRule? ReadOnce(JsonField field, ObjectReader o, string? name)
    {
        var date = o.Date("date");
        return date is { } d && name is not null
            ? field.Construct(() => HolidayRule.Once(d, name))
            : null;
    }
}
