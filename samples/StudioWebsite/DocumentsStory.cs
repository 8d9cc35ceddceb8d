using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Documents;
using ClientBoundaries.Primitives;
using ClientBoundaries.Engagements;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Samples;
using NodaTime;

namespace StudioWebsite;

/// <summary>
/// The documents of the engagement, written by the library: the one-pager, the status report, the
/// timeline and the calendar of dates. Printed here, or written to a temp folder.
/// </summary>
internal static class DocumentsStory
{
    /// <summary>Where the files go: a folder of its own under the temp folder.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "clientboundaries-studio-website");

    /// <summary>The "How we work together" one-pager, in business days before there is a plan, with dates after.</summary>
    public static void PrintOnePager(Agreement agreement, Plan? plan) =>
        Print(OnePager.Write(agreement, plan, Language.English, DocumentFormat.PlainText));

    /// <summary>
    /// The one-pager of the running engagement: its opening, which says when the agreement was signed and the
    /// deposit arrived, and the sections named (by their headings).
    /// </summary>
    public static void PrintOnePagerExcerpt(EngagementState state, params string[] sections)
    {
        var lines = OnePager.Write(state, Language.English, DocumentFormat.PlainText).TrimEnd('\n').Split('\n');
        var excerpt = new List<string>();
        var keep = true;
        for (var i = 0; i < lines.Length; i++)
        {
            // In plain text a section's heading is underlined with dashes as long as the heading.
            if (lines[i].Length > 0 && i + 1 < lines.Length && lines[i + 1] == new string('-', lines[i].Length))
            {
                keep = sections.Contains(lines[i]);
            }

            if (keep)
            {
                excerpt.Add(lines[i]);
            }
        }

        Print(string.Join("\n", excerpt));
    }

    /// <summary>Where the engagement stands at <paramref name="now"/>, as <see cref="Assessor.Assess"/> sees it.</summary>
    public static void PrintStatusReport(EngagementState state, Instant now, Language language) =>
        Print(StatusReport.Write(state, Assessor.Assess(state, now), language, DocumentFormat.PlainText));

    /// <summary>The timeline as Mermaid text: the plan against what happened, coloured by who held the ball.</summary>
    public static void PrintTimeline(EngagementState state, Instant now) => Print(Timeline.ToMermaid(state, now, Language.English));

    /// <summary>Writes a document to <see cref="Folder"/> and says where.</summary>
    public static void Write(string name, string text)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        Terminal.Say($"Wrote {path} ({text.Split('\n').Length - 1} lines).");
    }

    private static void Print(string document) => Terminal.Say(document);
}
