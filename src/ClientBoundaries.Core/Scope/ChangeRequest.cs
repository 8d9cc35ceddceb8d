using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Scope;

/// <summary>
/// "Just one more thing": a request to change or add to the work, with the provider's estimate of
/// the hours it takes. The engagement classifies it into a <see cref="ScopeDecision"/>.
/// </summary>
/// <remarks>
/// <para>The provider reads the request against the agreement and may point it at a written clause
/// of a deliverable (<see cref="Clause"/>): an inclusion makes it <see cref="ScopeDecision.Included"/>,
/// an exclusion makes it out of scope whatever goodwill is left. Without a clause, the numbers
/// decide: the deliverable's allowance, then goodwill, then a change order from the rate card.</para>
/// <para>Immutable and thread-safe; equal when every field is equal.</para>
/// </remarks>
public sealed record ChangeRequest
{
    /// <summary>The largest estimate one request may carry: 10,000 hours.</summary>
    public const decimal MaxEstimatedHours = 10_000m;

    /// <summary>Creates a change request.</summary>
    /// <param name="id">Identifies the request, and the change order that answers it, within the engagement.</param>
    /// <param name="description">What is asked for, as the client would recognise it: "Add a Team page".</param>
    /// <param name="requestedBy">Who asked.</param>
    /// <param name="estimatedHours">The provider's estimate of the work, 0 to <see cref="MaxEstimatedHours"/>.</param>
    /// <param name="requestedAt">When it was asked.</param>
    /// <param name="deliverable">The deliverable it touches, or null when it touches none.</param>
    /// <param name="units">How many of the deliverable's units it adds (1 for one more page), 0 to 10,000; more than 0 only with <paramref name="deliverable"/>.</param>
    /// <param name="clause">The inclusion or exclusion of <paramref name="deliverable"/> it falls under, in the agreement's words; null when none applies. Only with <paramref name="deliverable"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="description"/> or <paramref name="requestedBy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimatedHours"/> or <paramref name="units"/> is negative or too large.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> or <paramref name="clause"/> is blank, or units or a clause are given without a deliverable.</exception>
    public ChangeRequest(
        ChangeRequestId id,
        string description,
        PartyRole requestedBy,
        decimal estimatedHours,
        Instant requestedAt,
        DeliverableKey? deliverable = null,
        int units = 0,
        string? clause = null)
    {
        Id = Preconditions.CheckNotNull(id, nameof(id));
        Description = Preconditions.CheckText(description, nameof(description));
        RequestedBy = Preconditions.CheckNotNull(requestedBy, nameof(requestedBy));
        if (estimatedHours is < 0m or > MaxEstimatedHours)
        {
            throw Preconditions.OutOfRange(nameof(estimatedHours), $"The estimate must be between 0 and {MaxEstimatedHours} hours, was {estimatedHours}.");
        }

        Preconditions.CheckArgumentRange(nameof(units), units, 0, Allowance.MaxQuantity / 10);
        Preconditions.CheckArgument(
            units == 0 || deliverable is not null,
            nameof(units),
            $"{units} unit(s) of what? Name the deliverable the request adds them to.");
        Preconditions.CheckArgument(
            clause is null || deliverable is not null,
            nameof(clause),
            $"The clause \"{clause}\" belongs to a deliverable: name the deliverable too.");
        EstimatedHours = estimatedHours;
        RequestedAt = requestedAt;
        Deliverable = deliverable;
        Units = units;
        Clause = clause is null ? null : Preconditions.CheckText(clause, nameof(clause));
    }

    /// <summary>Identifies the request, and the change order that answers it.</summary>
    public ChangeRequestId Id { get; }

    /// <summary>What is asked for.</summary>
    public string Description { get; }

    /// <summary>Who asked.</summary>
    public PartyRole RequestedBy { get; }

    /// <summary>The provider's estimate of the work, in hours.</summary>
    public decimal EstimatedHours { get; }

    /// <summary>When it was asked.</summary>
    public Instant RequestedAt { get; }

    /// <summary>The deliverable it touches, or null.</summary>
    public DeliverableKey? Deliverable { get; }

    /// <summary>How many of the deliverable's units it adds; 0 when it adds none.</summary>
    public int Units { get; }

    /// <summary>The inclusion or exclusion it falls under, in the agreement's words, or null.</summary>
    public string? Clause { get; }

    /// <summary>The id, description and estimate in English, for logs: <c>team-page: Add a Team page (8 hours)</c>.</summary>
    /// <returns>The request as text.</returns>
    public override string ToString() => Sentences.English("value.change-request", new[] { Fact.Of("request", this) });
}
