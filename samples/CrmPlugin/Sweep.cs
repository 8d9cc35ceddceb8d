using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClientBoundaries.Documents;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace CrmPlugin;

/// <summary>
/// The CRM's nightly job: every engagement in the store is loaded, replayed and assessed at the
/// sweep's moment; each stage whose acceptance window closed is recorded as deemed accepted, each
/// reminder due is sent and each consequence due applied, and what was done is recorded as commands,
/// through the <see cref="CommandHandler"/>, whose events are appended to the engagement's stream.
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
    private readonly CommandHandler _handler = new(store);

    /// <summary>Sweeps every engagement in the store at <paramref name="at"/>.</summary>
    public SweepReport Run(Instant at)
    {
        var streams = store.Streams();
        var actions = new List<SweepAction>();
        foreach (var stream in streams)
        {
            IReadOnlyList<Due> due = [];
            var decisions = _handler.Handle(stream, state => (due = DueAt(state, at)).Select(d => d.Command).ToList());
            actions.AddRange(due.Select((d, i) => new SweepAction(stream, d.What, d.Language, d.Words, d.InEnglish, d.Command, decisions[i])));
        }

        return new SweepReport(at, streams.Count, actions);
    }

    /// <summary>
    /// What the assessment at <paramref name="at"/> lists for the CRM to record, each with its words and the command that
    /// records it. Telling the client, sending the reminder or invoicing the fee is the CRM's own business; here it is the
    /// line printed. What the assessment lists about how the two sides talk (a recap owed, a reply) is for a person to do,
    /// not recorded by a sweep; these agreements set no such terms.
    /// </summary>
    private static List<Due> DueAt(EngagementState state, Instant at)
    {
        var agreement = state.Agreement!;
        var assessment = Assessor.Assess(state, at);
        var due = new List<Due>();

        // First what dates from before tonight: the window closed, the stage counts as accepted then, and what its
        // acceptance invoices falls due from then.
        foreach (var deemed in assessment.DeemedAcceptances)
        {
            var language = agreement.PreferencesOf(deemed.By).Language;
            due.Add(new Due(
                "deemed acceptance",
                language,
                DeemedAcceptanceNotice.Write(agreement, deemed, language),
                DeemedAcceptanceNotice.Write(agreement, deemed, Language.English),
                new RecordDeemedAcceptance(deemed.Stage, at)));
        }

        foreach (var reminder in assessment.Reminders)
        {
            due.Add(Of(reminder, new RecordReminderSent(reminder.Obligation, reminder.Rule, at)));
        }

        foreach (var consequence in assessment.Consequences)
        {
            due.Add(Of(consequence, new ApplyConsequence(consequence.Obligation, consequence.Rule, at)));
        }

        return due;

        Due Of(DueConsequence item, EngagementCommand command) =>
            new(Words(item.Kind.Name), agreement.PreferencesOf(item.Party).Language, item.Explanation, item.ExplanationIn(Language.English), command);
    }

    /// <summary>"FirmReminder" as "firm reminder", "LateFee" as "late fee": a rule's kind as the sweep's log line names it.</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>One thing due: what it is, its words in the language of the party it concerns and in English, and the command that records it.</summary>
    private sealed record Due(string What, Language Language, string Words, string InEnglish, EngagementCommand Command);
}

/// <summary>
/// One thing a sweep recorded, or the decider refused: <paramref name="What"/> it is ("deemed acceptance", "firm
/// reminder", "late fee"), its <paramref name="Words"/> in the <paramref name="Language"/> of the party it concerns (what
/// is sent to it) and <paramref name="InEnglish"/> (what the studio reads), the <paramref name="Command"/> that records
/// it, and the <paramref name="Decision"/> on that command.
/// </summary>
internal sealed record SweepAction(string Stream, string What, Language Language, string Words, string InEnglish, EngagementCommand Command, Decision Decision);

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
