using ClientBoundaries.Engagements;

namespace ClientBoundaries.Marten;

/// <summary>
/// What became of a command given to <see cref="EngagementCommandHandler"/>: decided (accepted and stored, or refused
/// with nothing stored), or a conflict because the engagement was no longer at the version the command expected.
/// </summary>
/// <remarks>Immutable and thread-safe. The two cases are <see cref="Decided"/> and <see cref="Conflict"/>.</remarks>
public abstract record CommandOutcome
{
    private CommandOutcome(string engagementId)
    {
        EngagementId = engagementId;
    }

    /// <summary>The engagement the command was given to: its Marten stream key.</summary>
    public string EngagementId { get; }

    /// <summary>
    /// The decider decided the command on the engagement as it was: when <see cref="Decision.IsAccepted"/>, its events
    /// are in the stream and its row in the due index moved on, and the engagement is now at <paramref name="Version"/>;
    /// when refused, nothing was written and <paramref name="Version"/> is the version it was decided on.
    /// </summary>
    /// <param name="EngagementId">The engagement.</param>
    /// <param name="Decision">The decision: its events stored, or its violations saying why it was refused.</param>
    /// <param name="Version">The engagement's version after the command: the number of events in its stream.</param>
    /// <param name="State">The engagement after the command.</param>
    public sealed record Decided(string EngagementId, Decision Decision, int Version, EngagementState State) : CommandOutcome(EngagementId);

    /// <summary>
    /// Nothing was written: the command expected the engagement at <paramref name="Expected"/> (see
    /// <see cref="EngagementCommand.ExpectingVersion"/>), but someone else appended first and it is at
    /// <paramref name="Actual"/>. Load it again, decide again on what is there now, and give the command again.
    /// </summary>
    /// <param name="EngagementId">The engagement.</param>
    /// <param name="Expected">The version the command was decided on.</param>
    /// <param name="Actual">The version the engagement is at.</param>
    public sealed record Conflict(string EngagementId, int Expected, int Actual) : CommandOutcome(EngagementId);
}
