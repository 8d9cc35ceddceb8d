using System.Collections.Generic;
using System.Text.Json;
using ClientBoundaries.Calendars;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A working week (or a party's contact windows) as one property per working day, each a list of time
/// ranges: <c>{"monday": [{"start": "09:00:00", "end": "17:00:00"}], ...}</c>. A day that is not listed,
/// or has no ranges, is not a working day.
/// </summary>
internal static class WorkingWeekJson
{
    /// <summary>More ranges than anyone works in a day; a guard against hostile input, not a rule.</summary>
    private const int MaxRangesPerDay = 48;

    public static void Write(Utf8JsonWriter writer, WorkingWeek week)
    {
        writer.WriteStartObject();
        foreach (var day in week.WorkingDays)
        {
            writer.WriteStartArray(Weekdays.PropertyOf(day));
            foreach (var range in week.HoursOn(day))
            {
                TimeOfDayRangeJson.Write(writer, range);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static WorkingWeek? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        // Each day is checked on its own (overlapping hours are named at the day), then the week is put together.
        var days = new List<(IsoDayOfWeek Day, TimeOfDayRange[] Hours)>();
        var complete = true;
        foreach (var day in Weekdays.All)
        {
            if (o.Optional(Weekdays.PropertyOf(day)) is not { } dayField)
            {
                continue;
            }

            var hours = dayField.AsArray(TimeOfDayRangeJson.Read, MaxRangesPerDay);
            if (hours is null)
            {
                complete = false;
            }
            else if (hours.Count > 0)
            {
                var ranges = new TimeOfDayRange[hours.Count];
                for (var i = 0; i < ranges.Length; i++)
                {
                    ranges[i] = hours[i];
                }

                complete &= dayField.Construct(() => WorkingWeek.Of(new[] { day }, ranges)) is not null;
                days.Add((day, ranges));
            }
        }

        o.End();
        if (!complete)
        {
            return null;
        }

        if (days.Count == 0)
        {
            field.Problem("must have at least one working day with hours (a property monday ... sunday holding a time range)");
            return null;
        }

        return field.Construct(() =>
        {
            var week = WorkingWeek.Of(new[] { days[0].Day }, days[0].Hours);
            for (var i = 1; i < days.Count; i++)
            {
                week = week.WithHours(days[i].Day, days[i].Hours);
            }

            return week;
        });
    }
}
