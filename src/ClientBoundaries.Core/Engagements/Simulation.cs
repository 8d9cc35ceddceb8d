using System.Collections.Generic;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// The answer to "if this party is so many business days late on this stage, what happens, and
/// when?", from <see cref="Assessor.Simulate"/>: every reminder and consequence with its date and
/// amount, and where the end of the work moves. Nothing in any engagement changes.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record Simulation
{
    private readonly ValueList<DueConsequence> _consequences;

    internal Simulation(
        StageKey stage,
        PartyRole party,
        int businessDaysLate,
        LocalDate due,
        LocalDate deliveredOn,
        IReadOnlyList<DueConsequence> consequences,
        LocalDate plannedEnd,
        LocalDate shiftedEnd)
    {
        Stage = stage;
        Party = party;
        BusinessDaysLate = businessDaysLate;
        Due = due;
        DeliveredOn = deliveredOn;
        _consequences = new ValueList<DueConsequence>(consequences);
        PlannedEnd = plannedEnd;
        ShiftedEnd = shiftedEnd;
    }

    /// <summary>The stage that runs late.</summary>
    public StageKey Stage { get; }

    /// <summary>Its owner: the late party.</summary>
    public PartyRole Party { get; }

    /// <summary>How many of the party's business days late it delivers.</summary>
    public int BusinessDaysLate { get; }

    /// <summary>The stage's due date in the plan.</summary>
    public LocalDate Due { get; }

    /// <summary>The day it delivers: that many business days after the due date.</summary>
    public LocalDate DeliveredOn { get; }

    /// <summary>
    /// The reminders and consequences, in the order they fall due, each with its date, amount (after
    /// the policy's caps) and sentence. When the ladder pauses the engagement before the party
    /// delivers, the party is taken to come back on <see cref="DeliveredOn"/>, and the restart rules
    /// fall due then.
    /// </summary>
    public IReadOnlyList<DueConsequence> Consequences => _consequences;

    /// <summary>The last day of the plan as it is.</summary>
    public LocalDate PlannedEnd { get; }

    /// <summary>The last day of the plan once the stage delivers late (and the other side's restart lead time, after a pause).</summary>
    public LocalDate ShiftedEnd { get; }

    /// <summary>"content 10 business days late: 4 consequence(s), end 2026-04-24 -> 2026-05-11".</summary>
    /// <returns>The simulation as text.</returns>
    public override string ToString() =>
        $"{Stage} {BusinessDaysLate} business days late: {_consequences.Count} consequence(s), end {PlannedEnd:uuuu-MM-dd} -> {ShiftedEnd:uuuu-MM-dd}";
}
