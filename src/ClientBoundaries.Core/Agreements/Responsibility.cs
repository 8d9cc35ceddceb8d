using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// One task a party takes on in a stage, written as the one-pager says it: "Send all page copy
/// and photos", "Run a 60-minute discovery call".
/// </summary>
/// <remarks>Immutable and thread-safe; equal when party and task are equal.</remarks>
public sealed record Responsibility
{
    /// <summary>Creates a responsibility.</summary>
    /// <param name="party">Who does it.</param>
    /// <param name="task">What they do, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="task"/> is blank.</exception>
    public Responsibility(PartyRole party, string task)
    {
        Party = Preconditions.CheckNotNull(party, nameof(party));
        Task = Preconditions.CheckText(task, nameof(task));
    }

    /// <summary>Who does it.</summary>
    public PartyRole Party { get; }

    /// <summary>What they do.</summary>
    public string Task { get; }

    /// <summary>The party and the task: <c>Client: Send all page copy</c>.</summary>
    /// <returns>The responsibility as text.</returns>
    public override string ToString() => $"{Party}: {Task}";
}
