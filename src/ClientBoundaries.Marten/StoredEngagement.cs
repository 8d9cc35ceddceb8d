using System.Collections.Generic;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Marten;

/// <summary>An engagement as loaded from its Marten stream: its events, the state they replay to, and its version.</summary>
/// <param name="EngagementId">The engagement: its stream key.</param>
/// <param name="Events">Its events, oldest first; empty for an engagement never written.</param>
/// <param name="State">The state the events replay to.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StoredEngagement(string EngagementId, IReadOnlyList<EngagementEvent> Events, EngagementState State)
{
    /// <summary>How many events the stream holds: the version to expect when appending after them (0 when new).</summary>
    public int Version => Events.Count;
}
