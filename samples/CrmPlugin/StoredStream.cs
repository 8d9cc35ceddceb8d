using System.Collections.Generic;
using ClientBoundaries.Engagements;

namespace CrmPlugin;

/// <summary>An engagement's events as loaded from the store, and the version to expect when appending after them.</summary>
internal sealed record StoredStream(string Stream, IReadOnlyList<EngagementEvent> Events)
{
    /// <summary>How many events the stream holds: the <see cref="EngagementState.Version"/> its replay gives.</summary>
    public int Version => Events.Count;

    /// <summary>The engagement the events make.</summary>
    public EngagementState Replay() => EngagementDecider.Replay(Events);
}
