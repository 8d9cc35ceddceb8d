using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Hours one party spent on one stage, as one entry of its time sheet: the stage, the party, how
/// many hours, and what was done.
/// </summary>
/// <remarks>
/// <para>A party asks to log an entry with <see cref="EngagementCommand.LogEffort"/>, and the
/// engagement records the same entry with <see cref="EngagementEvent.EffortLogged"/>, so both are
/// checked by this one constructor. Entries add up per stage and party in
/// <see cref="StageProgress"/>.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record EffortEntry
{
    /// <summary>Makes an entry.</summary>
    /// <param name="stage">The stage worked on.</param>
    /// <param name="party">Who spent the hours.</param>
    /// <param name="hours">How many, more than 0 and at most <see cref="EngagementCommand.LogEffort.MaxHoursPerEntry"/>.</param>
    /// <param name="note">What was done, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> or <paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public EffortEntry(StageKey stage, PartyRole party, decimal hours, string? note = null)
    {
        Stage = Preconditions.CheckNotNull(stage, nameof(stage));
        Party = Preconditions.CheckNotNull(party, nameof(party));
        Hours = Preconditions.CheckLoggedHours(hours, nameof(hours));
        Note = note is null ? null : Preconditions.CheckText(note, nameof(note));
    }

    /// <summary>The stage worked on.</summary>
    public StageKey Stage { get; }

    /// <summary>Who spent the hours.</summary>
    public PartyRole Party { get; }

    /// <summary>How many hours: more than 0 and at most <see cref="EngagementCommand.LogEffort.MaxHoursPerEntry"/>.</summary>
    public decimal Hours { get; }

    /// <summary>What was done, or null.</summary>
    public string? Note { get; }
}
