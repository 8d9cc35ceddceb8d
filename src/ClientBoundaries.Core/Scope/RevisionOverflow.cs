using Ardalis.SmartEnum;

namespace ClientBoundaries.Scope;

/// <summary>
/// What the engagement does with a revision request once a deliverable's revision rounds are used:
/// refuse it, pointing to a change request, or record it as a change request at once.
/// </summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class RevisionOverflow : SmartEnum<RevisionOverflow>
{
    /// <summary>The request is refused with a violation that says the rounds are used and how to ask for more (a change request).</summary>
    public static readonly RevisionOverflow Refuse = new(nameof(Refuse), 1);

    /// <summary>
    /// The request is recorded as a change request for one more revision round, quoted at
    /// <see cref="ChangeOrderTerms.HoursPerExtraRevisionRound"/>. The stage is not reopened: once the
    /// change order is accepted the deliverable has one more round, and the revision can be asked for again.
    /// </summary>
    public static readonly RevisionOverflow RecordAsChangeRequest = new(nameof(RecordAsChangeRequest), 2);

    private RevisionOverflow(string name, int value)
        : base(name, value)
    {
    }
}
