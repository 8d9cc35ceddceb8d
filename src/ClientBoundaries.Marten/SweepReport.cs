using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ClientBoundaries.Marten;

/// <summary>What one sweep worker did at one instant.</summary>
/// <param name="At">The sweep's instant.</param>
/// <param name="Engagements">How many due engagements this worker took and handled (committed).</param>
/// <param name="Actions">Every command it gave, with its decision, in the order given.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepReport(Instant At, int Engagements, IReadOnlyList<SweepAction> Actions)
{
    /// <summary>The actions the decider accepted: their events are in the store.</summary>
    public IReadOnlyList<SweepAction> Done => Actions.Where(a => a.Decision.IsAccepted).ToList();

    /// <summary>How many events the accepted actions appended.</summary>
    public int EventsAppended => Actions.Sum(a => a.Decision.Events.Count);
}
