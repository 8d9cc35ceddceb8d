using System;
using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A change order's decline, as the fields of the command that declines it and of the event that records the
/// decline: <c>"changeOrder": "gallery", "reason": "..."</c>, the reason left out when the client gave none.
/// </summary>
internal static class ChangeOrderDeclineJson
{
    public static void Write(Utf8JsonWriter writer, ChangeOrderDecline decline)
    {
        writer.WriteString("changeOrder", decline.ChangeOrder.Value);
        writer.OptionalString("reason", decline.Reason);
    }

    /// <summary>
    /// Reads the decline's fields and, when they and the envelope's instant are right, makes what carries them; a
    /// value the library refuses is a problem at its property.
    /// </summary>
    public static T? Read<T>(ObjectReader o, Instant? at, Func<ChangeOrderDecline, Instant, T> make)
        where T : class
    {
        var changeOrder = KeyJson.Read(o, "changeOrder", v => new ChangeRequestId(v));
        var reason = o.OptionalString("reason");
        return changeOrder is not null && (reason is not null || !o.Has("reason")) && at is { } a
            ? o.Construct(() => make(new ChangeOrderDecline(changeOrder, reason), a))
            : null;
    }
}
