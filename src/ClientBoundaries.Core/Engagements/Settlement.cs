using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// A payment of a ledger entry (<see cref="Against"/> null) or a credit set off against another entry. The state holds
/// them for the <see cref="OwedLedger"/>; no command records one yet, so the list stays empty.
/// </summary>
internal sealed record Settlement(OwedKey Entry, OwedKey? Against, Money Amount, Instant At);
