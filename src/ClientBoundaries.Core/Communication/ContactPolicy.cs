using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Communication;

/// <summary>
/// How and when one party may be contacted: its contact windows, the channels it accepts, and how
/// fast it promises to answer on each.
/// </summary>
/// <remarks>
/// <para>The windows are a <see cref="WorkingWeek"/>: ranges of local time per weekday, checked when
/// made (ranges that overlap or end before they start are refused). Without windows of its own, a
/// party is reachable in its calendar's working hours. Either way, only on its business days, in its
/// time zone: windows replace the hours, never the days, so a window on a day the party does not work
/// never opens and a holiday stays where its calendar observes it. Ask the questions (is it open now,
/// by when is a reply owed) through <see cref="ContactHours"/>, which adds the party's calendar.</para>
/// <para>Immutable and thread-safe; equal when windows, channels and commitments are equal.</para>
/// </remarks>
public sealed record ContactPolicy
{
    private readonly ValueList<Channel> _channels;
    private readonly ValueList<ResponseCommitment> _commitments;

    /// <summary>Reachable in working hours on every channel, with no response commitment: the policy of an agreement that states none.</summary>
    /// <remarks>The channels are listed here, in the order <c>Channel.List</c> gives them, rather than read from
    /// <c>Channel.List</c>: SmartEnum finds its values by reflection, which a trimmed app cannot rely on.</remarks>
    public static readonly ContactPolicy WorkingHours = new(
        new[] { Channel.Chat, Channel.Email, Channel.InPerson, Channel.Phone, Channel.Portal, Channel.VideoCall },
        null);

    /// <summary>Sets a party's contact policy.</summary>
    /// <param name="channels">The channels it accepts; at least one, each once.</param>
    /// <param name="commitments">How fast it answers on some of those channels, one per channel at most; null for none.</param>
    /// <param name="contactWindows">When it may be contacted, per weekday, on its business days; null for its working hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentException">No channel, a channel twice, a null, two commitments for one channel, or a commitment for a channel it does not accept.</exception>
    public ContactPolicy(IEnumerable<Channel> channels, IEnumerable<ResponseCommitment>? commitments = null, WorkingWeek? contactWindows = null)
    {
        var accepted = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(channels, nameof(channels)), nameof(channels));
        Preconditions.CheckArgument(accepted.Count > 0, nameof(channels), "A party must accept at least one channel.");
        var seen = new HashSet<Channel>();
        foreach (var channel in accepted)
        {
            Preconditions.CheckArgument(seen.Add(channel), nameof(channels), $"The channel {channel} is listed twice.");
        }

        var promised = Preconditions.CheckElementsNotNull(commitments ?? Array.Empty<ResponseCommitment>(), nameof(commitments));
        var committed = new HashSet<Channel>();
        foreach (var commitment in promised)
        {
            Preconditions.CheckArgument(
                seen.Contains(commitment.Channel),
                nameof(commitments),
                $"'{commitment}' is for {commitment.Channel}, which the party does not accept; accept the channel or drop the commitment.");
            Preconditions.CheckArgument(committed.Add(commitment.Channel), nameof(commitments), $"There are two commitments for {commitment.Channel}; keep one.");
        }

        _channels = new ValueList<Channel>(accepted);
        _commitments = new ValueList<ResponseCommitment>(promised);
        ContactWindows = contactWindows;
    }

    /// <summary>The channels the party accepts, in the order given.</summary>
    public IReadOnlyList<Channel> Channels => _channels;

    /// <summary>How fast the party answers, per channel, in the order given.</summary>
    public IReadOnlyList<ResponseCommitment> Commitments => _commitments;

    /// <summary>When the party may be contacted, per weekday, on its business days; null for its working hours.</summary>
    public WorkingWeek? ContactWindows { get; }

    /// <summary>Whether the party accepts a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public bool Accepts(Channel channel)
    {
        Preconditions.CheckNotNull(channel, nameof(channel));
        foreach (var accepted in _channels)
        {
            if (accepted == channel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The commitment for a channel, or null when the party promises none on it.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The commitment, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public ResponseCommitment? CommitmentFor(Channel channel)
    {
        Preconditions.CheckNotNull(channel, nameof(channel));
        foreach (var commitment in _commitments)
        {
            if (commitment.Channel == channel)
            {
                return commitment;
            }
        }

        return null;
    }

    /// <summary>The channels and commitments: <c>Email, Chat; Email within 8 business hours</c>.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() =>
        string.Join(", ", _channels) + (_commitments.Count == 0 ? string.Empty : "; " + string.Join(", ", _commitments));
}
