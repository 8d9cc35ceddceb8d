using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// What still stands between an engagement and its end, read off its state: the work not yet delivered and accepted,
/// the money outstanding either way, the replies owed, and how the two sides talk (a meeting booked, a recap owed, a
/// check-in to record, feedback to ask for, a follow-through on an incident). <see cref="EngagementDecider.IsTerminal"/>
/// is true when the engagement is completed or terminated and nothing remains; the status report lists what does.
/// </summary>
internal sealed class Remaining
{
    private Remaining(
        int stagesToGo,
        StageProgress? finalAwaitingAcceptance,
        List<OwedEntry> owed,
        List<ReplyOwed> repliesOwed,
        int meetingsBooked,
        List<CommunicationDue> communication)
    {
        StagesToGo = stagesToGo;
        FinalAwaitingAcceptance = finalAwaitingAcceptance;
        Owed = owed;
        RepliesOwed = repliesOwed;
        MeetingsBooked = meetingsBooked;
        Communication = communication;
    }

    /// <summary>The stages not yet delivered and accepted while the work goes on; 0 once it is completed or terminated.</summary>
    public int StagesToGo { get; }

    /// <summary>The last stage, handed over and waiting for its acceptance, when that is all the work left.</summary>
    public StageProgress? FinalAwaitingAcceptance { get; }

    /// <summary>The ledger's entries with something outstanding, in ledger order.</summary>
    public IReadOnlyList<OwedEntry> Owed { get; }

    /// <summary>The messages still waiting for their reply, each with when it is due (none once the engagement is terminated: no reply is owed after the end).</summary>
    public IReadOnlyList<ReplyOwed> RepliesOwed { get; }

    /// <summary>Meetings booked and neither held nor cancelled.</summary>
    public int MeetingsBooked { get; }

    /// <summary>The recaps, check-ins, feedback requests and follow-throughs still open, now or later, each as it reads at <see cref="Of"/>'s instant.</summary>
    public IReadOnlyList<CommunicationDue> Communication { get; }

    /// <summary>Whether nothing at all remains.</summary>
    public bool IsNothing =>
        StagesToGo == 0 && Owed.Count == 0 && RepliesOwed.Count == 0 && MeetingsBooked == 0 && Communication.Count == 0;

    /// <summary>
    /// Whether nothing remains, the question <see cref="EngagementDecider.IsTerminal"/> asks: the same pieces as
    /// <see cref="Of"/> (work, money, replies, meetings and agenda), without wording a single agenda item.
    /// </summary>
    public static bool IsNothingLeft(EngagementState state)
    {
        if (!state.Phase.IsFinal && state.Stages.Any(s => !s.IsAccepted))
        {
            return false;
        }

        if (OwedLedger.Of(state).Entries.Any(e => !e.IsSettled))
        {
            return false;
        }

        return (state.TerminatedAt is not null || state.Communication.Messages.All(m => m.Reply is not null)) && !CommunicationAgenda.HasOpen(state);
    }

    /// <summary>What remains of <paramref name="state"/>, with the communication items read at <paramref name="now"/>.</summary>
    public static Remaining Of(EngagementState state, Instant now)
    {
        var stagesToGo = 0;
        StageProgress? awaiting = null;
        if (!state.Phase.IsFinal)
        {
            foreach (var stage in state.Stages)
            {
                stagesToGo += stage.IsAccepted ? 0 : 1;
            }

            var last = state.Stages.Count > 0 ? state.Stages[state.Stages.Count - 1] : null;
            awaiting = stagesToGo == 1 && state.CurrentStage is null && last is { IsAccepted: false } && last.Status == StageStatus.Done ? last : null;
        }

        var owed = new List<OwedEntry>();
        foreach (var entry in OwedLedger.Of(state).Entries)
        {
            if (!entry.IsSettled)
            {
                owed.Add(entry);
            }
        }

        var replies = new List<ReplyOwed>();
        var meetings = 0;
        if (state.TerminatedAt is null && state.AgreementForDates is { } agreement)
        {
            foreach (var message in state.Communication.Messages)
            {
                if (message.Reply is null)
                {
                    replies.Add(new ReplyOwed(message, CommunicationAgenda.ReplyDueAt(message, agreement.CalendarOf(message.To))));
                }
            }
        }

        foreach (var meeting in state.Communication.Meetings)
        {
            meetings += meeting.Held is null && meeting.CancelledAt is null ? 1 : 0;
        }

        return new Remaining(stagesToGo, awaiting, owed, replies, meetings, CommunicationAgenda.OpenAt(state, now));
    }

    /// <summary>A message waiting for its reply, and when the reply is due as the engagement counts it (force majeure included).</summary>
    internal sealed record ReplyOwed(TrackedMessage Message, Instant DueAt);
}
