using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// A payment of a ledger entry (<see cref="Against"/> null, from <see cref="EngagementEvent.OwedPaid"/>) or a credit set
/// off against another entry (from <see cref="EngagementEvent.CreditSettled"/>). The state holds them for the
/// <see cref="OwedLedger"/>.
/// </summary>
internal sealed record Settlement(OwedKey Entry, OwedKey? Against, Money Amount, Instant At);
