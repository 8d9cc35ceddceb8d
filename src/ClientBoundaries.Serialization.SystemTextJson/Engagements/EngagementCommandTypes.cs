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
/// One engagement command as <c>{"type": "hand-off", "schemaVersion": 1, "at": "...", ...its fields, "expectedVersion": 7}</c>:
/// the type is the kebab case of the command's name, the fields are its constructor's parameters in camel
/// case. The list of types and the fields of each are in <see cref="EngagementCommandJson"/>'s documentation.
/// </summary>
internal static partial class EngagementCommandTypes
{
    /// <summary>The schema version written, and the newest read.</summary>
    public const int SchemaVersion = 1;

    public static readonly TypeTable<EngagementCommand> Types = new(
        "command",
        SchemaVersion,
        c => c.At,
        StageCases.Concat(PaymentCases).Concat(ConsequenceCases).Concat(InterruptionCases).Concat(ScopeCases).Concat(CommunicationCases),
        WriteExpectedVersion,
        ReadExpectedVersion);

    /// <summary>The engagement version a command was decided on, when it carries one: <c>"expectedVersion": 7</c>, after its fields.</summary>
    private static void WriteExpectedVersion(Utf8JsonWriter writer, EngagementCommand command)
    {
        if (command.ExpectedVersion is { } version)
        {
            writer.WriteNumber("expectedVersion", version);
        }
    }

    private static EngagementCommand? ReadExpectedVersion(ObjectReader o, EngagementCommand? command)
    {
        if (o.Optional("expectedVersion") is not { } field)
        {
            return command;
        }

        return field.AsInt32(0) is { } version ? command?.ExpectingVersion(version) : null;
    }

    /// <summary>What a reminder, a consequence or a credit to link is about: the obligation and the policy's rule.</summary>
    private static void WriteObligation(Utf8JsonWriter writer, ObligationKey obligation, ConsequenceRule rule)
    {
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, obligation);
        writer.WritePropertyName("rule");
        ConsequenceRuleJson.Write(writer, rule);
    }

    private static void None<T>(Utf8JsonWriter writer, T value)
    {
    }

    private static TypeTable<EngagementCommand>.Case Case<T>(string name, Action<Utf8JsonWriter, T> write, Func<ObjectReader, Instant?, T?> read)
        where T : EngagementCommand =>
        TypeTable<EngagementCommand>.Case.Of(name, write, read);

    private static StageKey? Stage(ObjectReader o) => KeyJson.Read(o, "stage", v => new StageKey(v));

    private static ChangeRequestId? ChangeOrderId(ObjectReader o) => KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));

    private static MeetingId? MeetingId(ObjectReader o) => KeyJson.Read(o, "meetingId", v => new MeetingId(v));

    private static IncidentId? IncidentId(ObjectReader o) => KeyJson.Read(o, "incidentId", v => new IncidentId(v));

    private static MessageId? MessageId(ObjectReader o) => KeyJson.Read(o, "messageId", v => new MessageId(v));

    /// <summary>Whether an optional property was read: absent, or present and right (false when present and wrong).</summary>
    private static bool Given(ObjectReader o, string name, bool read) => read || !o.Has(name);
}
