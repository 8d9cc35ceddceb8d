using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A mistake the provider owns, as it reports it to the client: what happened, what it meant for
/// the client, the remedy offered, and the date by which the provider follows through.
/// </summary>
/// <remarks>
/// <para>The provider asks to record an incident with a report, and the engagement records the same
/// report once it accepts it, so both are checked by this one constructor. Whether the date is still
/// to come is the engagement's question, not the report's: it depends on the day the report is
/// recorded, in the provider's calendar.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record IncidentReport
{
    /// <summary>Makes a report.</summary>
    /// <param name="incidentId">The incident's id, unique in the engagement.</param>
    /// <param name="whatHappened">What happened.</param>
    /// <param name="impact">What it meant for the client.</param>
    /// <param name="remedy">The remedy offered.</param>
    /// <param name="followThroughDue">The date by which the provider follows through, in its calendar; in years 1 to 9998.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="followThroughDue"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followThroughDue"/> is outside the supported years.</exception>
    public IncidentReport(IncidentId incidentId, string whatHappened, string impact, string remedy, LocalDate followThroughDue)
    {
        IncidentId = Preconditions.CheckNotNull(incidentId, nameof(incidentId));
        WhatHappened = Preconditions.CheckText(whatHappened, nameof(whatHappened));
        Impact = Preconditions.CheckText(impact, nameof(impact));
        Remedy = Preconditions.CheckText(remedy, nameof(remedy));
        FollowThroughDue = Preconditions.CheckDueDate(followThroughDue, nameof(followThroughDue));
    }

    /// <summary>The incident's id, unique in the engagement.</summary>
    public IncidentId IncidentId { get; }

    /// <summary>What happened, in the provider's own words.</summary>
    public string WhatHappened { get; }

    /// <summary>What it meant for the client.</summary>
    public string Impact { get; }

    /// <summary>The remedy the provider offers.</summary>
    public string Remedy { get; }

    /// <summary>The date by which the provider follows through, in its calendar.</summary>
    public LocalDate FollowThroughDue { get; }
}
