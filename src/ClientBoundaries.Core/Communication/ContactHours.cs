using System;
using ClientBoundaries.Calendars;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// One party's contact policy in its own calendar: the questions an app asks before and after a
/// message. Is the party reachable now? By when is a reply owed? Was a reply late, and by how much?
/// </summary>
/// <remarks>
/// <para>A reply's clock starts when the message arrives, or at the next opening of the party's
/// contact windows when it arrives outside them, and runs only in those windows, on the party's
/// business days, in its time zone, across daylight-saving changes. An email that reaches Jakarta
/// on Friday at 16:30 with a commitment of 8 business hours is owed at 16:30 on Monday, whatever
/// the sender's time zone.</para>
/// <para>The windows change the hours, never the days: the business days are the calendar's, as
/// <see cref="BusinessCalendar.IsBusinessDay"/> says (its working week, its holidays on the days it
/// observes them, its closures). A window on a day the party does not work never opens (windows of
/// Monday to Saturday for a Monday-to-Friday party open Monday to Friday), a working day without a
/// window is never open, and a holiday is observed where the calendar observes it whatever days
/// the windows cover.</para>
/// <para>Get one from <c>Agreement.ContactHoursOf(party)</c>, or make one from a calendar and a
/// policy. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ContactHours
{
    /// <summary>
    /// The hours the calendar counts in: the policy's own windows (the calendar never opens them on a day it does not
    /// work, so they count as <see cref="Windows"/> do), the very object each time, so the calendar finds the table it
    /// built for them by reference however often contact hours are made for one agreement.
    /// </summary>
    private readonly WorkingWeek _countedIn;

    /// <summary>The hours a party's contact time is counted in: its own windows (the very object), or its working hours.</summary>
    private static WorkingWeek CountedIn(BusinessCalendar calendar, ContactPolicy policy) => policy.ContactWindows ?? calendar.WorkingWeek;

    /// <summary>Puts a contact policy in a party's calendar.</summary>
    /// <param name="calendar">The party's business calendar: its time zone, business days and working hours.</param>
    /// <param name="policy">Its contact policy; its windows, when it has its own, replace the working hours (not the business days).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy's windows fall on none of the calendar's working days, so the party could never be contacted.</exception>
    public ContactHours(BusinessCalendar calendar, ContactPolicy policy)
    {
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
        Windows = policy.ContactWindows is { } windows ? OnWorkingDays(windows, calendar.WorkingWeek, nameof(policy)) : calendar.WorkingWeek;
        _countedIn = CountedIn(calendar, policy);
    }

    /// <summary>The party's business calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The party's contact policy.</summary>
    public ContactPolicy Policy { get; }

    /// <summary>
    /// When the party may be contacted, per weekday: its contact windows on the days its working week
    /// has (the windows on other days never open), or its working hours when it has no windows of its
    /// own. On its holidays and closures it may not be contacted at all.
    /// </summary>
    public WorkingWeek Windows { get; }

    /// <summary>Whether an instant is inside the party's contact windows on one of its business days.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when the party may be contacted then.</returns>
    public bool IsOpen(Instant instant) => Calendar.IsWorkingTime(instant, _countedIn);

    /// <summary>
    /// By when a reply is owed to a message that arrives at <paramref name="arrivedAt"/> on
    /// <paramref name="channel"/>: the commitment's business time, counted in the contact windows
    /// from the arrival (or from the next opening).
    /// </summary>
    /// <param name="channel">The channel the message came on.</param>
    /// <param name="arrivedAt">When it arrived.</param>
    /// <returns>The instant the reply is due; null when the party promises no reply time on that channel (or does not accept it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The due instant would fall after year 9999.</exception>
    public Instant? ReplyDueBy(Channel channel, Instant arrivedAt) =>
        Policy.CommitmentFor(channel) is { } commitment ? Calendar.AddWorkingTime(arrivedAt, commitment.Within, _countedIn) : null;

    /// <summary>
    /// How a reply measured up to the commitment: when it was due, whether it was late, and by how
    /// much (elapsed, and in the party's business time, which is what the commitment counts).
    /// </summary>
    /// <param name="channel">The channel the message came on.</param>
    /// <param name="arrivedAt">When the message arrived.</param>
    /// <param name="repliedAt">When the reply was sent; not before <paramref name="arrivedAt"/>.</param>
    /// <returns>The timing; null when the party promises no reply time on that channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repliedAt"/> is before <paramref name="arrivedAt"/>.</exception>
    public ReplyTiming? TimingOf(Channel channel, Instant arrivedAt, Instant repliedAt)
    {
        if (repliedAt < arrivedAt)
        {
            throw Preconditions.OutOfRange(nameof(repliedAt), $"A reply cannot be sent before the message arrived ({arrivedAt}), was {repliedAt}.");
        }

        if (ReplyDueBy(channel, arrivedAt) is not { } due)
        {
            return null;
        }

        return repliedAt <= due
            ? new ReplyTiming(channel, arrivedAt, due, repliedAt, Duration.Zero)
            : new ReplyTiming(channel, arrivedAt, due, repliedAt, Calendar.WorkingTimeBetween(due, repliedAt, _countedIn));
    }

    /// <summary>
    /// How a reply measured up to a due instant already worked out (and stored with the message): lateness in the contact
    /// windows of <paramref name="policy"/> on <paramref name="calendar"/>'s business days, as contact hours made of the two
    /// count it. Made for a replay, which times every reply of an agreement already checked: it makes no contact hours.
    /// </summary>
    internal static ReplyTiming TimingAgainst(BusinessCalendar calendar, ContactPolicy policy, Channel channel, Instant arrivedAt, Instant dueBy, Instant repliedAt) =>
        repliedAt <= dueBy
            ? new ReplyTiming(channel, arrivedAt, dueBy, repliedAt, Duration.Zero)
            : new ReplyTiming(channel, arrivedAt, dueBy, repliedAt, calendar.WorkingTimeBetween(dueBy, repliedAt, CountedIn(calendar, policy)));

    /// <summary>
    /// The windows on the working days of <paramref name="week"/>: the windows themselves when they keep to those days
    /// (no copy on the hot path of a replay, which asks for contact hours at every reply), else a copy without the others.
    /// </summary>
    private static WorkingWeek OnWorkingDays(WorkingWeek windows, WorkingWeek week, string paramName)
    {
        var common = windows.WorkingDayMask & week.WorkingDayMask;
        if (common == 0)
        {
            throw new ArgumentException(
                $"The contact windows ({windows}) fall on none of the party's working days ({week}), so it could never be contacted.",
                paramName);
        }

        if (common == windows.WorkingDayMask)
        {
            return windows;
        }

        var kept = windows;
        foreach (var day in windows.WorkingDays)
        {
            if (!week.IsWorkingDay(day))
            {
                kept = kept.WithHours(day);
            }
        }

        return kept;
    }

    /// <summary>The policy and the calendar's zone: <c>Email, Chat; Email within 8 business hours (Asia/Jakarta)</c>.</summary>
    /// <returns>The contact hours as text.</returns>
    public override string ToString() => $"{Policy} ({Calendar.Zone.Id})";
}
