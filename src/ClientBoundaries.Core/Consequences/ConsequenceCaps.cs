using System;
using System.Linq;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Consequences;

/// <summary>
/// The most a party can owe in fees (or, for the provider, credits) under its consequence policy:
/// per stage, per calendar month and over the whole engagement. An amount that would go beyond a
/// cap is cut to what is left, and the assessment says which cap cut it.
/// </summary>
/// <remarks>
/// <para>A payment counts as a stage of its own. The month is the calendar month, in the late
/// party's time zone, in which the amount fell due. A null cap means no limit.</para>
/// <para>Immutable and thread-safe; equal when the caps are equal.</para>
/// </remarks>
public sealed record ConsequenceCaps
{
    /// <summary>Sets the caps.</summary>
    /// <param name="perStage">The most owed for one stage or payment, or null for no limit.</param>
    /// <param name="perMonth">The most owed for amounts falling due in one calendar month, or null.</param>
    /// <param name="perEngagement">The most owed over the engagement, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A cap is negative.</exception>
    /// <exception cref="ArgumentException">The caps are in different currencies.</exception>
    public ConsequenceCaps(Money? perStage, Money? perMonth, Money? perEngagement)
    {
        CheckCap(perStage, nameof(perStage));
        CheckCap(perMonth, nameof(perMonth));
        CheckCap(perEngagement, nameof(perEngagement));
        var currencies = new[] { perStage, perMonth, perEngagement }.Where(c => c is not null).Select(c => c!.Currency).Distinct().ToList();
        Preconditions.CheckArgument(
            currencies.Count <= 1,
            nameof(perEngagement),
            $"The caps must all be in one currency, but are in {string.Join(" and ", currencies)}.");
        PerStage = perStage;
        PerMonth = perMonth;
        PerEngagement = perEngagement;
    }

    /// <summary>No caps.</summary>
    public static ConsequenceCaps None { get; } = new(null, null, null);

    /// <summary>The most owed for one stage or payment, or null for no limit.</summary>
    public Money? PerStage { get; }

    /// <summary>The most owed for amounts falling due in one calendar month, or null for no limit.</summary>
    public Money? PerMonth { get; }

    /// <summary>The most owed over the engagement, or null for no limit.</summary>
    public Money? PerEngagement { get; }

    /// <summary>The cap of one scope.</summary>
    /// <param name="scope">Which cap.</param>
    /// <returns>The cap, or null for no limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public Money? Of(CapScope scope) =>
        Preconditions.CheckNotNull(scope, nameof(scope)) == CapScope.PerStage ? PerStage
        : scope == CapScope.PerMonth ? PerMonth
        : PerEngagement;

    /// <summary>"per stage 500 EUR, per month -, per engagement 1500 EUR".</summary>
    /// <returns>The caps as text.</returns>
    public override string ToString() =>
        $"per stage {PerStage?.ToString() ?? "-"}, per month {PerMonth?.ToString() ?? "-"}, per engagement {PerEngagement?.ToString() ?? "-"}";

    private static void CheckCap(Money? cap, string paramName)
    {
        if (cap is { Amount: < 0m })
        {
            throw Preconditions.OutOfRange(paramName, $"A cap must not be negative, was {cap}.");
        }
    }
}
