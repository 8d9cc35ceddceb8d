using System.Collections.Generic;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An agreement's acceptance windows: <c>{"businessDays": 5, "whenClosed": "DeemsAccepted", "stages": [{"stage": "launch",
/// "businessDays": 10}]}</c>. <c>businessDays</c> is left out when only the listed stages have a window, <c>stages</c>
/// when none has its own; an agreement without windows leaves the whole object out.
/// </summary>
internal static class AcceptanceWindowsJson
{
    public static void Write(Utf8JsonWriter writer, AcceptanceWindows windows)
    {
        writer.WriteStartObject();
        if (windows.DefaultBusinessDays is { } days)
        {
            writer.WriteNumber("businessDays", days);
        }

        writer.WriteString("whenClosed", windows.WhenClosed.Name);
        if (windows.StageOverrides.Count > 0)
        {
            writer.WriteStartArray("stages");
            foreach (var entry in windows.StageOverrides)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", entry.Key.Value);
                writer.WriteNumber("businessDays", entry.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static AcceptanceWindows? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var daysField = o.Optional("businessDays");
        var days = daysField?.AsInt32(1, AcceptanceWindows.MaxBusinessDays);
        var whenClosed = Names.WindowClosingPolicies.Read(o, "whenClosed");
        var stages = o.OptionalArray("stages", ReadStage);
        o.End();
        if ((daysField is not null && days is null) || whenClosed is null || stages is null)
        {
            return null;
        }

        var windows = days is { } d ? AcceptanceWindows.Of(d, whenClosed) : AcceptanceWindows.OnlyForStages(whenClosed);
        foreach (var stage in stages)
        {
            windows = windows.WithStage(stage.Stage, stage.BusinessDays);
        }

        return windows;
    }

    private static StageWindow? ReadStage(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var stage = KeyJson.Read(o, "stage", v => new StageKey(v));
        var days = o.Int32("businessDays", 1, AcceptanceWindows.MaxBusinessDays);
        o.End();
        return stage is not null && days is { } d ? new StageWindow(stage, d) : null;
    }

    private sealed class StageWindow
    {
        public StageWindow(StageKey stage, int businessDays)
        {
            Stage = stage;
            BusinessDays = businessDays;
        }

        public StageKey Stage { get; }

        public int BusinessDays { get; }
    }
}
