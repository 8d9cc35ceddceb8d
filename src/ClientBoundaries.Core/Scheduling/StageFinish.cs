using NodaTime;

namespace ClientBoundaries.Scheduling;

/// <summary>When a stage was actually handed off: the owner's date and the exact moment.</summary>
internal readonly struct StageFinish
{
    internal StageFinish(LocalDate date, Instant at)
    {
        Date = date;
        At = at;
    }

    /// <summary>The finishing date, in the owner's calendar.</summary>
    internal LocalDate Date { get; }

    /// <summary>The moment of the handoff; the next stage starts from it.</summary>
    internal Instant At { get; }
}
