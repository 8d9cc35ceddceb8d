using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A change request: <c>{"id": "booking", "description": "...", "requestedBy": "Client", "estimatedHours": 8,
/// "requestedAt": "...", "deliverable": "pages", "units": 2, "clause": "..."}</c>; <c>deliverable</c> and
/// <c>clause</c> are left out when there is none, <c>units</c> when it is 0.
/// </summary>
internal static class ChangeRequestJson
{
    public static void Write(Utf8JsonWriter writer, ChangeRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("id", request.Id.Value);
        writer.WriteString("description", request.Description);
        writer.WriteString("requestedBy", request.RequestedBy.Name);
        writer.WriteNumber("estimatedHours", request.EstimatedHours);
        writer.Instant("requestedAt", request.RequestedAt);
        writer.OptionalString("deliverable", request.Deliverable?.Value);
        if (request.Units != 0)
        {
            writer.WriteNumber("units", request.Units);
        }

        writer.OptionalString("clause", request.Clause);
        writer.WriteEndObject();
    }

    public static ChangeRequest? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var id = KeyJson.Read(o, "id", v => new ChangeRequestId(v));
        var description = o.String("description");
        var requestedBy = Names.PartyRoles.Read(o, "requestedBy");
        var estimatedHours = o.Decimal("estimatedHours");
        var requestedAt = o.Instant("requestedAt");
        var deliverable = KeyJson.ReadOptional(o, "deliverable", v => new DeliverableKey(v));
        var units = o.Optional("units") is { } unitsField ? unitsField.AsInt32() : 0;
        var clause = o.OptionalString("clause");
        o.End();
        if (id is null || description is null || requestedBy is null || estimatedHours is not { } hours || requestedAt is not { } at
            || (o.Has("deliverable") && deliverable is null) || units is not { } count || (o.Has("clause") && clause is null))
        {
            return null;
        }

        return o.Construct(() => new ChangeRequest(id, description, requestedBy, hours, at, deliverable, count, clause));
    }
}
