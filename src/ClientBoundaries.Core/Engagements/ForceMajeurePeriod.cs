using System;
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
/// <remarks>
/// <para>A party asks to record a period with <see cref="EngagementCommand.RecordForceMajeure"/>, the
/// engagement records the same period with <see cref="EngagementEvent.ForceMajeureRecorded"/> and
/// keeps it in <see cref="EngagementState.ForceMajeure"/>: one value, checked once by its constructor.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record ForceMajeurePeriod
{
    /// <summary>The longest period one record may cover, in days (a longer one is recorded as several).</summary>
    public const int MaxDays = 366;

    /// <summary>Makes a period of force majeure.</summary>
    /// <param name="declaredBy">The party that declares it.</param>
    /// <param name="reason">What happened.</param>
    /// <param name="from">The first day.</param>
    /// <param name="until">The last day, included; at most <see cref="MaxDays"/> days after <paramref name="from"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates are out of order, too far apart, or outside years 1 to 9998.</exception>
    public ForceMajeurePeriod(PartyRole declaredBy, string reason, LocalDate from, LocalDate until)
    {
        DeclaredBy = Preconditions.CheckNotNull(declaredBy, nameof(declaredBy));
        Reason = Preconditions.CheckText(reason, nameof(reason));
        Preconditions.CheckDueDate(from, nameof(from));
        Preconditions.CheckDueDate(until, nameof(until));
        var days = Period.DaysBetween(from, until);
        if (days < 0 || days >= MaxDays)
        {
            throw Preconditions.OutOfRange(nameof(until), $"A force majeure period runs from its first day to its last, at most {MaxDays} days, but {from:uuuu-MM-dd}..{until:uuuu-MM-dd} is {days + 1} days.");
        }

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
