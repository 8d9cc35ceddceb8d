using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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

    /// <summary>
    /// <see cref="CheckArgument(bool, string, string)"/> with an interpolated message, which is only put together when the
    /// check fails: checks sit on hot paths (every sum of money, every key), and formatting a message that is never read
    /// cost more than the work it guarded.
    /// </summary>
    internal static void CheckArgument(bool expression, string paramName, [InterpolatedStringHandlerArgument("expression")] ref FailureMessage message)
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToString(), paramName);
        }
    }

    /// <summary>
    /// Checks a whole number against its range. The message says the value once; <paramref name="subjectMessage"/>, when
    /// given, names what the value belongs to and opens the message ("Stage 'content'"), so an error about one of many
    /// says which one.
    /// </summary>
    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive, string? subjectMessage = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw OutOfRange(
                paramName,
                (subjectMessage is null ? "Must" : subjectMessage + ": must")
                + string.Format(CultureInfo.InvariantCulture, " be between {0} and {1} inclusive, was {2}.", minInclusive, maxInclusive, value));
        }
    }

    /// <summary>
    /// The exception for an argument out of its range, whose message states the rule and the value once. It leaves
    /// <see cref="ArgumentOutOfRangeException.ActualValue"/> unset on purpose: set, .NET appends "Actual value was ..."
    /// to a message that already says it.
    /// </summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, string message) => new(paramName, message);

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
            throw new BeyondSupportedDatesException(paramName, $"A due date must be in years 1 to 9998, was {date:uuuu-MM-dd}.");
        }

        return date;
    }

    /// <summary>Hours logged in one entry: more than 0 and at most 24.</summary>
    internal static decimal CheckLoggedHours(decimal hours, string paramName)
    {
        if (hours is <= 0m or > 24m)
        {
            throw OutOfRange(paramName, $"Logged hours must be more than 0 and at most 24, was {hours}.");
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

    /// <summary>
    /// The message of a failed check, built only when the check fails: the compiler hands the check's outcome to the
    /// constructor, which tells it to skip every part of the message when the check passed. Formats as an interpolated
    /// string does (each value's <see cref="IFormattable.ToString(string, IFormatProvider)"/> with the current culture).
    /// </summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage
    {
        private readonly StringBuilder? _builder;

        /// <summary>Starts a message, only when <paramref name="expression"/> is false.</summary>
        public FailureMessage(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
        {
            shouldAppend = !expression;
            _builder = shouldAppend ? new StringBuilder(literalLength + (formattedCount * 16)) : null;
        }

        /// <summary>Appends literal text.</summary>
        public void AppendLiteral(string value) => _builder!.Append(value);

        /// <summary>Appends a value.</summary>
        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        /// <summary>Appends a value in a format.</summary>
        public void AppendFormatted<T>(T value, string? format) =>
            _builder!.Append(value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString());

        /// <summary>The message; empty when the check passed.</summary>
        public override string ToString() => _builder?.ToString() ?? string.Empty;
    }
}
