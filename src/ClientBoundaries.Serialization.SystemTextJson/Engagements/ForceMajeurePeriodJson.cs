using System;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A period of force majeure, as the fields of the command that asks to record it and of the event that
/// records it: <c>"declaredBy": "Client", "reason": "Office flooded", "from": "2026-03-20", "until": "2026-03-27"</c>.
/// </summary>
internal static class ForceMajeurePeriodJson
{
    public static void Write(Utf8JsonWriter writer, ForceMajeurePeriod period)
    {
        writer.WriteString("declaredBy", period.DeclaredBy.Name);
        writer.WriteString("reason", period.Reason);
        writer.Date("from", period.From);
        writer.Date("until", period.Until);
    }

    /// <summary>
    /// Reads the period's fields and, when they and the envelope's instant are right, makes what carries
    /// them; a value the library refuses is a problem at its property.
    /// </summary>
    public static T? Read<T>(ObjectReader o, Instant? at, Func<ForceMajeurePeriod, Instant, T> make)
        where T : class
    {
        var declaredBy = Names.PartyRoles.Read(o, "declaredBy");
        var reason = o.String("reason");
        var from = o.DueDate("from");
        var until = o.DueDate("until");
        return declaredBy is not null && reason is not null && from is { } f && until is { } u && at is { } a
            ? o.Construct(() => make(new ForceMajeurePeriod(declaredBy, reason, f, u), a))
            : null;
    }
}
