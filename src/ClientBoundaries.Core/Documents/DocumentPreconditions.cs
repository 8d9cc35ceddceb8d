using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;

namespace ClientBoundaries.Documents;

/// <summary>The argument checks every document shares: a plan must date the agreement it is written with, and an engagement must be scheduled.</summary>
internal static class DocumentPreconditions
{
    /// <summary>Throws unless <paramref name="plan"/> dates this version of <paramref name="agreement"/> and only its stages.</summary>
    public static void CheckPlanOf(Agreement agreement, Plan plan)
    {
        Preconditions.CheckArgument(
            plan.AgreementId == agreement.Id && plan.AgreementVersion == agreement.Version,
            nameof(plan),
            $"The plan dates {plan.AgreementId} version {plan.AgreementVersion}, not {agreement.Id} version {agreement.Version}: write each agreement with its own plan.");
        foreach (var planned in plan.Stages)
        {
            Preconditions.CheckArgument(
                agreement.FindStage(planned.Key) is not null,
                nameof(plan),
                $"The plan dates stage '{planned.Key}', which agreement {agreement} does not have.");
        }
    }

    /// <summary>The agreement and plan of a scheduled engagement; throws, naming the engagement, when it has none yet.</summary>
    public static (Agreement Agreement, Plan Plan) Scheduled(EngagementState engagement)
    {
        var agreement = engagement.Agreement;
        Preconditions.CheckArgument(
            agreement is not null,
            nameof(engagement),
            "The engagement has no agreement yet (no event has been applied): propose and schedule it first.");
        var plan = engagement.Plan;
        Preconditions.CheckArgument(
            plan is not null,
            nameof(engagement),
            $"Engagement {agreement!.Id} has no plan yet (it is {engagement.Phase}): schedule it first.");
        return (agreement!, plan!);
    }
}
