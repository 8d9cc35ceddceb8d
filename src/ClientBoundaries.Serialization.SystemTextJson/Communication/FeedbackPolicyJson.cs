using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A feedback policy: <c>{"afterOnboarding": true, "atCompletion": true, "followUpAfterDays": 30, "requestWithinBusinessDays": 2}</c>;
/// each left out takes the default of <see cref="FeedbackPolicy.Standard"/> (0 follow-up days: none).
/// </summary>
internal static class FeedbackPolicyJson
{
    public static void Write(Utf8JsonWriter writer, FeedbackPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("afterOnboarding", policy.AfterOnboarding);
        writer.WriteBoolean("atCompletion", policy.AtCompletion);
        writer.WriteNumber("followUpAfterDays", policy.FollowUpAfterDays);
        writer.WriteNumber("requestWithinBusinessDays", policy.RequestWithinBusinessDays);
        writer.WriteEndObject();
    }

    public static FeedbackPolicy? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var afterOnboarding = o.BooleanOr("afterOnboarding", true);
        var atCompletion = o.BooleanOr("atCompletion", true);
        var followUp = o.Int32Or("followUpAfterDays", 30, 0, FeedbackPolicy.MaxFollowUpAfterDays);
        var within = o.Int32Or("requestWithinBusinessDays", 2, 0, 10);
        o.End();
        return afterOnboarding is { } onboarding && atCompletion is { } completion && followUp is { } days && within is { } requestDays
            ? field.Construct(() => new FeedbackPolicy(onboarding, completion, days, requestDays))
            : null;
    }
}
