using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>One check-in of the agreed cadence, recorded as held or as missed.</summary>
/// <remarks>Found in <see cref="CommunicationLog.CheckIns"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record RecordedCheckIn
{
    internal RecordedCheckIn(LocalDate occurrence, bool held, string? note, Instant recordedAt)
    {
        Occurrence = occurrence;
        Held = held;
        Note = note;
        RecordedAt = recordedAt;
    }

    /// <summary>The date of the cadence it stands for, in the provider's calendar.</summary>
    public LocalDate Occurrence { get; }

    /// <summary>True when it was held, false when it was missed.</summary>
    public bool Held { get; }

    /// <summary>For a missed check-in, why; null for one held.</summary>
    public string? Note { get; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>"2026-03-06 held", "2026-03-13 missed: client on leave".</summary>
    /// <returns>The check-in as text.</returns>
    public override string ToString() => $"{Occurrence:uuuu-MM-dd} " + (Held ? "held" : $"missed: {Note}");
}
