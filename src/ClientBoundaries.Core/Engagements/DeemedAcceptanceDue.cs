using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// A stage the agreement deems accepted because the client's acceptance window closed without an answer, listed by
/// <see cref="Assessor.Assess"/> until the host records it with <see cref="EngagementCommand.RecordDeemedAcceptance"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record DeemedAcceptanceDue
{
    /// <summary>Lists a deemed acceptance.</summary>
    /// <param name="stage">The stage handed over.</param>
    /// <param name="by">Who is deemed to accept it: the client.</param>
    /// <param name="reason">Why: <see cref="DeemedAcceptanceReason.WindowClosed"/>.</param>
    /// <param name="closesOn">The window's last day, in the client's calendar.</param>
    /// <param name="at">The window's close: the end of the client's working hours on <paramref name="closesOn"/>; the acceptance dates from it.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public DeemedAcceptanceDue(StageKey stage, PartyRole by, DeemedAcceptanceReason reason, LocalDate closesOn, Instant at)
    {
        Stage = Preconditions.CheckNotNull(stage, nameof(stage));
        By = Preconditions.CheckNotNull(by, nameof(by));
        Reason = Preconditions.CheckNotNull(reason, nameof(reason));
        ClosesOn = closesOn;
        At = at;
    }

    /// <summary>The stage handed over.</summary>
    public StageKey Stage { get; }

    /// <summary>Who is deemed to accept it: the client.</summary>
    public PartyRole By { get; }

    /// <summary>Why it counts as accepted.</summary>
    public DeemedAcceptanceReason Reason { get; }

    /// <summary>The window's last day, in the client's calendar.</summary>
    public LocalDate ClosesOn { get; }

    /// <summary>When the window closed, and the stage counts as accepted.</summary>
    public Instant At { get; }

    /// <summary>"design deemed accepted by Client at 2026-03-24T17:00:00Z (WindowClosed)", for logs.</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() => Sentences.English("value.deemed-acceptance-due", new[] { Fact.Of("due", this) });
}
