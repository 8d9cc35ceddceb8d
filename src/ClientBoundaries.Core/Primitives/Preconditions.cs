using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ClientBoundaries.Primitives;

/// <summary>
/// The one place argument checks live. Every failure names the argument and, where it has one,
/// the value it was given, and states the rule that was broken.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Checks a piece of human text (a name, a task): not null, not blank; returns it trimmed.</summary>
    internal static string CheckText(string? argument, string paramName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var trimmed = argument.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Must not be empty or only white space.", paramName);
        }

        return trimmed;
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Format(CultureInfo.InvariantCulture, "Must be between {0} and {1} inclusive, was {2}.", minInclusive, maxInclusive, value));
        }
    }

    internal static void CheckIsoDate(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"Must be a date in the ISO calendar, was {date:uuuu-MM-dd} in the {date.Calendar.Id} calendar.",
                paramName);
        }
    }

    /// <summary>A due date: in the ISO calendar, years 1 to 9998 (so the end of its working day is still a date).</summary>
    internal static LocalDate CheckDueDate(LocalDate date, string paramName)
    {
        CheckIsoDate(date, paramName);
        if (date.Year is < 1 or > 9998)
        {
            throw new BeyondSupportedDatesException(paramName, date, $"A due date must be in years 1 to 9998, was {date:uuuu-MM-dd}.");
        }

        return date;
    }

    /// <summary>Hours logged in one entry: more than 0 and at most 24.</summary>
    internal static decimal CheckLoggedHours(decimal hours, string paramName)
    {
        if (hours is <= 0m or > 24m)
        {
            throw new ArgumentOutOfRangeException(paramName, hours, $"Logged hours must be more than 0 and at most 24, was {hours}.");
        }

        return hours;
    }

    internal static IReadOnlyList<T> CheckElementsNotNull<T>(IEnumerable<T?>? items, string paramName)
        where T : class
    {
        CheckNotNull(items, paramName);
        var list = new List<T>();
        var index = 0;
        foreach (var item in items!)
        {
            if (item is null)
            {
                throw new ArgumentException($"Must not contain null, but the item at index {index} was null.", paramName);
            }

            list.Add(item);
            index++;
        }

        return list;
    }
}
