using Ardalis.SmartEnum;

namespace ClientBoundaries.Primitives;

/// <summary>
/// One of the two sides of an agreement: the <see cref="Provider"/> who does the work and the
/// <see cref="Client"/> who pays for it. Every rule in the library that applies to one side has its
/// mirror for the other.
/// </summary>
/// <remarks>
/// The numeric values are a persistence contract and never change. Immutable and thread-safe.
/// </remarks>
public sealed class PartyRole : SmartEnum<PartyRole>
{
    /// <summary>The freelancer, studio, agency or consultant who does the work.</summary>
    public static readonly PartyRole Provider = new(nameof(Provider), 1);

    /// <summary>The person or organisation who commissions and pays for the work.</summary>
    public static readonly PartyRole Client = new(nameof(Client), 2);

    private PartyRole(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The party with this value, which must be one of theirs: a comparison, not <c>FromValue</c>'s search.</summary>
    internal static PartyRole OfValue(int value) => value == 1 ? Provider : Client;

    /// <summary>
    /// The other side: <see cref="Client"/> for the provider, <see cref="Provider"/> for the client.
    /// The ball passes from a party to its counterpart at a handoff.
    /// </summary>
    public PartyRole Counterpart => this == Provider ? Client : Provider;
}
