using Ardalis.SmartEnum;

namespace ClientBoundaries.Communication;

/// <summary>What a running meeting calls for at an instant (<see cref="Meeting.CueAt"/>).</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class MeetingCue : SmartEnum<MeetingCue>
{
    /// <summary>The meeting has not started.</summary>
    public static readonly MeetingCue NotStarted = new(nameof(NotStarted), 1);

    /// <summary>The meeting is running, with time left before the wrap-up cue.</summary>
    public static readonly MeetingCue Running = new(nameof(Running), 2);

    /// <summary>Time to wrap up: "about 10 minutes left: which item matters most?"</summary>
    public static readonly MeetingCue WrapUp = new(nameof(WrapUp), 3);

    /// <summary>The booked end has passed: close, and put what is left in the follow-up.</summary>
    public static readonly MeetingCue Over = new(nameof(Over), 4);

    private MeetingCue(string name, int value)
        : base(name, value)
    {
    }
}
