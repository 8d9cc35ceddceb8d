using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Where an engagement is in its life: proposed, signed, deposit received, scheduled, active,
/// paused, and finally completed or terminated.
/// </summary>
/// <remarks>
/// The usual path is <see cref="Proposed"/> -&gt; <see cref="Signed"/> -&gt;
/// <see cref="DepositReceived"/> -&gt; <see cref="Scheduled"/> -&gt; <see cref="Active"/> -&gt;
/// <see cref="Completed"/>, with <see cref="Paused"/> and back, and <see cref="Terminated"/> from
/// anywhere before the end. The numeric values are a persistence contract. Immutable and thread-safe.
/// </remarks>
public sealed class EngagementPhase : SmartEnum<EngagementPhase>
{
    /// <summary>Nothing has happened yet: no agreement has been proposed.</summary>
    public static readonly EngagementPhase New = new(nameof(New), 0);

    /// <summary>The agreement has been shown to the client and not yet signed.</summary>
    public static readonly EngagementPhase Proposed = new(nameof(Proposed), 1);

    /// <summary>Both sides signed; the deposit has not arrived.</summary>
    public static readonly EngagementPhase Signed = new(nameof(Signed), 2);

    /// <summary>The deposit has arrived; the stages can be dated.</summary>
    public static readonly EngagementPhase DepositReceived = new(nameof(DepositReceived), 3);

    /// <summary>Every stage has a date; the first stage has not started yet.</summary>
    public static readonly EngagementPhase Scheduled = new(nameof(Scheduled), 4);

    /// <summary>Work is under way.</summary>
    public static readonly EngagementPhase Active = new(nameof(Active), 5);

    /// <summary>Work is on hold until one side resumes it.</summary>
    public static readonly EngagementPhase Paused = new(nameof(Paused), 6);

    /// <summary>
    /// Every stage is done and the final delivery accepted (explicitly or deemed): the final payment is invoiced. Money
    /// still owed either way can be paid or settled, and replies and feedback still recorded, until the engagement ends
    /// (<see cref="EngagementDecider.IsTerminal"/>).
    /// </summary>
    public static readonly EngagementPhase Completed = new(nameof(Completed), 7);

    /// <summary>Ended early by one side. No more work is done; what is owed can still be paid or settled (<see cref="EngagementDecider.IsTerminal"/>).</summary>
    public static readonly EngagementPhase Terminated = new(nameof(Terminated), 8);

    private EngagementPhase(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Whether nothing more can happen: completed or terminated.</summary>
    public bool IsFinal => this == Completed || this == Terminated;

    /// <summary>Whether stages have dates and work on them may be recorded: scheduled, active or paused.</summary>
    // Phases are singletons (the constructor is private), so reference comparison is exact; this runs on every replayed event.
    internal bool IsUnderWay => ReferenceEquals(this, Scheduled) || ReferenceEquals(this, Active) || ReferenceEquals(this, Paused);
}
