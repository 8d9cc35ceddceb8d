using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>The converters of this package, one per value; the one list both the options extension and the context use.</summary>
internal static class Converters
{
    /// <summary>A new instance of every converter.</summary>
    public static IEnumerable<JsonConverter> All()
    {
        yield return new MoneyConverter();
        yield return new AgreementConverter();
        yield return new PlanConverter();
        yield return new EngagementEventConverter();
        yield return new EngagementCommandConverter();
        yield return new AssessmentConverter();
        yield return new ScopeDecisionConverter();
        yield return new ChangeOrderConverter();
    }
}

/// <summary>Money as <c>{"amount": 1500.00, "currency": "EUR"}</c>.</summary>
internal sealed class MoneyConverter : ValueConverter<Money>
{
    public MoneyConverter()
        : base("amount of money", MoneyJson.Read, MoneyJson.Write)
    {
    }
}

/// <summary>An agreement of any version, in the format of agreement templates (<see cref="AgreementTemplate"/>).</summary>
internal sealed class AgreementConverter : ValueConverter<Agreement>
{
    public AgreementConverter()
        : base("agreement", AgreementJson.Read, AgreementJson.Write)
    {
    }
}

/// <summary>A plan: its stages' dates and its handoffs (see <see cref="PlanJson"/>).</summary>
internal sealed class PlanConverter : ValueConverter<Plan>
{
    public PlanConverter()
        : base("plan", PlanJson.Read, PlanJson.Write)
    {
    }
}

/// <summary>An engagement event of any type, in the form of <see cref="EngagementEventJson"/>.</summary>
internal sealed class EngagementEventConverter : CaseConverter<EngagementEvent>
{
    public EngagementEventConverter()
        : base("engagement event", EngagementEventTypes.Types)
    {
    }
}

/// <summary>An engagement command of any type, in the form of <see cref="EngagementCommandJson"/>.</summary>
internal sealed class EngagementCommandConverter : CaseConverter<EngagementCommand>
{
    public EngagementCommandConverter()
        : base("engagement command", EngagementCommandTypes.Types)
    {
    }
}

/// <summary>An assessment, in the form of <see cref="AssessmentJson"/>.</summary>
internal sealed class AssessmentConverter : ValueConverter<Assessment>
{
    public AssessmentConverter()
        : base("assessment", AssessmentJson.Read, AssessmentJson.Write)
    {
    }
}

/// <summary>
/// A scope decision of any kind, in the form of <see cref="ScopeDecisionJson"/> (as events carry it): it also
/// converts every kind, so a property typed as one (<c>ScopeDecision.OutOfScope</c>) is written with its
/// <c>kind</c>, and reading it refuses a decision of another kind.
/// </summary>
internal sealed class ScopeDecisionConverter : ValueConverter<ScopeDecision>
{
    public ScopeDecisionConverter()
        : base("scope decision", ScopeDecisionJson.Read, ScopeDecisionJson.Write)
    {
    }

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ScopeDecision).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override ScopeDecision? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = base.Read(ref reader, typeToConvert, options);
        if (value is not null && !typeToConvert.IsInstanceOfType(value))
        {
            throw new ClientBoundariesJsonException(
                "scope decision",
                new[] { new JsonProblem("$.kind", $"must be a {typeToConvert.Name} decision here, was \"{value.Kind}\"") });
        }

        return value;
    }
}

/// <summary>A change order as it stands in an engagement, in the form of <see cref="ChangeOrderJson"/>.</summary>
internal sealed class ChangeOrderConverter : ValueConverter<ChangeOrder>
{
    public ChangeOrderConverter()
        : base("change order", ChangeOrderJson.Read, ChangeOrderJson.Write)
    {
    }
}
