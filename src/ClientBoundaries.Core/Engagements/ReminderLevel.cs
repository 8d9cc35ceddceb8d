using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>How a reminder should sound: a friendly nudge (usually before the due date) or a firm follow-up (on or after it).</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class ReminderLevel : SmartEnum<ReminderLevel>
{
    /// <summary>A friendly nudge, from a <see cref="Consequences.ConsequenceKind.Reminder"/> rule.</summary>
    public static readonly ReminderLevel Friendly = new(nameof(Friendly), 1);

    /// <summary>A firm, polite follow-up, from a <see cref="Consequences.ConsequenceKind.FirmReminder"/> rule.</summary>
    public static readonly ReminderLevel Firm = new(nameof(Firm), 2);

    private ReminderLevel(string name, int value)
        : base(name, value)
    {
    }
}
