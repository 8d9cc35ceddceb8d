using Ardalis.SmartEnum;

namespace ClientBoundaries.Engagements;

/// <summary>Why a stage counts as accepted although nobody accepted it in so many words.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class DeemedAcceptanceReason : SmartEnum<DeemedAcceptanceReason>
{
    /// <summary>
    /// The party the stage was handed to moved on: it started or handed off a later stage without accepting this one
    /// or asking for a revision, so its acceptance dates from that moment.
    /// </summary>
    public static readonly DeemedAcceptanceReason MovedOn = new(nameof(MovedOn), 1);

    /// <summary>
    /// The client's acceptance window closed without an answer and the agreement deems the stage accepted then
    /// (<see cref="Agreements.WindowClosingPolicy.DeemsAccepted"/>): its acceptance dates from the window's close.
    /// </summary>
    public static readonly DeemedAcceptanceReason WindowClosed = new(nameof(WindowClosed), 2);

    /// <summary>
    /// The party the stage was handed to accepted a later stage of the same owner, built on this one while it waited
    /// (the build on a design, both the provider's): accepting the later work accepts this one too, as of that moment.
    /// </summary>
    public static readonly DeemedAcceptanceReason LaterStageAccepted = new(nameof(LaterStageAccepted), 3);

    private DeemedAcceptanceReason(string name, int value)
        : base(name, value)
    {
    }
}
