using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A mistake the provider owns: what happened, its impact on the client, the remedy offered, and
/// by when the provider follows through; tracked until the follow-through is recorded, and linked,
/// when the remedy is one, to a credit applied under the provider's consequence policy.
/// </summary>
/// <remarks>Found in <see cref="CommunicationLog.Incidents"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record Incident
{
    internal Incident(IncidentId id, string whatHappened, string impact, string remedy, LocalDate followThroughDue, Instant followThroughDueAt, Instant recordedAt)
    {
        Id = id;
        WhatHappened = whatHappened;
        Impact = impact;
        Remedy = remedy;
        FollowThroughDue = followThroughDue;
        FollowThroughDueAt = followThroughDueAt;
        RecordedAt = recordedAt;
    }

    /// <summary>The incident's id.</summary>
    public IncidentId Id { get; }

    /// <summary>What happened, in the provider's own words.</summary>
    public string WhatHappened { get; }

    /// <summary>What it meant for the client.</summary>
    public string Impact { get; }

    /// <summary>The remedy the provider offered.</summary>
    public string Remedy { get; }

    /// <summary>The date by which the provider follows through, in its calendar (a day off counts as the next business day).</summary>
    public LocalDate FollowThroughDue { get; }

    /// <summary>The end of the provider's working hours on that day (or the next business day): when the follow-through is late after.</summary>
    public Instant FollowThroughDueAt { get; }

    /// <summary>When the provider recorded it.</summary>
    public Instant RecordedAt { get; }

    /// <summary>When the follow-through was recorded; null while it is open.</summary>
    public Instant? FollowedThroughAt { get; private init; }

    /// <summary>What the provider did to follow through; null while it is open.</summary>
    public string? FollowThrough { get; private init; }

    /// <summary>The credit applied under the provider's consequence policy that is part of the remedy; null when none is linked.</summary>
    public CreditToClient? Credit { get; private init; }

    /// <summary>Whether the follow-through is still to be recorded.</summary>
    public bool IsOpen => FollowedThroughAt is null;

    /// <summary>Whether the follow-through came after it was due.</summary>
    public bool WasFollowThroughLate => FollowedThroughAt is { } done && done > FollowThroughDueAt;

    /// <summary>The incident in English, for logs: "wrong-logo: The old logo went to print (follow-through due 2026-03-12, open)".</summary>
    /// <returns>The incident as text.</returns>
    public override string ToString() => Sentences.English("value.incident", new[] { Fact.Of("incident", this) });

    internal Incident FollowedThroughOn(Instant at, string whatWasDone) => this with { FollowedThroughAt = at, FollowThrough = whatWasDone };

    internal Incident WithCredit(CreditToClient credit) => this with { Credit = credit };
}
