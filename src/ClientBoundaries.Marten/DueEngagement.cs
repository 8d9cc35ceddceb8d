using NodaTime;

namespace ClientBoundaries.Marten;

/// <summary>An engagement the due index lists: something in it falls due at <paramref name="NextAttentionAt"/>, which has come.</summary>
/// <param name="EngagementId">The engagement: its stream key.</param>
/// <param name="NextAttentionAt">When it next needs attention (<see cref="ClientBoundaries.Engagements.EngagementState.NextAttentionAt"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DueEngagement(string EngagementId, Instant NextAttentionAt);
