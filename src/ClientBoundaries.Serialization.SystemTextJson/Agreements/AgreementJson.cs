using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An agreement of any version, and an agreement template (the same format): its id, version and title,
/// the two parties with the terms the agreement keeps per party, the stages, payment terms, scope,
/// meeting policy, check-ins, feedback, what moving on before accepting a stage means, the acceptance windows, and the amendments
/// that made this version.
/// </summary>
/// <remarks>
/// <para>Writing puts down every term, defaults included, so a stored agreement means the same thing
/// whatever later releases take as a default. Reading accepts a template that leaves optional terms out
/// and gives them the builder's defaults.</para>
/// <para>Reading checks every value, then the agreement as a whole with <see cref="AgreementBuilder.Validate"/>,
/// each rule violation placed at the JSON path of what it names (<see cref="ViolationPaths"/>). When some
/// parts cannot be read, the rest is still checked as a whole, leaving out the rules the missing parts
/// could make wrong, so one pass reports as much as it can.</para>
/// </remarks>
internal static class AgreementJson
{
    /// <summary>More stages than any agreement has; a guard against hostile input.</summary>
    public const int MaxStages = 10_000;

    /// <summary>More amendments than any engagement makes; a guard against hostile input.</summary>
    public const int MaxAmendments = 10_000;

    /// <summary>The property a template may carry to name its JSON Schema, for editors; read and ignored.</summary>
    public const string SchemaProperty = "$schema";

