using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ClientBoundaries.Marten;

/// <summary>What one sweep worker did at one instant.</summary>
/// <param name="At">The sweep's instant.</param>
/// <param name="Engagements">How many due engagements this worker took and handled (committed).</param>
/// <param name="Actions">Every command it gave, with its decision, in the order given.</param>
/// <param name="Conflicted">
/// Due engagements it left for the next sweep: each time it appended, a writer outside the
/// <see cref="EngagementCommandHandler"/> had appended first (three times). Nothing of its own was written to them.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepReport(Instant At, int Engagements, IReadOnlyList<SweepAction> Actions, IReadOnlyList<string> Conflicted)
{
    /// <summary>The actions the decider accepted: their events are in the store.</summary>
    public IReadOnlyList<SweepAction> Done => Actions.Where(a => a.Decision.IsAccepted).ToList();

    /// <summary>How many events the accepted actions appended.</summary>
    public int EventsAppended => Actions.Sum(a => a.Decision.Events.Count);
}
