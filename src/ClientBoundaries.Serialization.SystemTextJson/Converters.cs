using System.Collections.Generic;
using System.Text.Json.Serialization;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;

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
