using System.Text.Json;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Change-order terms: <c>{"proposalValidDays": 14, "hoursPerBusinessDay": 6, "allowsProceedingWhilePriced": false,
/// "revisionOverflow": "Refuse", "hoursPerExtraRevisionRound": 4}</c>; each left out takes the default of
/// <see cref="ChangeOrderTerms.Default"/> (the last one only goes with <c>RecordAsChangeRequest</c>).
/// </summary>
internal static class ChangeOrderTermsJson
{
    public static void Write(Utf8JsonWriter writer, ChangeOrderTerms terms)
    {
        writer.WriteStartObject();
        writer.WriteNumber("proposalValidDays", terms.ProposalValidDays);
        writer.WriteNumber("hoursPerBusinessDay", terms.HoursPerBusinessDay);
        writer.WriteBoolean("allowsProceedingWhilePriced", terms.AllowsProceedingWhilePriced);
        writer.WriteString("revisionOverflow", terms.RevisionOverflow.Name);
        if (terms.HoursPerExtraRevisionRound is { } hours)
        {
            writer.WriteNumber("hoursPerExtraRevisionRound", hours);
        }

        writer.WriteEndObject();
    }

    public static ChangeOrderTerms? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var validDays = o.Int32Or("proposalValidDays", 14, 1, ChangeOrderTerms.MaxProposalValidDays);
        var hoursPerDay = o.DecimalOr("hoursPerBusinessDay", 6m, 0.5m, 24m);
        var proceeds = o.BooleanOr("allowsProceedingWhilePriced", false);
        var overflow = o.Or("revisionOverflow", Names.RevisionOverflows.Read, RevisionOverflow.Refuse);
        var extraField = o.Optional("hoursPerExtraRevisionRound");
        var extra = extraField?.AsDecimal();
        o.End();
        return validDays is { } days && hoursPerDay is { } hours && proceeds is { } proceed && overflow is not null && (extraField is null || extra is not null)
            ? field.Construct(
                () => new ChangeOrderTerms(days, hours, proceed, overflow, extra),
                ("hoursPerExtraRevisionRound", "hoursPerExtraRevisionRound"))
            : null;
    }
}
