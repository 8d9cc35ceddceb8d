using System;
using System.Collections.Generic;
using ClientBoundaries.Engagements;

namespace CrmPlugin;

/// <summary>
/// What the CRM does with a command a user gives it, or with what a sweep records: load the engagement, replay it,
/// decide each command on the version it loaded, and append what was decided expecting that version.
/// </summary>
/// <remarks>
/// A conflict means someone else appended in between; the commands are decided again on the
/// engagement as it is now, where they may be accepted or refused.
/// </remarks>
internal sealed class CommandHandler(EventStore store)
{
    private const int Attempts = 3;

    /// <summary>Decides <paramref name="command"/> on the engagement in <paramref name="stream"/> and stores what it decided.</summary>
    /// <returns>The decision: its events are in the store, or its violations say why it was refused.</returns>
    /// <exception cref="InvalidOperationException">Others kept appending to the stream: every attempt conflicted.</exception>
    public Decision Handle(string stream, EngagementCommand command) => Handle(stream, _ => [command])[0];

    /// <summary>
    /// Decides the commands <paramref name="commandsFor"/> gives for the engagement in <paramref name="stream"/>, each on
    /// the engagement as the ones before it left it, and stores the events of all of them in one append: all or none.
    /// </summary>
    /// <param name="stream">The engagement's stream.</param>
    /// <param name="commandsFor">
    /// The commands to give the engagement as loaded; asked again after a conflict, since what someone else appended may
    /// have changed which commands make sense.
    /// </param>
    /// <returns>The decision on each command the last call of <paramref name="commandsFor"/> gave, in its order.</returns>
    /// <exception cref="InvalidOperationException">Others kept appending to the stream: every attempt conflicted.</exception>
    public IReadOnlyList<Decision> Handle(string stream, Func<EngagementState, IReadOnlyList<EngagementCommand>> commandsFor)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var loaded = store.Load(stream);
            var state = loaded.Replay();
            var decisions = new List<Decision>();
            var events = new List<EngagementEvent>();
            foreach (var command in commandsFor(state))
            {
                var decision = EngagementDecider.Decide(state, command.ExpectingVersion(state.Version));
                decisions.Add(decision);
                events.AddRange(decision.Events);
                state = EngagementDecider.Evolve(state, decision);
            }

            if (store.Append(stream, loaded.Version, events) is AppendResult.Appended)
            {
                return decisions;
            }
        }

        throw new InvalidOperationException($"Engagement '{stream}' kept changing: {Attempts} attempts to append conflicted.");
    }
}
