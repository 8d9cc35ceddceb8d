using System.Globalization;

namespace ClientBoundaries.Primitives;

/// <summary>How the values' <c>ToString()</c> write quantities for logs and debuggers: "2.5 hours", "1 business day".</summary>
/// <remarks>The words a person reads are written in <c>Documents/</c>; this is text for programmers only.</remarks>
internal static class LogText
{
    /// <summary>A quantity without trailing zeros: 2.50 is "2.5", 3.0 is "3".</summary>
    internal static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
