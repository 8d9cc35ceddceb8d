using System;
using System.Linq;
using System.Text.Json;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// One engagement event as <c>{"type": "handed-off", "schemaVersion": 1, "at": "...", ...its fields}</c>: the
/// type is the event's stable kind name, the fields are its properties in camel case. The list of types and
/// the fields of each are in <see cref="EngagementEventJson"/>'s documentation.
/// </summary>
internal static partial class EngagementEventTypes
{
    /// <summary>The schema version written, and the newest read.</summary>
    public const int SchemaVersion = 1;

    public static readonly TypeTable<EngagementEvent> Types = new(
        "event",
        SchemaVersion,
        e => e.At,
        StageCases.Concat(PaymentCases).Concat(ConsequenceCases).Concat(InterruptionCases).Concat(ScopeCases).Concat(CommunicationCases));

    /// <summary>What a reminder, a consequence or a linked credit is about: the obligation, its round, and the policy's rule.</summary>
    private static void WriteObligation(Utf8JsonWriter writer, ObligationKey obligation, int round, ConsequenceRule rule)
    {
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, obligation);
        writer.WriteNumber("round", round);
        writer.WritePropertyName("rule");
        ConsequenceRuleJson.Write(writer, rule);
    }

    private static void None<T>(Utf8JsonWriter writer, T value)
    {
    }

    private static TypeTable<EngagementEvent>.Case Case<T>(string name, Action<Utf8JsonWriter, T> write, Func<ObjectReader, Instant?, T?> read)
        where T : EngagementEvent =>
        TypeTable<EngagementEvent>.Case.Of(name, write, read);

    private static StageKey? Stage(ObjectReader o) => KeyJson.Read(o, "stage", v => new StageKey(v));

    private static ChangeRequestId? ChangeOrderId(ObjectReader o) => KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));

    private static MeetingId? MeetingId(ObjectReader o) => KeyJson.Read(o, "meetingId", v => new MeetingId(v));

    private static IncidentId? IncidentId(ObjectReader o) => KeyJson.Read(o, "incidentId", v => new IncidentId(v));

    private static MessageId? MessageId(ObjectReader o) => KeyJson.Read(o, "messageId", v => new MessageId(v));

    /// <summary>Whether an optional property was read: absent, or present and right (false when present and wrong).</summary>
    private static bool Given(ObjectReader o, string name, bool read) => read || !o.Has(name);
}
