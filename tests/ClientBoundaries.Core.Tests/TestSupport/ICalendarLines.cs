using System.Collections.Generic;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// The lines of an iCalendar file as written, for the checks that are about its form (CRLF, folding, escapes):
/// what the file means is read with Ical.Net (<see cref="ExportedCalendar"/>).
/// </summary>
internal static class ICalendarLines
{
    /// <summary>The physical lines of a file, as written: split on CRLF, the empty piece after the last CRLF dropped.</summary>
    public static IReadOnlyList<string> PhysicalLines(string text)
    {
        var lines = text.Split("\r\n");
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    /// <summary>The content lines: a physical line that starts with a space or a tab continues the one before, without that first character.</summary>
    public static IReadOnlyList<string> Unfold(string text)
    {
        var lines = new List<string>();
        foreach (var line in PhysicalLines(text))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && lines.Count > 0)
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
