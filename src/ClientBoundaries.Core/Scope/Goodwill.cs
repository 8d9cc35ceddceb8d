using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// The extras the provider is glad to give without charge: a budget of hours over the whole
/// engagement, an optional cap on any one request, and whether each use is announced to the client.
/// </summary>
/// <remarks>
/// Over-delivering is good practice while it stays a choice. A request that fits under the cap and
/// in what is left is <see cref="ScopeDecision.Goodwill"/>; once the budget is used up, the next
/// small request is where charging starts, and its decision carries a notice that explains why, once.
/// Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record Goodwill
{
    /// <summary>The most goodwill hours an agreement may set aside: 10,000.</summary>
    public const decimal MaxHours = 10_000m;

    /// <summary>No goodwill: every request outside the deliverables is quoted.</summary>
    public static readonly Goodwill None = new(0m);

    /// <summary>Sets aside goodwill.</summary>
    /// <param name="totalHours">The hours of extras given over the whole engagement, 0 to <see cref="MaxHours"/>.</param>
    /// <param name="capPerRequestHours">The most one request may take and still be goodwill, more than 0 and at most <paramref name="totalHours"/>; null for no cap.</param>
    /// <param name="announceEachUse">Whether the reply to each goodwill request tells the client it is goodwill and how much is left (true), or simply says yes (false).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public Goodwill(decimal totalHours, decimal? capPerRequestHours = null, bool announceEachUse = true)
    {
        if (totalHours is < 0m or > MaxHours)
        {
            throw Preconditions.OutOfRange(nameof(totalHours), $"Goodwill hours must be between 0 and {MaxHours}, was {totalHours}.");
        }

        if (capPerRequestHours is { } cap && (cap <= 0m || cap > totalHours))
        {
            throw Preconditions.OutOfRange(nameof(capPerRequestHours), $"The cap per request must be more than 0 and at most the {totalHours} goodwill hours, was {cap}.");
        }

        TotalHours = totalHours;
        CapPerRequestHours = capPerRequestHours;
        AnnounceEachUse = announceEachUse;
    }

    /// <summary>The hours of extras given over the whole engagement.</summary>
    public decimal TotalHours { get; }

    /// <summary>The most one request may take and still be goodwill, or null for no cap.</summary>
    public decimal? CapPerRequestHours { get; }

    /// <summary>Whether the reply to each goodwill request tells the client it is goodwill and how much is left.</summary>
    public bool AnnounceEachUse { get; }

    /// <summary>
    /// Whether a request of this size is the kind goodwill covers: within the cap per request (or,
    /// without a cap, within the whole budget). Such a request is "small".
    /// </summary>
    internal bool Covers(decimal hours) => TotalHours > 0m && hours <= (CapPerRequestHours ?? TotalHours);

    /// <summary>The budget and the cap in English, for logs: <c>3 hours of goodwill, at most 1 hour per request</c>.</summary>
    /// <returns>The goodwill as text.</returns>
    public override string ToString() => Sentences.English("value.goodwill", new[] { Fact.Of("goodwill", this) });
}