    public static void Write(Utf8JsonWriter writer, Agreement agreement)
    {
        writer.WriteStartObject();
        writer.WriteString("id", agreement.Id.Value);
        writer.WriteNumber("version", agreement.Version);
        writer.WriteString("title", agreement.Title);
        writer.WritePropertyName("provider");
        PartyJson.Write(writer, agreement, PartyRole.Provider);
        writer.WritePropertyName("client");
        PartyJson.Write(writer, agreement, PartyRole.Client);
        writer.WriteStartArray("stages");
        foreach (var stage in agreement.Stages)
        {
            StageJson.Write(writer, stage);
        }

        writer.WriteEndArray();
        if (agreement.PaymentTerms is { } payment)
        {
            writer.WritePropertyName("paymentTerms");
            PaymentTermsJson.Write(writer, payment);
        }

        writer.WritePropertyName("scope");
        ScopeTermsJson.Write(writer, agreement.Scope);
        writer.WritePropertyName("meetingPolicy");
        MeetingPolicyJson.Write(writer, agreement.MeetingPolicy);
        if (agreement.CheckIns is { } checkIns)
        {
            writer.WritePropertyName("checkIns");
            CheckInCadenceJson.Write(writer, checkIns);
        }

        if (agreement.Feedback is { } feedback)
        {
            writer.WritePropertyName("feedback");
            FeedbackPolicyJson.Write(writer, feedback);
        }

        writer.WriteString("movingOn", agreement.MovingOn.Name);
        if (agreement.AcceptanceWindows.HasAny)
        {
            writer.WritePropertyName("acceptanceWindows");
            AcceptanceWindowsJson.Write(writer, agreement.AcceptanceWindows);
        }

        writer.WriteStartArray("amendments");
        foreach (var amendment in agreement.Amendments)
        {
            AmendmentJson.Write(writer, amendment);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static Agreement? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var problemsBefore = field.Session.Problems.Count;
        var schemaField = o.Optional(SchemaProperty);
        var schemaFailed = schemaField is { } s && s.AsString(2_000) is null;
        var id = KeyJson.Read(o, "id", v => new AgreementId(v));
        var versionField = o.Optional("version");
        var version = versionField is { } vf ? vf.AsInt32(1, int.MaxValue) : 1;
        var title = o.Text("title");
        var provider = o.Object("provider", PartyJson.Read);
        var client = o.Object("client", PartyJson.Read);
        var stages = o.Required("stages") is { } stagesField ? stagesField.AsItems(StageJson.Read, MaxStages) : null;
        var paymentTerms = o.OptionalObject("paymentTerms", PaymentTermsJson.Read, out var paymentFailed);
        var scope = o.Or("scope", ScopeTermsJson.Read, ScopeTerms.None);
        var meetings = o.Or("meetingPolicy", MeetingPolicyJson.Read, MeetingPolicy.Default);
        var checkIns = o.OptionalObject("checkIns", CheckInCadenceJson.Read, out var checkInsFailed);
        var feedback = o.OptionalObject("feedback", FeedbackPolicyJson.Read, out var feedbackFailed);
        var movingOn = o.Or("movingOn", Names.MovingOnPolicies.Read, MovingOnPolicy.DeemsAccepted);
        var windows = o.Or("acceptanceWindows", AcceptanceWindowsJson.Read, AcceptanceWindows.None);
        var amendmentsField = o.Optional("amendments");
        var amendments = amendmentsField is { } af ? af.AsArray(AmendmentJson.Read, MaxAmendments) : Array.Empty<Amendment>();
        o.End();

        // The whole is checked with what could be read: a placeholder id or title changes no rule.
        var builder = new AgreementBuilder(id ?? new AgreementId("unread"), title ?? "unread");

        // A stage whose key is used twice is refused (a problem), but its key is known: what names it is still checked.
        var stagesComplete = stages is { Complete: true };
        var added = new List<Stage>();
        foreach (var (stage, at) in stages?.Items ?? (IReadOnlyList<(Stage, JsonField)>)Array.Empty<(Stage, JsonField)>())
        {
            if (at.Child("key").Construct(() => builder.AddStage(stage)) is not null)
            {
                added.Add(stage);
            }
        }

        if (provider is not null)
        {
            AddParty(builder, PartyRole.Provider, provider);
        }

        if (client is not null)
        {
            AddParty(builder, PartyRole.Client, client);
        }

        if (paymentTerms is not null)
        {
            builder.WithPaymentTerms(paymentTerms);
        }

        if (scope is not null)
        {
            foreach (var deliverable in scope.Deliverables)
            {
                builder.AddDeliverable(deliverable);
            }

            builder.WithGoodwill(scope.Goodwill).WithChangeOrderTerms(scope.ChangeOrderTerms);
            if (scope.RateCard is { } card)
            {
                builder.WithRateCard(card);
            }
        }

        builder.WithMeetingPolicy(meetings ?? MeetingPolicy.Default);
        if (checkIns is not null)
        {
            builder.WithCheckIns(checkIns);
        }

        if (feedback is not null)
        {
            builder.WithFeedback(feedback);
        }

        builder.WithMovingOn(movingOn ?? MovingOnPolicy.DeemsAccepted);
        builder.WithAcceptanceWindows(windows ?? AcceptanceWindows.None);
        var partsRead = !schemaFailed && id is not null && version is not null && title is not null && provider is not null && client is not null
            && !paymentFailed && scope is not null && meetings is not null && !checkInsFailed && !feedbackFailed && movingOn is not null && windows is not null;
        var trusted = new ViolationPaths.Trust(
            StagesComplete: stagesComplete,
            CurrencyBaseKnown: paymentTerms is not null || (partsRead && stagesComplete));
        foreach (var violation in builder.Validate())
        {
            if (ViolationPaths.Keep(violation, trusted))
            {
                field.Session.Add(ViolationPaths.PathOf(violation, field), violation.Message);
            }
        }

        if (amendments is not null && version is { } v)
        {
            CheckHistory(field, v, versionField, amendments, amendmentsField, stagesComplete ? added : null, scope);
        }

        if (!partsRead || !stagesComplete || added.Count != stages!.Items.Count || amendments is null || version is null || field.Session.Problems.Count > problemsBefore)
        {
            return null;
        }

        var agreement = builder.Build();
        return amendments.Count == 0 ? agreement : agreement.WithHistory(version.Value, amendments);
    }

    private static void AddParty(AgreementBuilder builder, PartyRole role, PartyTerms terms)
    {
        if (role == PartyRole.Provider)
        {
            builder.WithProvider(terms.Name, terms.Calendar);
        }
        else
        {
            builder.WithClient(terms.Name, terms.Calendar);
        }

        builder
            .WithRestartLeadTime(role, terms.RestartLeadTimeBusinessDays)
            .WithConsequencePolicy(role, terms.ConsequencePolicy)
            .WithContactPolicy(role, terms.ContactPolicy)
            .WithPreferences(role, terms.Preferences);
    }

    /// <summary>
    /// The version is one more than the number of amendments, each amendment makes the next version, and
    /// each names a stage and a deliverable these (already amended) terms have. A stage is looked for only
    /// when every stage could be read, a deliverable only when the scope could be (<paramref name="stages"/>,
    /// <paramref name="scope"/> null otherwise).
    /// </summary>
    private static void CheckHistory(JsonField field, int version, JsonField? versionField, IReadOnlyList<Amendment> amendments, JsonField? amendmentsField, List<Stage>? stages, ScopeTerms? scope)
    {
        var expected = amendments.Count + 1;
        if (version != expected)
        {
            (versionField ?? field.Child("version")).Problem(
                $"must be {Number(expected)}, one more than the number of amendments ({Number(amendments.Count)}), was {Number(version)}");
        }

        for (var i = 0; i < amendments.Count; i++)
        {
            var amendment = amendments[i];
            var at = new JsonField(default, amendmentsField!.Value.Path + "[" + Number(i) + "]", field.Session);
            if (amendment.Version != i + 2)
            {
                at.Child("version").Problem($"must be {Number(i + 2)}: the amendments make versions 2, 3 ... in order, was {Number(amendment.Version)}");
            }

            if (amendment.ExtendedStage is { } key && stages is not null && !stages.Exists(s => s.Key == key))
            {
                at.Child("extendedStage").Problem($"must be the key of a stage of the agreement, was '{key}'");
            }

            if (amendment.Deliverable is { } deliverable && scope is not null && scope.FindDeliverable(deliverable) is null)
            {
                at.Child("deliverable").Problem($"must be the key of a deliverable of the agreement, was '{deliverable}'");
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
