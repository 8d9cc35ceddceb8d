using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The scope: <c>{"deliverables": [...], "goodwill": {...}, "rateCard": {...}, "changeOrderTerms": {...}}</c>;
/// each may be left out (none, no goodwill, no rate card, the default change-order terms).
/// </summary>
internal static class ScopeTermsJson
{
    /// <summary>More deliverables than an agreement needs; a guard against hostile input.</summary>
    private const int MaxDeliverables = 1_000;

    public static void Write(Utf8JsonWriter writer, ScopeTerms scope)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("deliverables");
        foreach (var deliverable in scope.Deliverables)
        {
            DeliverableJson.Write(writer, deliverable);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("goodwill");
        GoodwillJson.Write(writer, scope.Goodwill);
        if (scope.RateCard is { } card)
        {
            writer.WritePropertyName("rateCard");
            RateCardJson.Write(writer, card);
        }

        writer.WritePropertyName("changeOrderTerms");
        ChangeOrderTermsJson.Write(writer, scope.ChangeOrderTerms);
        writer.WriteEndObject();
    }

    public static ScopeTerms? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var deliverablesField = o.Optional("deliverables");
        var deliverables = deliverablesField is { } d ? d.AsArray(DeliverableJson.Read, MaxDeliverables) : System.Array.Empty<Deliverable>();
        var goodwill = o.Or("goodwill", GoodwillJson.Read, Goodwill.None);
        var rateCard = o.OptionalObject("rateCard", RateCardJson.Read, out var rateCardFailed);
        var terms = o.Or("changeOrderTerms", ChangeOrderTermsJson.Read, ChangeOrderTerms.Default);
        o.End();
        if (deliverables is null || goodwill is null || rateCardFailed || terms is null)
        {
            return null;
        }

        // A key used twice is named at the second use, with the first.
        for (var i = 0; i < deliverables.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (deliverables[j].Key == deliverables[i].Key)
                {
                    new JsonField(default, $"{deliverablesField!.Value.Path}[{i.ToString(CultureInfo.InvariantCulture)}].key", field.Session)
                        .Problem($"must be unique, but '{deliverables[i].Key}' is already the key of deliverables[{j.ToString(CultureInfo.InvariantCulture)}] (\"{deliverables[j].Name}\")");
                    return null;
                }
            }
        }

        return field.Construct(() => new ScopeTerms(deliverables, goodwill, rateCard, terms));
    }
}
