using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Communication;

/// <summary>
/// When the provider asks the client for feedback: after onboarding, at completion, and a
/// follow-up some calendar days after completion, each request due within a few of the provider's
/// business days of its moment.
/// </summary>
/// <remarks>
/// The engagement works out when each point falls due, and its assessment lists the requests due
/// and not yet recorded as sent. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record FeedbackPolicy
{
    /// <summary>The latest follow-up, in calendar days after completion.</summary>
    public const int MaxFollowUpAfterDays = 366;

    /// <summary>All three points, the follow-up 30 days after completion, each request due within 2 business days.</summary>
    public static readonly FeedbackPolicy Standard = new();

    private readonly ValueList<FeedbackPoint> _points;

    /// <summary>Sets when feedback is asked for.</summary>
    /// <param name="afterOnboarding">Whether to ask once the first stage is done.</param>
    /// <param name="atCompletion">Whether to ask when the engagement is completed.</param>
    /// <param name="followUpAfterDays">Calendar days after completion for the follow-up, 1 to <see cref="MaxFollowUpAfterDays"/>; 0 for no follow-up.</param>
    /// <param name="requestWithinBusinessDays">How many of the provider's business days after its moment a request is due, 0 (the same day) to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="ArgumentException">No point is asked for at all.</exception>
    public FeedbackPolicy(bool afterOnboarding = true, bool atCompletion = true, int followUpAfterDays = 30, int requestWithinBusinessDays = 2)
    {
        Preconditions.CheckArgumentRange(nameof(followUpAfterDays), followUpAfterDays, 0, MaxFollowUpAfterDays);
        Preconditions.CheckArgumentRange(nameof(requestWithinBusinessDays), requestWithinBusinessDays, 0, 10);
        Preconditions.CheckArgument(
            afterOnboarding || atCompletion || followUpAfterDays > 0,
            nameof(afterOnboarding),
            "A feedback policy must ask at least once: after onboarding, at completion, or in a follow-up.");
        AfterOnboarding = afterOnboarding;
        AtCompletion = atCompletion;
        FollowUpAfterDays = followUpAfterDays;
        RequestWithinBusinessDays = requestWithinBusinessDays;
        var points = new List<FeedbackPoint>(3);
        if (afterOnboarding)
        {
            points.Add(FeedbackPoint.AfterOnboarding);
        }

        if (atCompletion)
        {
            points.Add(FeedbackPoint.AtCompletion);
        }

        if (followUpAfterDays > 0)
        {
            points.Add(FeedbackPoint.FollowUp);
        }

        _points = new ValueList<FeedbackPoint>(points);
    }

    /// <summary>Whether feedback is asked for once the first stage is done.</summary>
    public bool AfterOnboarding { get; }

    /// <summary>Whether feedback is asked for when the engagement is completed.</summary>
    public bool AtCompletion { get; }

    /// <summary>Calendar days after completion for the follow-up; 0 when there is none.</summary>
    public int FollowUpAfterDays { get; }

    /// <summary>How many of the provider's business days after its moment a request is due.</summary>
    public int RequestWithinBusinessDays { get; }

    /// <summary>The points asked for, in the order they come.</summary>
    public IReadOnlyList<FeedbackPoint> Points => _points;

    /// <summary>Whether the policy asks for feedback at a point.</summary>
    /// <param name="point">The point.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
    public bool Includes(FeedbackPoint point)
    {
        Preconditions.CheckNotNull(point, nameof(point));
        return point == FeedbackPoint.AfterOnboarding ? AfterOnboarding
            : point == FeedbackPoint.AtCompletion ? AtCompletion
            : FollowUpAfterDays > 0;
    }

    /// <summary>The points in English, for logs: <c>after onboarding, at completion, 30 days after completion</c>.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => Sentences.English("value.feedback-policy", new[] { Fact.Of("policy", this) });
}
