using ClientBoundaries.Engagements;

namespace ClientBoundaries.Marten;

/// <summary>One command a sweep gave an engagement, and the decider's decision on it.</summary>
/// <param name="EngagementId">The engagement.</param>
/// <param name="Command">The command that records what was due.</param>
/// <param name="Decision">The decision: accepted (its events are stored) or refused (nothing of it is).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepAction(string EngagementId, EngagementCommand Command, Decision Decision);
