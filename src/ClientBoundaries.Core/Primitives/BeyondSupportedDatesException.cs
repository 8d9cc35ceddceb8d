using System;

namespace ClientBoundaries.Primitives;

/// <summary>
/// A date the library cannot work with: before the year 1, after 9999, or a due date after 9998. Public members
/// document it as the <see cref="ArgumentOutOfRangeException"/> it is; the decider tells it apart from any other
/// argument error, so that only the end of the calendar, never a bug, becomes a refusal or an event that does not fit.
/// </summary>
internal sealed class BeyondSupportedDatesException : ArgumentOutOfRangeException
{
    /// <summary>Makes the exception; the message says the value once (see <see cref="Preconditions.OutOfRange"/>).</summary>
    public BeyondSupportedDatesException(string paramName, string message)
        : base(paramName, message)
    {
    }

    /// <summary>Whether an exception says a computation ran past the dates the library (or NodaTime, whose date and instant arithmetic overflows there) can hold.</summary>
    public static bool IsEndOfCalendar(Exception e) => e is BeyondSupportedDatesException or OverflowException;
}
