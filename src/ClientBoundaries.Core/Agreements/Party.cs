using System;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// One side of an agreement: its role, its name as it appears on the one-pager, and the business
/// calendar its stages are counted in.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when role, name and calendar are equal.</remarks>
public sealed record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="role">Provider or client.</param>
    /// <param name="name">The name shown to both sides: "Pixel &amp; Pine Studio".</param>
    /// <param name="calendar">When the party works.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public Party(PartyRole role, string name, BusinessCalendar calendar)
    {
        Role = Preconditions.CheckNotNull(role, nameof(role));
        Name = Preconditions.CheckText(name, nameof(name));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
    }

    /// <summary>Whether this is the provider or the client.</summary>
    public PartyRole Role { get; }

    /// <summary>The party's name as both sides write it.</summary>
    public string Name { get; }

    /// <summary>When the party works; stages it owns are counted in this calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The name and role: <c>Acme Bakery (Client)</c>.</summary>
    /// <returns>The party as text.</returns>
    public override string ToString() => $"{Name} ({Role})";
}
