using ClientBoundaries.Engagements;
using static ClientBoundaries.Engagements.EngagementCommand;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <content>The commands that record a reminder sent or a consequence applied.</content>
internal static partial class EngagementCommandTypes
{
    /// <summary>The commands that record a reminder sent or a consequence applied.</summary>
    private static TypeTable<EngagementCommand>.Case[] ConsequenceCases => new[]
    {
        Case<RecordReminderSent>(
            RecordReminderSent.Name,
            (w, c) => WriteObligation(w, c.Obligation, c.Rule),
            (o, at) =>
            {
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                return obligation is not null && rule is not null && at is { } a ? new RecordReminderSent(obligation, rule, a) : null;
            }),
        Case<ApplyConsequence>(
            ApplyConsequence.Name,
            (w, c) => WriteObligation(w, c.Obligation, c.Rule),
            (o, at) =>
            {
                var obligation = o.Object("obligation", ObligationKeyJson.Read);
                var rule = o.Object("rule", ConsequenceRuleJson.Read);
                return obligation is not null && rule is not null && at is { } a ? new ApplyConsequence(obligation, rule, a) : null;
            }),
    };
}
