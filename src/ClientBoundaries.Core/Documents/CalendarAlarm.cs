using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// A reminder on a calendar event (a VALARM that displays a text): some time before the event starts,
/// or before it ends, as the wrap-up cue of a meeting is.
/// </summary>
/// <param name="Offset">From the start (or the end) of the event to the reminder; negative for before.</param>
/// <param name="RelatedToEnd">Whether <paramref name="Offset"/> counts from the end of the event rather than its start.</param>
/// <param name="Text">What the reminder says.</param>
internal sealed record CalendarAlarm(Duration Offset, bool RelatedToEnd, string Text);
