using Ardalis.SmartEnum;

namespace ClientBoundaries.Communication;

/// <summary>
/// A moment at which the provider asks the client how the work together is going: after
/// onboarding (the end of the first stage), at completion, and a follow-up some time after.
/// </summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class FeedbackPoint : SmartEnum<FeedbackPoint>
{
    /// <summary>Once the first stage is done: how did getting started feel?</summary>
    public static readonly FeedbackPoint AfterOnboarding = new(nameof(AfterOnboarding), 1);

    /// <summary>When the engagement is completed: how did it go as a whole?</summary>
    public static readonly FeedbackPoint AtCompletion = new(nameof(AtCompletion), 2);

    /// <summary>Some time after completion (30 days unless the agreement says otherwise): how is it working out in use?</summary>
    public static readonly FeedbackPoint FollowUp = new(nameof(FollowUp), 3);

    private FeedbackPoint(string name, int value)
        : base(name, value)
    {
    }
}
