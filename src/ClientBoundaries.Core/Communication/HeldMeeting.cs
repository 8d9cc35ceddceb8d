using System;
using System.Collections.Generic;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A meeting as it happened: when it really started and ended, which agenda items were covered,
/// which become follow-up items, whether it ran over, and by when the written recap is due.
/// </summary>
/// <remarks>Made by <see cref="Record"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record HeldMeeting
{
    private readonly ValueList<string> _covered;
    private readonly ValueList<string> _followUps;

    internal HeldMeeting(Meeting meeting, Instant startedAt, Instant endedAt, IReadOnlyList<string> covered, IReadOnlyList<string> followUps, Instant recapDueAt)
    {
        Meeting = meeting;
        StartedAt = startedAt;
        EndedAt = endedAt;
        _covered = new ValueList<string>(covered);
        _followUps = new ValueList<string>(followUps);
        RecapDueAt = recapDueAt;
    }

    /// <summary>The meeting as booked.</summary>
    public Meeting Meeting { get; }

    /// <summary>When it really started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When it really ended.</summary>
    public Instant EndedAt { get; }

    /// <summary>The agenda items covered, in agenda order.</summary>
    public IReadOnlyList<string> Covered => _covered;

    /// <summary>The agenda items not covered, in agenda order: they go into the follow-up message.</summary>
    public IReadOnlyList<string> FollowUps => _followUps;

    /// <summary>Whether it ended after its booked end.</summary>
    public bool Overran => EndedAt > Meeting.End;

    /// <summary>How long past its booked end it ran; zero when it did not.</summary>
    public Duration OverranBy => Overran ? EndedAt - Meeting.End : Duration.Zero;

    /// <summary>By when the written recap (what was agreed, and the follow-up items) is due: the end of the provider's working day, the policy's business days after the meeting.</summary>
    public Instant RecapDueAt { get; }

    /// <summary>The meeting and what is left: <c>..., 2 follow-up item(s), ran over</c>.</summary>
    /// <returns>The held meeting as text.</returns>
    public override string ToString() => $"{Meeting}, {_followUps.Count} follow-up item(s)" + (Overran ? ", ran over" : string.Empty);

    /// <summary>
    /// Records a booked meeting as held: the agenda items not covered become follow-up items, and the
    /// written recap falls due by the end of the provider's working day, the policy's business days
    /// after the day the meeting ended.
    /// </summary>
    /// <param name="meeting">The meeting as booked.</param>
    /// <param name="policy">The agreement's meeting policy.</param>
    /// <param name="provider">The provider's calendar, in which the recap is due.</param>
    /// <param name="startedAt">When it really started.</param>
    /// <param name="endedAt">When it really ended; after <paramref name="startedAt"/>.</param>
    /// <param name="covered">The agenda items covered, as written on the agenda (case is ignored).</param>
    /// <returns>The meeting as held.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An item covered is blank or not on the agenda.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endedAt"/> is not after <paramref name="startedAt"/>.</exception>
    public static HeldMeeting Record(Meeting meeting, MeetingPolicy policy, BusinessCalendar provider, Instant startedAt, Instant endedAt, IEnumerable<string> covered)
    {
        Preconditions.CheckNotNull(meeting, nameof(meeting));
        Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckNotNull(provider, nameof(provider));
        if (endedAt <= startedAt)
        {
            throw Preconditions.OutOfRange(nameof(endedAt), $"A meeting must end after it starts ({startedAt}), was {endedAt}.");
        }

        var coveredSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Preconditions.CheckNotNull(covered, nameof(covered)))
        {
            var text = Preconditions.CheckText(item, nameof(covered));
            Preconditions.CheckArgument(
                meeting.HasOnAgenda(text),
                nameof(covered),
                $"\"{text}\" is not on the agenda; the agenda is \"{string.Join("\", \"", meeting.Agenda)}\".");
            coveredSet.Add(text);
        }

        var done = new List<string>();
        var left = new List<string>();
        foreach (var item in meeting.Agenda)
        {
            (coveredSet.Contains(item) ? done : left).Add(item);
        }

        // The recap is counted from the provider's day the meeting ended on (or its next business day).
        var day = provider.ToLocalDate(endedAt);
        var first = provider.IsBusinessDay(day) ? day : provider.NextBusinessDay(day);
        var dueDay = provider.AddBusinessDays(first, policy.RecapWithinBusinessDays);
        return new HeldMeeting(meeting, startedAt, endedAt, done, left, provider.EndOfWorkingDay(dueDay));
    }

}
