using System;
using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An incident report, as the fields of the command that asks to record it and of the event that records
/// it: <c>"incidentId": "late-design", "whatHappened": "...", "impact": "...", "remedy": "...", "followThroughDue": "2026-04-15"</c>.
/// </summary>
internal static class IncidentReportJson
{
    public static void Write(Utf8JsonWriter writer, IncidentReport report)
    {
        writer.WriteString("incidentId", report.IncidentId.Value);
        writer.WriteString("whatHappened", report.WhatHappened);
        writer.WriteString("impact", report.Impact);
        writer.WriteString("remedy", report.Remedy);
        writer.Date("followThroughDue", report.FollowThroughDue);
    }

    /// <summary>
    /// Reads the report's fields and, when they and the envelope's instant are right, makes what carries
    /// them; a value the library refuses is a problem at its property.
    /// </summary>
    public static T? Read<T>(ObjectReader o, Instant? at, Func<IncidentReport, Instant, T> make)
        where T : class
    {
        var incidentId = KeyJson.Read(o, "incidentId", v => new IncidentId(v));
        var whatHappened = o.String("whatHappened");
        var impact = o.String("impact");
        var remedy = o.String("remedy");
        var due = o.DueDate("followThroughDue");
        return incidentId is not null && whatHappened is not null && impact is not null && remedy is not null && due is { } d && at is { } a
            ? o.Construct(() => make(new IncidentReport(incidentId, whatHappened, impact, remedy, d), a))
            : null;
    }
}
