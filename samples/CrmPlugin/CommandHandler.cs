using System;
using ClientBoundaries.Engagements;

namespace CrmPlugin;

/// <summary>
/// What the CRM does with a command a user gives it: load the engagement, replay it, decide the
/// command on the version it loaded, and append what was decided expecting that version.
/// </summary>
/// <remarks>
/// A conflict means someone else appended in between; the command is decided again on the
/// engagement as it is now, where it may be accepted or refused.
/// </remarks>
internal sealed class CommandHandler(EventStore store)
{
    private const int Attempts = 3;

    /// <summary>Decides <paramref name="command"/> on the engagement in <paramref name="stream"/> and stores what it decided.</summary>
    /// <returns>The decision: its events are in the store, or its violations say why it was refused.</returns>
    /// <exception cref="InvalidOperationException">Others kept appending to the stream: every attempt conflicted.</exception>
    public Decision Handle(string stream, EngagementCommand command)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var loaded = store.Load(stream);
            var decision = EngagementDecider.Decide(loaded.Replay(), command.ExpectingVersion(loaded.Version));
            if (!decision.IsAccepted || store.Append(stream, loaded.Version, decision.Events) is AppendResult.Appended)
            {
                return decision;
            }
        }

        throw new InvalidOperationException($"Engagement '{stream}' kept changing: {Attempts} attempts to append {command.GetType().Name} conflicted.");
    }
}
