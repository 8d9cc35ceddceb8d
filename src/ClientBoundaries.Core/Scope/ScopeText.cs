using System.Globalization;

namespace ClientBoundaries.Scope;

/// <summary>How scope sentences write numbers: "1 hour", "2.5 hours", "1 business day".</summary>
internal static class ScopeText
{
    internal static string Hours(decimal hours) =>
        Number(hours) + (hours == 1m ? " hour" : " hours");

    internal static string BusinessDays(int days) =>
        days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " business day" : " business days");

    /// <summary>A decimal without trailing zeros: 2.50 -> "2.5", 3.0 -> "3".</summary>
    internal static string Number(decimal value) =>
        value.ToString("0.##########", CultureInfo.InvariantCulture);
}
