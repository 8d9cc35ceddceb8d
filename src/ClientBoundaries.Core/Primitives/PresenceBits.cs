namespace ClientBoundaries.Primitives;

/// <summary>
/// One word of flags for a record copied or made often, which keeps its optional values bare (an <c>Instant?</c> takes
/// 24 bytes, an <c>Instant</c> 16) with one bit each for whether they are there, and its yes-or-no facts as bits too. An
/// absent value's field is kept at its default, so a record's generated equality compares what is there.
/// </summary>
internal static class PresenceBits
{
    /// <summary>Whether <paramref name="bit"/> is set in <paramref name="bits"/>.</summary>
    public static bool Has(int bits, int bit) => (bits & bit) != 0;

    /// <summary>Sets or clears <paramref name="bit"/> in <paramref name="bits"/>.</summary>
    public static void Set(ref int bits, int bit, bool on) => bits = on ? bits | bit : bits & ~bit;

    /// <summary>The value kept bare when its bit says it is there; null when it is not.</summary>
    public static T? Get<T>(int bits, int bit, T value)
        where T : struct =>
        Has(bits, bit) ? value : null;

    /// <summary>The value kept bare, without an optional value on the way: false (and the default) when its bit says it is not there.</summary>
    public static bool TryGet<T>(int bits, int bit, T value, out T result)
        where T : struct
    {
        result = value;
        return Has(bits, bit);
    }

    /// <summary>Records in <paramref name="bits"/> whether <paramref name="value"/> is there, and gives what to keep bare: the value, or the default.</summary>
    public static T Set<T>(ref int bits, int bit, T? value)
        where T : struct
    {
        Set(ref bits, bit, value.HasValue);
        return value.GetValueOrDefault();
    }
}
