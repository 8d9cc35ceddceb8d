using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>A request for feedback at one of the agreed points: when it was sent, and the client's answer once it came.</summary>
/// <remarks>Found in <see cref="CommunicationLog.FeedbackRequests"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record FeedbackRequest
{
    internal FeedbackRequest(FeedbackPoint point, Instant requestedAt)
    {
        Point = point;
        RequestedAt = requestedAt;
    }

    /// <summary>Which point: after onboarding, at completion, or the follow-up.</summary>
    public FeedbackPoint Point { get; }

    /// <summary>When the request was sent.</summary>
    public Instant RequestedAt { get; }

    /// <summary>When the client answered; null while it has not.</summary>
    public Instant? ReceivedAt { get; private init; }

    /// <summary>What the client said, as the provider wrote it down; null while it has not answered.</summary>
    public string? Response { get; private init; }

    /// <summary>"FollowUp: requested 2026-05-11T02:00:00Z, answered".</summary>
    /// <returns>The request as text.</returns>
    public override string ToString() => $"{Point}: requested {RequestedAt}" + (ReceivedAt is null ? ", no answer yet" : ", answered");

    internal FeedbackRequest ReceivedOn(Instant at, string response) => this with { ReceivedAt = at, Response = response };
}
