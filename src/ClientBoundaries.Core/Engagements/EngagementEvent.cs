using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Something that happened to an engagement, as recorded in its stream: the agreement was
/// proposed, a stage was handed off, the engagement was paused ... The state of an engagement is
/// the fold of its events (<see cref="EngagementDecider.Replay"/>).
/// </summary>
/// <remarks>
/// <para>Streams are self-contained: the first event carries the agreement, and
/// <see cref="Scheduled"/> carries the plan, so a stream can be replayed anywhere, by any process,
/// with nothing else to hand. Events are facts in the past tense with the instant they happened.</para>
/// <para>Store them as they are and replay them to rebuild the state. The cases are nested
/// records. Immutable and thread-safe; equal when kind and fields are equal.</para>
/// </remarks>
public abstract partial record EngagementEvent
{
    private EngagementEvent(Instant at)
    {
        At = at;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>
    /// The event's stable kind name in kebab case ("handed-off"), for logs and storage: each case
    /// states it once, as its <c>Name</c> constant, which the JSON package writes as the type. Being
    /// internal and abstract, it also keeps the hierarchy closed to subclasses outside the library.
    /// </summary>
    internal abstract string Kind { get; }

    internal static Money CheckPositive(Money amount, string paramName)
    {
        Preconditions.CheckNotNull(amount, paramName);
        if (amount.Amount <= 0m)
        {
            throw Preconditions.OutOfRange(paramName, $"The amount must be more than zero, was {amount.ToAmountText()}.");
        }

        return amount;
    }

    internal static ObligationKey CheckPayment(ObligationKey payment, string paramName)
    {
        Preconditions.CheckNotNull(payment, paramName);
        Preconditions.CheckArgument(
            payment.Kind == ObligationKind.MilestonePayment || payment.Kind == ObligationKind.FinalPayment,
            paramName,
            $"A milestone payment or the final payment was expected, was the {payment}.");
        return payment;
    }
}
