using System.Collections.Generic;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using NodaTime;
using static ClientBoundaries.Engagements.EngagementEvent;

namespace ClientBoundaries.Engagements;

/// <content>
/// Reminders sent and consequences applied: a host records what it acted on of an assessment, and each is recorded
/// once, when it is due. Evolving them only adds them to the state's record (see the dispatch).
/// </content>
public static partial class EngagementDecider
{
    private static Decision DecideConsequence(Agreed engagement, ObligationKey key, ConsequenceRule rule, Instant at, bool isReminder)
    {
        var state = engagement.State;
        if (rule.Kind.IsReminder != isReminder)
        {
            return Decision.Refuse("consequence.wrong-command", null, Fact.Of("rule", rule));
        }

        var subject = key.Stage?.Value ?? key.Message?.Value;
        // Built once for the three questions below: which rule and round, whether it is due, and if not, when.
        var obligations = Obligation.Of(state);
        var (hasRule, round) = FallingDue.RuleOf(obligations, key, rule);
        if (round < 0)
        {
            return Decision.Refuse("consequence.unknown-obligation", subject, Fact.Of("obligation", key));
        }

        if (!hasRule)
        {
            return Decision.Refuse("consequence.not-in-policy", subject, Fact.Of("rule", rule), Fact.Of("obligation", key));
        }

        if (FallingDue.Find(state, obligations, key, rule, at) is not { } due)
        {
            if (FallingDue.IsRecorded(state, key, round, rule))
            {
                return Decision.Refuse("consequence.already-recorded", subject, Fact.Of("rule", rule), Fact.Of("obligation", key));
            }

            // Not due: not yet (with the instant it falls due), no longer (a later reminder replaced it), or not at all.
            return FallingDue.WhenDue(state, obligations, key, rule) is { } when
                ? Decision.Refuse("consequence.not-due", subject, Fact.Of("rule", rule), Fact.Of("obligation", key), Fact.Of("at", at), Fact.Of("fallsDueAt", when))
                : Decision.Refuse("consequence.not-due", subject, Fact.Of("rule", rule), Fact.Of("obligation", key), Fact.Of("at", at));
        }

        var party = due.Obligation.Party;
        if (isReminder)
        {
            return Decision.Accept(new ReminderSent(key, due.Obligation.Round, rule, party, at));
        }

        var applied = new ConsequenceApplied(key, due.Obligation.Round, rule, party, due.Amount, due.At, at);
        if (rule.Kind == ConsequenceKind.Pause && (state.Phase == EngagementPhase.Scheduled || state.Phase == EngagementPhase.Active) && state.Ball is not null)
        {
            var facts = new List<Fact> { Fact.Of("late", due.BusinessDaysLate), Fact.Of("obligation", key) };
            if (key.Stage is { } stage && engagement.Agreement.FindStage(stage) is { } named)
            {
                facts.Add(Fact.Of("obligationName", named.Name));
            }

            var reason = Sentences.Say(engagement.Agreement.PreferencesOf(party).Language, "pause.consequence", facts);
            return Decision.Accept(applied, new Paused(party, reason, at));
        }

        return Decision.Accept(applied);
    }
}
