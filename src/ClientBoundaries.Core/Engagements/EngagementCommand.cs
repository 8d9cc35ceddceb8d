using System;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Engagements;

/// <summary>
/// Something a person asks of an engagement: sign it, start a stage, hand off, pause ... Pass it
/// to <see cref="EngagementDecider.Decide"/>, which accepts it (as events) or refuses it (with
/// violations that say why).
/// </summary>
/// <remarks>
/// <para>Every command carries the <see cref="At"/> instant at which it happened; the library
/// never reads a clock. A command may also carry the engagement version it was decided on
/// (<see cref="ExpectingVersion"/>): if someone else changed the engagement in between, it is
/// refused rather than applied on top.</para>
/// <para>The cases are nested records (<see cref="Propose"/>, <see cref="HandOff"/> ...). Each checks
/// its arguments when made. Immutable and thread-safe; equal when kind and fields are equal.</para>
/// </remarks>
public abstract partial record EngagementCommand
{
    private EngagementCommand(Instant at)
    {
        At = at;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The engagement version the command was decided on, or null to apply it whatever the version.</summary>
    public int? ExpectedVersion { get; private init; }

    /// <summary>
    /// The command's stable kind name in kebab case ("hand-off"), for logs and storage: each case
    /// states it once, as its <c>Name</c> constant, which the JSON package writes as the type. Being
    /// internal and abstract, it also keeps the hierarchy closed to subclasses outside the library.
    /// </summary>
    internal abstract string Kind { get; }

    /// <summary>
    /// A copy of this command that is refused unless the engagement is still at
    /// <paramref name="version"/>: how two people acting at once on one engagement are kept from
    /// both winning.
    /// </summary>
    /// <param name="version">The <see cref="EngagementState.Version"/> the command was decided on; not negative.</param>
    /// <returns>The command, expecting that version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public EngagementCommand ExpectingVersion(int version)
    {
        Preconditions.CheckArgumentRange(nameof(version), version, 0, int.MaxValue);
        return this with { ExpectedVersion = version };
    }
}
