using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// One meeting of an engagement, followed from its booking: as booked, as held (with its follow-up
/// items and when the recap is due), when the recap was sent, or why it was cancelled.
/// </summary>
/// <remarks>Found in <see cref="CommunicationLog.Meetings"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record TrackedMeeting
{
    internal TrackedMeeting(MeetingId id, Meeting booked, Instant bookedAt)
    {
        Id = id;
        Booked = booked;
        BookedAt = bookedAt;
    }

    /// <summary>The meeting's id.</summary>
    public MeetingId Id { get; }

    /// <summary>The meeting as booked: start, length, agenda.</summary>
    public Meeting Booked { get; }

    /// <summary>When it was booked.</summary>
    public Instant BookedAt { get; }

    /// <summary>The meeting as held; null until it is recorded as held.</summary>
    public HeldMeeting? Held { get; private set; }

    /// <summary>When the written recap was sent; null while it is not.</summary>
    public Instant? RecapSentAt { get; private set; }

    /// <summary>When the meeting was cancelled; null unless it was.</summary>
    public Instant? CancelledAt { get; private set; }

    /// <summary>Why it was cancelled; null unless it was.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>Whether it was held and its recap is not yet sent.</summary>
    public bool IsRecapOwed => Held is not null && RecapSentAt is null;

    /// <summary>Whether the recap was sent after it was due.</summary>
    public bool WasRecapLate => Held is { } held && RecapSentAt is { } sent && sent > held.RecapDueAt;

    /// <summary>"kick-off: 2026-03-09T09:00:00Z, 60 min: Review the prototype (held, recap owed)".</summary>
    /// <returns>The meeting as text.</returns>
    public override string ToString() =>
        $"{Id}: {Booked}"
        + (CancelledAt is not null ? " (cancelled)" : Held is null ? " (booked)" : IsRecapOwed ? " (held, recap owed)" : " (held, recap sent)");

    internal TrackedMeeting HeldAs(HeldMeeting held, bool inPlace)
    {
        var meeting = ToChange(inPlace);
        meeting.Held = held;
        return meeting;
    }

    internal TrackedMeeting RecapSentOn(Instant at, bool inPlace)
    {
        var meeting = ToChange(inPlace);
        meeting.RecapSentAt = at;
        return meeting;
    }

    internal TrackedMeeting CancelledOn(Instant at, string reason, bool inPlace)
    {
        var meeting = ToChange(inPlace);
        meeting.CancelledAt = at;
        meeting.CancellationReason = reason;
        return meeting;
    }

    /// <summary>
    /// A copy to change; with <paramref name="inPlace"/>, this very meeting, for the fold that made it and reads nothing it
    /// made but its newest state (see <see cref="CommunicationLog.MadeMeetingAt"/>).
    /// </summary>
    private TrackedMeeting ToChange(bool inPlace) => inPlace ? this : this with { };
}
