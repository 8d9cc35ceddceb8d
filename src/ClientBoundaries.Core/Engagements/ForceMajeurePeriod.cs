using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Days on which neither party could be expected to work (a flood, an outage, a national
/// emergency), recorded by either party. No consequence accrues on them and they are attributed to
/// neither side: they count as closed days in both parties' calendars, so stage due dates move past
/// them, overdue counts skip them, and neither party's business days of ball holding include them.
/// A payment, due a number of calendar days after its invoice, moves only if it falls on one.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record ForceMajeurePeriod
{
    /// <summary>The longest period one record may cover, in days (a longer one is recorded as several).</summary>
    public const int MaxDays = 366;

    internal ForceMajeurePeriod(PartyRole declaredBy, string reason, LocalDate from, LocalDate until)
    {
        DeclaredBy = declaredBy;
        Reason = reason;
        From = from;
        Until = until;
    }

    /// <summary>The party that recorded it.</summary>
    public PartyRole DeclaredBy { get; }

    /// <summary>What happened.</summary>
    public string Reason { get; }

    /// <summary>The first day, in each party's own calendar.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, included.</summary>
    public LocalDate Until { get; }

    /// <summary>"2026-03-10..2026-03-12 flood (declared by Provider)".</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"{From:uuuu-MM-dd}..{Until:uuuu-MM-dd} {Reason} (declared by {DeclaredBy})";
}
