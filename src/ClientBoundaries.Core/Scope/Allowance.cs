using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// What a deliverable includes, in numbers: how many revision rounds, how many hours, how many
/// units (pages, screens, articles ...). Anything left unset is not counted for that deliverable.
/// </summary>
/// <remarks>
/// A change request that fits in what is left of an allowance is covered by it
/// (<see cref="ScopeDecision.ConsumesAllowance"/>); one that does not is quoted as a change order.
/// Revision rounds are counted by the engagement on the stage the deliverable is made in.
/// Immutable and thread-safe; equal when every number and the unit name are equal.
/// </remarks>
public sealed record Allowance
{
    /// <summary>The most revision rounds an allowance may hold: 100.</summary>
    public const int MaxRevisionRounds = 100;

    /// <summary>The most hours or units an allowance may hold: 100,000.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>An allowance that counts nothing: the deliverable is described only by its inclusions and exclusions.</summary>
    public static readonly Allowance None = new();

    /// <summary>Creates an allowance.</summary>
    /// <param name="revisionRounds">Revision rounds included, 0 to <see cref="MaxRevisionRounds"/>; null when the agreement does not limit them.</param>
    /// <param name="hours">Hours of work included, 0 to <see cref="MaxQuantity"/>; null when not counted in hours.</param>
    /// <param name="units">Units included (5 pages), 0 to <see cref="MaxQuantity"/>; null when not counted in units.</param>
    /// <param name="unitName">What a unit is, in the plural, as the one-pager says it: "pages". Sentences use it after a count of the whole ("3 of the 5 pages included in Website pages"). Required with <paramref name="units"/>, and only with it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitName"/> is blank, missing while <paramref name="units"/> is set, or set without <paramref name="units"/>.</exception>
    public Allowance(int? revisionRounds = null, decimal? hours = null, int? units = null, string? unitName = null)
    {
        if (revisionRounds is { } rounds)
        {
            Preconditions.CheckArgumentRange(nameof(revisionRounds), rounds, 0, MaxRevisionRounds);
        }

        if (hours is < 0m or > MaxQuantity)
        {
            throw Preconditions.OutOfRange(nameof(hours), $"Included hours must be between 0 and {MaxQuantity}, was {hours}.");
        }

        if (units is { } count)
        {
            Preconditions.CheckArgumentRange(nameof(units), count, 0, MaxQuantity);
            Preconditions.CheckArgument(unitName is not null, nameof(unitName), $"Say what the {count} units are, in the plural (\"pages\").");
        }
        else
        {
            Preconditions.CheckArgument(unitName is null, nameof(unitName), $"A unit name (\"{unitName}\") needs a number of units to count.");
        }

        RevisionRounds = revisionRounds;
        Hours = hours;
        Units = units;
        UnitName = unitName is null ? null : Preconditions.CheckText(unitName, nameof(unitName));
    }

    /// <summary>Revision rounds included, or null when the agreement does not limit them.</summary>
    public int? RevisionRounds { get; }

    /// <summary>Hours of work included, or null when not counted in hours.</summary>
    public decimal? Hours { get; }

    /// <summary>Units included, or null when not counted in units.</summary>
    public int? Units { get; }

    /// <summary>What a unit is, in the plural ("pages"), or null when not counted in units.</summary>
    public string? UnitName { get; }

    /// <summary>The numbers that are set, in English, for logs: <c>2 revision rounds, 5 pages</c>; <c>nothing counted</c> for none.</summary>
    /// <returns>The allowance as text.</returns>
    public override string ToString() => Sentences.English("value.allowance", new[] { Fact.Of("allowance", this) });

    /// <summary>
    /// The allowance after an amendment added units and revision rounds to it. Only what is counted
    /// grows (an unlimited number of rounds stays unlimited), and never past the maximums.
    /// </summary>
    internal Allowance Plus(int units, int revisionRounds) =>
        units == 0 && revisionRounds == 0
            ? this
            : new Allowance(
                RevisionRounds is { } rounds ? Math.Min(MaxRevisionRounds, rounds + revisionRounds) : null,
                Hours,
                Units is { } count ? Math.Min(MaxQuantity, count + units) : null,
                UnitName);
}
