using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>How long a party has held the ball: in elapsed time, and in its own business days.</summary>
/// <remarks>Immutable and thread-safe; equal when both figures are equal.</remarks>
public sealed record BallTime
{
    internal BallTime(Duration elapsed, int businessDays)
    {
        Elapsed = elapsed;
        BusinessDays = businessDays;
    }

    /// <summary>Elapsed time, nights and weekends included.</summary>
    public Duration Elapsed { get; }

    /// <summary>
    /// Business days of the party's own calendar, counted as plans count them: for each time it held
    /// the ball, from its first business day whose working hours began at or after the ball arrived,
    /// through the last day whose working hours began before it passed the ball on. So a day is
    /// never counted for both parties.
    /// </summary>
    public int BusinessDays { get; }

    internal static BallTime Zero { get; } = new(Duration.Zero, 0);

    internal BallTime Plus(Duration elapsed, int businessDays) => new(Elapsed + elapsed, BusinessDays + businessDays);

    /// <summary>Both figures in English, for logs: <c>12 business days (16 days 04:00 elapsed)</c>, <c>1 business day (1 day 08:00 elapsed)</c>.</summary>
    /// <returns>The ball time as text.</returns>
    public override string ToString() => Sentences.English("value.ball-time", new[] { Fact.Of("ballTime", this) });
}
