using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Engagements;
using NodaTime;

namespace ClientBoundaries.Marten;

/// <summary>
/// The nightly sweep on PostgreSQL: takes each engagement the due index lists as due, one at a time, and records what is
/// due through the <see cref="EngagementCommandHandler"/>. Several workers, in one process or many, run it at once, each
/// taking its own share.
/// </summary>
/// <remarks>
/// <para>Each engagement is one transaction: its due row is taken with <c>FOR UPDATE SKIP LOCKED</c> (another worker
/// skips it and takes the next), its stream loaded and assessed, the commands appended, and its due row moved on, all
/// committed together. A worker that dies half-way leaves the engagement it held untouched and unlocked, for the next
/// worker or the restarted one; what it committed before is recorded, and the decider does not record it twice.</para>
/// <para>The instant is given, never read from a clock. A sweep does not visit an engagement twice at one instant; run
/// again at the same instant, it finds nothing to do.</para>
/// <para>Telling the client, sending the reminder or invoicing the fee is the host's business, after the commit, from
/// the report (or from the events, through a Marten projection or subscription).</para>
/// <para>One instance is one worker; <see cref="RunAsync"/> is not to be called on it twice at once.</para>
/// </remarks>
public sealed class EngagementSweep
{
    private const int Attempts = 3;

    private readonly EngagementCommandHandler _handler;
    private readonly Func<EngagementState, Instant, IReadOnlyList<EngagementCommand>> _commandsDue;

    /// <summary>Creates a sweep worker that records what <see cref="SweepCommands.DueAt"/> lists.</summary>
    /// <param name="handler">The handler it acts through.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public EngagementSweep(EngagementCommandHandler handler)
        : this(handler, SweepCommands.DueAt)
    {
    }

    /// <summary>Creates a sweep worker that records what <paramref name="commandsDue"/> lists for each due engagement.</summary>
    /// <param name="handler">The handler it acts through.</param>
    /// <param name="commandsDue">The commands to give an engagement at the sweep's instant; asked inside its transaction.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EngagementSweep(EngagementCommandHandler handler, Func<EngagementState, Instant, IReadOnlyList<EngagementCommand>> commandsDue)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(commandsDue);
        _handler = handler;
        _commandsDue = commandsDue;
    }

    /// <summary>Test hook: runs with each engagement taken, before its commit.</summary>
    internal Func<Npgsql.NpgsqlConnection, string, CancellationToken, Task>? BeforeCommit { get; set; }

    /// <summary>
    /// Sweeps at <paramref name="at"/> until no engagement is due that no sweep at <paramref name="at"/> has visited and no
    /// other worker holds.
    /// </summary>
    /// <param name="at">The sweep's instant.</param>
    /// <param name="cancellationToken">Stops the sweep between engagements, or rolls back the one in hand.</param>
    /// <returns>What this worker did.</returns>
    /// <exception cref="EngagementStreamException">A due engagement's stream cannot be loaded; the engagements committed before it stay recorded.</exception>
    /// <exception cref="Npgsql.NpgsqlException">The connection failed; the engagement in hand is untouched, the ones before it recorded.</exception>
    public async Task<SweepReport> RunAsync(Instant at, CancellationToken cancellationToken = default)
    {
        var actions = new List<SweepAction>();
        var engagements = 0;
        var conflicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leftAlone = new List<string>();
        await using var connection = await _handler.OpenAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var engagementId = await _handler.Due.TakeNextAsync(connection, transaction, at, leftAlone, cancellationToken).ConfigureAwait(false);
            if (engagementId is null)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new SweepReport(at, engagements, actions, leftAlone);
            }

            IReadOnlyList<EngagementCommand> given = [];
            var handled = await _handler.HandleInAsync(
                connection,
                transaction,
                engagementId,
                state => given = _commandsDue(state, at),
                cancellationToken).ConfigureAwait(false);
            if (handled.Conflict is not null)
            {
                // Only a writer outside the handler gets here (the due row is held): take it again, on what that writer
                // left, and after a few tries leave it to the next sweep, named in the report.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                conflicts[engagementId] = conflicts.GetValueOrDefault(engagementId) + 1;
                if (conflicts[engagementId] >= Attempts)
                {
                    leftAlone.Add(engagementId);
                }

                continue;
            }

            await _handler.Due.MarkSweptAsync(connection, transaction, engagementId, at, cancellationToken).ConfigureAwait(false);
            if (BeforeCommit is { } hook)
            {
                await hook(connection, engagementId, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            engagements++;
            for (var i = 0; i < handled.Decisions.Count; i++)
            {
                actions.Add(new SweepAction(engagementId, given[i], handled.Decisions[i]));
            }
        }
    }
}
