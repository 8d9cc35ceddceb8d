using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A booked meeting, time-boxed: when it starts, how long it lasts, its agenda, and whether
/// another appointment follows (so it cannot run over).
/// </summary>
/// <remarks>
/// Book one with <see cref="Book"/>, which refuses a meeting longer than the policy allows as a
/// violation, not an exception. Immutable and thread-safe; equal when every field, the agenda in
/// order included, is equal.
/// </remarks>
public sealed record Meeting
{
    private readonly ValueList<string> _agenda;

    private Meeting(Instant start, Duration length, IReadOnlyList<string> agenda, bool anotherAppointmentFollows, Duration wrapUpCueLead)
    {
        Start = start;
        Length = length;
        _agenda = new ValueList<string>(agenda);
        AnotherAppointmentFollows = anotherAppointmentFollows;
        WrapUpCueAt = start + length - wrapUpCueLead > start ? start + length - wrapUpCueLead : start;
    }

    /// <summary>When it starts.</summary>
    public Instant Start { get; }

    /// <summary>How long it is booked for.</summary>
    public Duration Length { get; }

    /// <summary>When it is booked to end.</summary>
    public Instant End => Start + Length;

    /// <summary>What it is for, item by item, in order.</summary>
    public IReadOnlyList<string> Agenda => _agenda;

    /// <summary>Whether another appointment follows, which the invitation says so nobody expects it to run over.</summary>
    public bool AnotherAppointmentFollows { get; }

    /// <summary>When the wrap-up cue comes: the policy's lead before the end (at the start for a meeting shorter than the lead).</summary>
    public Instant WrapUpCueAt { get; }

    /// <summary>
    /// Books a meeting under a policy: the policy's default length when none is given. A meeting
    /// longer than the policy's maximum is refused with <c>meeting.too-long</c>.
    /// </summary>
    /// <param name="policy">The agreement's meeting policy.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="agenda">The items, at least one, none blank.</param>
    /// <param name="length">How long; null for the policy's default; more than zero.</param>
    /// <param name="anotherAppointmentFollows">Whether another appointment follows it.</param>
    /// <returns>The meeting, or the violation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="agenda"/> is null.</exception>
    /// <exception cref="ArgumentException">The agenda is empty or holds a blank item.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or negative.</exception>
    public static Outcome<Meeting> Book(MeetingPolicy policy, Instant start, IEnumerable<string> agenda, Duration? length = null, bool anotherAppointmentFollows = false)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        var items = new List<string>();
        foreach (var item in Preconditions.CheckNotNull(agenda, nameof(agenda)))
        {
            items.Add(Preconditions.CheckText(item, nameof(agenda)));
        }

        Preconditions.CheckArgument(items.Count > 0, nameof(agenda), "A meeting needs at least one agenda item: say what it is for.");
        var booked = length ?? policy.DefaultLength;
        if (booked <= Duration.Zero)
        {
            throw Preconditions.OutOfRange(nameof(length), $"A meeting must last more than zero minutes, was {booked.TotalMinutes} minutes.");
        }

        if (booked > policy.MaxLength)
        {
            return Outcome.Rejected<Meeting>(new[]
            {
                RuleViolation.Of("meeting.too-long", "length", Fact.Of("length", booked), Fact.Of("longest", policy.MaxLength)),
            });
        }

        return Outcome.Accepted(new Meeting(start, booked, items, anotherAppointmentFollows, policy.WrapUpCueLead));
    }

    /// <summary>What the meeting calls for at an instant: not started, running, wrap up, or over.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The cue.</returns>
    public MeetingCue CueAt(Instant now) =>
        now < Start ? MeetingCue.NotStarted
        : now >= End ? MeetingCue.Over
        : now >= WrapUpCueAt ? MeetingCue.WrapUp
        : MeetingCue.Running;

    /// <summary>
    /// A meeting as it was booked, from what <see cref="Book"/> made of it: for reading one back from
    /// storage (the JSON package), where the policy it was booked under may since have changed.
    /// Checks what <see cref="Book"/> guarantees: a length more than zero and at most
    /// <see cref="MeetingPolicy.LongestAllowed"/>, at least one agenda item and none blank, and the
    /// wrap-up cue in the meeting (at its start, or less than its length before the end).
    /// </summary>
    /// <param name="start">When it starts.</param>
    /// <param name="length">How long.</param>
    /// <param name="agenda">Its items.</param>
    /// <param name="anotherAppointmentFollows">Whether another appointment follows it.</param>
    /// <param name="wrapUpCueAt">When the wrap-up cue comes.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    /// <exception cref="ArgumentException">The agenda is empty or holds a blank item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length or the wrap-up cue is out of range.</exception>
    internal static Meeting Restore(Instant start, Duration length, IEnumerable<string> agenda, bool anotherAppointmentFollows, Instant wrapUpCueAt)
    {
        var items = new List<string>();
        foreach (var item in Preconditions.CheckNotNull(agenda, nameof(agenda)))
        {
            items.Add(Preconditions.CheckText(item, nameof(agenda)));
        }

        Preconditions.CheckArgument(items.Count > 0, nameof(agenda), "A meeting needs at least one agenda item: say what it is for.");
        if (length <= Duration.Zero || length > MeetingPolicy.LongestAllowed || start > Instant.MaxValue - length)
        {
            throw Preconditions.OutOfRange(nameof(length), $"A meeting must last more than zero and at most {MeetingPolicy.LongestAllowed.TotalMinutes} minutes, ending by the last instant NodaTime knows, was {length.TotalMinutes} minutes from {start}.");
        }

        if (wrapUpCueAt < start || wrapUpCueAt >= start + length)
        {
            throw Preconditions.OutOfRange(nameof(wrapUpCueAt), $"The wrap-up cue must come during the meeting ({start} to {start + length}), was {wrapUpCueAt}.");
        }

        // The lead that gives back this cue: a cue at the start stands for any lead of the whole length or more.
        return new Meeting(start, length, items, anotherAppointmentFollows, start + length - wrapUpCueAt);
    }

    /// <summary>Whether an item is on the agenda, as written there (case is ignored).</summary>
    internal bool HasOnAgenda(string item) => _agenda.Contains(item, StringComparer.OrdinalIgnoreCase);

    /// <summary>The start, length and first item: <c>2026-03-09T09:00:00Z, 60 min: Review the prototype</c>.</summary>
    /// <returns>The meeting as text.</returns>
    public override string ToString() => $"{Start}, {Minutes(Length)} min: {_agenda[0]}";

    private static string Minutes(Duration duration) => duration.TotalMinutes.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
