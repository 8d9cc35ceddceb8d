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
