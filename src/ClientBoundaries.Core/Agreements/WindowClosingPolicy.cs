using Ardalis.SmartEnum;

namespace ClientBoundaries.Agreements;

/// <summary>
/// What the agreement says happens when the client lets an acceptance window close without accepting the stage handed
/// to it or asking for a revision: today, that the stage is deemed accepted.
/// </summary>
/// <remarks>
/// The value 2 is kept for chasing the open acceptance with the client's reminder and consequence ladder, which is not
/// built yet. The numeric values are a persistence contract and never change. Immutable and thread-safe.
/// </remarks>
public sealed class WindowClosingPolicy : SmartEnum<WindowClosingPolicy>
{
    /// <summary>
    /// The stage counts as accepted at the window's close (a common contract clause): the assessment lists the deemed
    /// acceptance, and recording it invoices what an explicit acceptance would.
    /// </summary>
    public static readonly WindowClosingPolicy DeemsAccepted = new(nameof(DeemsAccepted), 1);


    private WindowClosingPolicy(string name, int value)
        : base(name, value)
    {
    }
}
