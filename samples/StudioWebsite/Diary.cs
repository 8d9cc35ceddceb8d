using ClientBoundaries.Samples;
using NodaTime;

namespace StudioWebsite;

/// <summary>
/// The studio's diary of the engagement: one line per thing that happened, at its moment on the
/// studio's clock in Madrid, with the event the engagement stored for it.
/// </summary>
internal static class Diary
{
    // The moment and the label in columns of their own; a long text wraps under its own start.
    private const int MomentWidth = 18;
    private const int LabelWidth = 20;

    /// <summary>Writes one entry at once, so the diary and the documents between its entries come out in order.</summary>
    public static void Write(Instant at, string label, string text) =>
        Row(Printout.Moment(at, Scenario.StudioCalendar.Zone), label, text);

    /// <summary>A remark of the studio's on what the entries above it mean, under the text of the entries.</summary>
    public static void Aside(string text) => Row(string.Empty, string.Empty, "-> " + text);

    private static void Row(string moment, string label, string text) =>
        Terminal.Row((moment + " ").PadRight(MomentWidth) + (label + " ").PadRight(LabelWidth), text);
}
