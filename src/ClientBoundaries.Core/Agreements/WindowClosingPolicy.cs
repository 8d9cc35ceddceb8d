using Ardalis.SmartEnum;

namespace ClientBoundaries.Agreements;

/// <summary>
/// What the agreement says happens when the client lets an acceptance window close without accepting the stage handed
/// to it or asking for a revision: the stage is deemed accepted, or the client is chased like any late stage.
/// </summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class WindowClosingPolicy : SmartEnum<WindowClosingPolicy>
{
    /// <summary>
    /// The stage counts as accepted at the window's close (a common contract clause): the assessment lists the deemed
    /// acceptance, and recording it invoices what an explicit acceptance would.
    /// </summary>
    public static readonly WindowClosingPolicy DeemsAccepted = new(nameof(DeemsAccepted), 1);

    /// <summary>
    /// The acceptance is owed by the window's last day (<see cref="Primitives.ObligationKey.Acceptance"/>), and chased
    /// after it with the client's reminder and consequence ladder for the stage (its override in the client's policy,
    /// else its stage ladder), like a late stage of the client's, until the client accepts the stage or asks for a
    /// revision. Nothing is accepted without the client.
    /// </summary>
    public static readonly WindowClosingPolicy Chases = new(nameof(Chases), 2);


    private WindowClosingPolicy(string name, int value)
        : base(name, value)
    {
    }
}
