using Ardalis.SmartEnum;

namespace ClientBoundaries.Agreements;

/// <summary>
/// What the agreement says when the party a stage was handed to moves on (starts or hands off a later stage) before
/// accepting it or asking for a revision: the stage is deemed accepted, or moving on waits for the acceptance.
/// </summary>
/// <remarks>
/// Either way no stage is left neither accepted nor sent back, so no milestone payment is left uninvoiced.
/// The numeric values are a persistence contract and never change. Immutable and thread-safe.
/// </remarks>
public sealed class MovingOnPolicy : SmartEnum<MovingOnPolicy>
{
    /// <summary>
    /// Moving on accepts the stage as of that moment (the default): the engagement records the acceptance, with its
    /// reason ("moved on"), before the start or the handoff, and invoices what an explicit acceptance would.
    /// </summary>
    public static readonly MovingOnPolicy DeemsAccepted = new(nameof(DeemsAccepted), 1);

    /// <summary>
    /// Moving on is refused (<c>engagement.stage.not-accepted</c>) until the party accepts the stage handed to it or
    /// asks for a revision.
    /// </summary>
    public static readonly MovingOnPolicy RequiresAcceptance = new(nameof(RequiresAcceptance), 2);

    private MovingOnPolicy(string name, int value)
        : base(name, value)
    {
    }
}
