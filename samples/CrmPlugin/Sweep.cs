using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace CrmPlugin;

/// <summary>
/// The CRM's nightly job: every engagement in the store is loaded, replayed and assessed at the
/// sweep's moment; each reminder due is sent and each consequence due applied, and what was done is
/// recorded as commands whose events are appended to the engagement's stream.
/// </summary>
/// <remarks>
/// <para>The moment is given, never read from a clock: a sweep run again at the same moment finds
/// everything it did recorded and does nothing, and a sweep over a copy of the database gives the
/// same answer.</para>
/// <para>One engagement's actions are one batch, appended expecting the version the sweep loaded.
/// If a user appended in between, the batch conflicts, nothing of it is written, and that engagement
/// is loaded and assessed again, since what the user did may have changed what is due.</para>
/// </remarks>
internal sealed class Sweep(EventStore store)
{
    private const int Attempts = 3;

    /// <summary>Sweeps every engagement in the store at <paramref name="at"/>.</summary>
    public SweepReport Run(Instant at)
    {
        var streams = store.Streams();
        var actions = new List<SweepAction>();
        foreach (var stream in streams)
        {
            actions.AddRange(SweepOne(stream, at));
        }

        return new SweepReport(at, streams.Count, actions);
    }

    private List<SweepAction> SweepOne(string stream, Instant at)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var loaded = store.Load(stream);
            var state = loaded.Replay();
            var assessment = Assessor.Assess(state, at);
            var actions = new List<SweepAction>();
            var events = new List<EngagementEvent>();

            void Record(EngagementCommand command, DueConsequence due)
            {
                var decision = EngagementDecider.Decide(state, command.ExpectingVersion(state.Version));
                actions.Add(new SweepAction(stream, state.Agreement!.Client.Name, state.Agreement.PreferencesOf(due.Party).Language, due, decision));
                foreach (var @event in decision.Events)
                {
                    events.Add(@event);
                    state = EngagementDecider.Evolve(state, @event);
                }
            }

            // Sending the reminder or invoicing the fee is the CRM's own business; here it is the line printed.
            // What the assessment lists about how the two sides talk (a recap owed, a reply) is for a
            // person to do, not recorded by a sweep; these agreements set no such terms.
            foreach (var reminder in assessment.Reminders)
            {
                Record(new RecordReminderSent(reminder.Obligation, reminder.Rule, at), reminder);
            }

            foreach (var consequence in assessment.Consequences)
            {
                Record(new ApplyConsequence(consequence.Obligation, consequence.Rule, at), consequence);
            }

            if (store.Append(stream, loaded.Version, events) is AppendResult.Appended)
            {
                return actions;
            }
        }

        throw new InvalidOperationException($"Engagement '{stream}' kept changing during the sweep: {Attempts} attempts conflicted.");
    }
}

/// <summary>
/// One reminder sent or consequence applied by a sweep, or refused by the decider; <paramref name="Language"/> is the
/// language of the party it concerns, the one its explanation is worded in.
/// </summary>
internal sealed record SweepAction(string Stream, string Client, Language Language, DueConsequence Due, Decision Decision)
{
    /// <summary>"firm reminder", "late fee": the rule's kind in words.</summary>
    public string What => string.Concat(Due.Kind.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>What a sweep did.</summary>
internal sealed record SweepReport(Instant At, int Engagements, IReadOnlyList<SweepAction> Actions)
{
    /// <summary>The actions the decider accepted: recorded in the store.</summary>
    public IReadOnlyList<SweepAction> Done => Actions.Where(a => a.Decision.IsAccepted).ToList();

    /// <summary>"2 actions on 2 of 3 engagements, 3 events appended", or "nothing to do".</summary>
    public string Summary()
    {
        var done = Done;
        if (done.Count == 0)
        {
            return "nothing to do";
        }

        var engagements = done.Select(a => a.Stream).Distinct().Count();
        var events = done.Sum(a => a.Decision.Events.Count);
        return $"{Count(done.Count, "action", "actions")} on {engagements.ToString(CultureInfo.InvariantCulture)} of "
            + $"{Count(Engagements, "engagement", "engagements")}, {Count(events, "event", "events")} appended";
    }

    private static string Count(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
