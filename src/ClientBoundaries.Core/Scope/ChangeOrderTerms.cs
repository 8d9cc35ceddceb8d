using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// How change orders work under an agreement: how long a proposal stays open, how estimated hours
/// turn into schedule impact, whether work may go ahead before the price is agreed, and what
/// happens to a revision request beyond the included rounds.
/// </summary>
/// <remarks>
/// Schedule impact is always counted in the provider's business days: the provider does the extra
/// work, in its own calendar. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record ChangeOrderTerms
{
    /// <summary>The longest a proposal may stay open: 365 days.</summary>
    public const int MaxProposalValidDays = 365;

    /// <summary>The terms when the agreement sets none: proposals open 14 days, 6 productive hours a business day, no work before the price is agreed, extra revision rounds refused.</summary>
    public static readonly ChangeOrderTerms Default = new();

    /// <summary>Sets the change-order terms.</summary>
    /// <param name="proposalValidDays">How many days a proposal stays open, 1 to <see cref="MaxProposalValidDays"/>: it can be accepted through the end of the last of those days in the provider's time zone, and is expired after.</param>
    /// <param name="hoursPerBusinessDay">The productive hours in one provider business day, 0.5 to 24: a change estimated at 8 hours with 6 a day moves the schedule by 2 business days.</param>
    /// <param name="allowsProceedingWhilePriced">Whether work on a change may go ahead before its price is agreed.</param>
    /// <param name="revisionOverflow">What happens to a revision request beyond the included rounds; null for <see cref="RevisionOverflow.Refuse"/>.</param>
    /// <param name="hoursPerExtraRevisionRound">The hours an extra revision round is quoted at, more than 0 and at most 1,000; required when <paramref name="revisionOverflow"/> is <see cref="RevisionOverflow.RecordAsChangeRequest"/>, and only then.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="hoursPerExtraRevisionRound"/> is missing or set without reason.</exception>
    public ChangeOrderTerms(
        int proposalValidDays = 14,
        decimal hoursPerBusinessDay = 6m,
        bool allowsProceedingWhilePriced = false,
        RevisionOverflow? revisionOverflow = null,
        decimal? hoursPerExtraRevisionRound = null)
    {
        Preconditions.CheckArgumentRange(nameof(proposalValidDays), proposalValidDays, 1, MaxProposalValidDays);
        if (hoursPerBusinessDay is < 0.5m or > 24m)
        {
            throw Preconditions.OutOfRange(nameof(hoursPerBusinessDay), $"Hours per business day must be between 0.5 and 24, was {hoursPerBusinessDay}.");
        }

        RevisionOverflow = revisionOverflow ?? RevisionOverflow.Refuse;
        if (RevisionOverflow == RevisionOverflow.RecordAsChangeRequest)
        {
            Preconditions.CheckArgument(
                hoursPerExtraRevisionRound is not null,
                nameof(hoursPerExtraRevisionRound),
                "Recording extra revision rounds as change requests needs the hours one round is quoted at.");
            if (hoursPerExtraRevisionRound is <= 0m or > 1_000m)
            {
                throw Preconditions.OutOfRange(nameof(hoursPerExtraRevisionRound), $"Hours per extra revision round must be more than 0 and at most 1000, was {hoursPerExtraRevisionRound}.");
            }
        }
        else
        {
            Preconditions.CheckArgument(
                hoursPerExtraRevisionRound is null,
                nameof(hoursPerExtraRevisionRound),
                $"Hours per extra revision round ({hoursPerExtraRevisionRound}) apply only when extra rounds are recorded as change requests.");
        }

        ProposalValidDays = proposalValidDays;
        HoursPerBusinessDay = hoursPerBusinessDay;
        AllowsProceedingWhilePriced = allowsProceedingWhilePriced;
        HoursPerExtraRevisionRound = hoursPerExtraRevisionRound;
    }

    /// <summary>How many days a proposal stays open.</summary>
    public int ProposalValidDays { get; }

    /// <summary>The productive hours in one provider business day.</summary>
    public decimal HoursPerBusinessDay { get; }

    /// <summary>Whether work on a change may go ahead before its price is agreed.</summary>
    public bool AllowsProceedingWhilePriced { get; }

    /// <summary>What happens to a revision request beyond the included rounds.</summary>
    public RevisionOverflow RevisionOverflow { get; }

    /// <summary>The hours an extra revision round is quoted at, when extra rounds are recorded as change requests; otherwise null.</summary>
    public decimal? HoursPerExtraRevisionRound { get; }

    /// <summary>The provider business days work estimated at some hours adds to the schedule: the hours over <see cref="HoursPerBusinessDay"/>, rounded up.</summary>
    /// <param name="hours">The estimate, not negative.</param>
    /// <returns>The schedule impact; 0 for 0 hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative.</exception>
    public int ScheduleImpactOf(decimal hours)
    {
        if (hours < 0m)
        {
            throw Preconditions.OutOfRange(nameof(hours), $"Hours must not be negative, was {hours}.");
        }

        return (int)Math.Ceiling(hours / HoursPerBusinessDay);
    }
}
