using System.Collections.Generic;
using System.Text.Json.Serialization;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The source-generated serializer context of every ClientBoundaries value: use its type information
/// (<c>JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement)</c>) in a trimmed
/// or native AOT app, where reflection-based serialization is not available.
/// </summary>
[JsonSourceGenerationOptions(Converters = new[] { typeof(MoneyConverter), typeof(AgreementConverter), typeof(PlanConverter), typeof(EngagementEventConverter), typeof(EngagementCommandConverter), typeof(AssessmentConverter), typeof(ScopeDecisionConverter), typeof(ChangeOrderConverter) })]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(Plan))]
[JsonSerializable(typeof(EngagementEvent))]
[JsonSerializable(typeof(IReadOnlyList<EngagementEvent>))]
[JsonSerializable(typeof(EngagementCommand))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(ScopeDecision))]
[JsonSerializable(typeof(ChangeOrder))]
[JsonSerializable(typeof(IReadOnlyList<ChangeOrder>))]
public sealed partial class ClientBoundariesJsonContext : JsonSerializerContext
{
}
