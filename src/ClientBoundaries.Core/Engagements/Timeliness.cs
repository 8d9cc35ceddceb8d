using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>Where an obligation stands against its due date, in an <see cref="Assessment"/>.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class Timeliness : SmartEnum<Timeliness>
{
    /// <summary>Not the party's turn yet: a later stage, or a payment not yet invoiced.</summary>
    public static readonly Timeliness NotStarted = new(nameof(NotStarted), 1);

    /// <summary>Under way, and its due date is further away than the policy's "due soon" lead.</summary>
    public static readonly Timeliness OnTrack = new(nameof(OnTrack), 2);

    /// <summary>Under way, and due within the policy's "due soon" lead.</summary>
    public static readonly Timeliness DueSoon = new(nameof(DueSoon), 3);

    /// <summary>Past its due date (the end of the due day's working hours) and not yet delivered.</summary>
    public static readonly Timeliness Overdue = new(nameof(Overdue), 4);

    /// <summary>The other party paused the engagement: this obligation waits, and its due date will move when work resumes.</summary>
    public static readonly Timeliness OnHold = new(nameof(OnHold), 5);

    /// <summary>Delivered (or paid) by its due date.</summary>
    public static readonly Timeliness Done = new(nameof(Done), 6);

    /// <summary>Delivered (or paid) after its due date.</summary>
    public static readonly Timeliness DoneLate = new(nameof(DoneLate), 7);

    // By value, for a type that keeps a timeliness as its value: after the fields above, which static initialisers set first.
    private static readonly Timeliness[] ByValue = { null!, NotStarted, OnTrack, DueSoon, Overdue, OnHold, Done, DoneLate };

    private Timeliness(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The timeliness with this value, which must be one of theirs: a lookup, not <c>FromValue</c>'s search.</summary>
    internal static Timeliness OfValue(int value) => ByValue[value];

    /// <summary>Whether the party is or was late: <see cref="Overdue"/> or <see cref="DoneLate"/>.</summary>
    public bool IsLate => ReferenceEquals(this, Overdue) || ReferenceEquals(this, DoneLate);
}
