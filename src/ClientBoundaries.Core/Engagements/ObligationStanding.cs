using System.Diagnostics;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Where one obligation (a stage or a payment) stands in an <see cref="Assessment"/>: not started,
/// on track, due soon, overdue by so many business days, on hold, done, or done late.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record ObligationStanding
{
    // An assessment makes one for every stage and payment, so it is kept to 56 bytes rather than 80: the party and the
    // timeliness are held as their values, and the due date and instant bare, with one flag for both (they come together).
    private readonly LocalDate _due;
    private readonly Instant _dueAt;
    private readonly byte _party;
    private readonly byte _timeliness;
    private readonly bool _hasDue;

    internal ObligationStanding(ObligationKey obligation, PartyRole party, Timeliness timeliness, LocalDate? due, Instant? dueAt, int businessDaysLate, int round)
    {
        // Every caller passes both or neither (the JSON reader refuses one without the other).
        Debug.Assert(due.HasValue == dueAt.HasValue);
        Obligation = obligation;
        _party = (byte)party.Value;
        _timeliness = (byte)timeliness.Value;
        _hasDue = due.HasValue;
        _due = due.GetValueOrDefault();
        _dueAt = dueAt.GetValueOrDefault();
        BusinessDaysLate = businessDaysLate;
        Round = round;
    }

    /// <summary>The stage or payment.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>Who owes it: the stage's owner, or the client for a payment.</summary>
    public PartyRole Party => PartyRole.OfValue(_party);

    /// <summary>Where it stands.</summary>
    public Timeliness Timeliness => Timeliness.OfValue(_timeliness);

    /// <summary>Its due date in the party's calendar; null for a payment not yet invoiced.</summary>
    public LocalDate? Due => _hasDue ? _due : null;

    /// <summary>When it is due: the end of the due date's working hours; null with <see cref="Due"/>.</summary>
    public Instant? DueAt => _hasDue ? _dueAt : null;

    /// <summary>
    /// For <see cref="Timeliness.Overdue"/> and <see cref="Timeliness.DoneLate"/>: the party's business
    /// days after the due date whose working hours had begun (by now, or by delivery). It may be 0 in
    /// the hours between the end of the due day and the start of the next business day. Otherwise 0.
    /// </summary>
    public int BusinessDaysLate { get; }

    /// <summary>Which stretch of the stage: 0 for the first, one more each time a revision reopens it or sends it back to wait for the stage before it; 0 for payments.</summary>
    public int Round { get; }

    /// <summary>"stage 'content' (Client): Overdue by 3 business days, due 2026-03-13".</summary>
    /// <returns>The standing as text.</returns>
    public override string ToString() =>
        $"{Obligation} ({Party}): {Timeliness}"
        + (Timeliness.IsLate ? $" by {BusinessDaysLate} business days" : string.Empty)
        + (Due is { } due ? $", due {due:uuuu-MM-dd}" : string.Empty);
}
