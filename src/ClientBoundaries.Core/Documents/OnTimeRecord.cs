using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents;

/// <summary>
/// One side's on-time record at an instant, for the status report's summary (accountability both ways): its stages
/// handed over on time and late, its payments made on time and late, its replies sent on time and late, what it
/// owes that is late and still not done, and the business days it has held the ball.
/// </summary>
/// <remarks>
/// Counted from the engine's own facts, in this one place: each obligation's standing in the assessment
/// (<see cref="Timeliness.Done"/> is on time, <see cref="Timeliness.DoneLate"/> is late, <see cref="Timeliness.Overdue"/>
/// is late and still open; an obligation not yet done and not yet late counts nowhere), and the ball time the state
/// keeps (<see cref="EngagementState.BallTimeOf"/>). A stage counts in its current round only: an earlier round a
/// revision ended is not an obligation of the assessment. Immutable.
/// </remarks>
internal sealed record OnTimeRecord(
    int StagesOnTime,
    int StagesLate,
    int? PaymentsOnTime,
    int? PaymentsLate,
    int RepliesOnTime,
    int RepliesLate,
    int LateAndOpen,
    int BallBusinessDays)
{
    /// <summary>
    /// The record of <paramref name="party"/> in <paramref name="engagement"/> as <paramref name="assessment"/> sees it;
    /// the payment counts are null when the party owes no payment under the agreement (the provider, as things are).
    /// </summary>
    public static OnTimeRecord Of(EngagementState engagement, Assessment assessment, PartyRole party)
    {
        var owed = assessment.Obligations.Where(o => o.Party == party).ToList();
        var stages = owed.Where(o => o.Obligation.Kind == ObligationKind.Stage).ToList();
        var payments = owed.Where(o => o.Obligation.Kind.IsPayment).ToList();
        var replies = owed.Where(o => o.Obligation.Kind == ObligationKind.Reply).ToList();
        return new OnTimeRecord(
            stages.Count(o => o.Timeliness == Timeliness.Done),
            stages.Count(o => o.Timeliness == Timeliness.DoneLate),
            payments.Count == 0 ? null : payments.Count(o => o.Timeliness == Timeliness.Done),
            payments.Count == 0 ? null : payments.Count(o => o.Timeliness == Timeliness.DoneLate),
            replies.Count(o => o.Timeliness == Timeliness.Done),
            replies.Count(o => o.Timeliness == Timeliness.DoneLate),
            owed.Count(o => o.Timeliness == Timeliness.Overdue),
            engagement.BallTimeOf(party, assessment.At).BusinessDays);
    }
}
