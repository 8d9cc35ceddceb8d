using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// A small RFC 5545 reader, written from the RFC and not from the exporter, so a test can read an
/// export back: lines unfolded, each split into name, parameters and value, TEXT unescaped, and the
/// BEGIN/END blocks as nested components.
/// </summary>
internal static class ICalendarReader
{
    private static readonly SearchValues<char> NameEnd = SearchValues.Create(";:");

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

    /// <summary>The one top-level component of the file (the VCALENDAR).</summary>
    public static ICalendarComponent Parse(string text)
    {
        var stack = new Stack<ICalendarComponent>();
        ICalendarComponent? root = null;
        foreach (var line in Unfold(text))
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new ICalendarComponent(property.Value);
                if (stack.Count > 0)
                {
                    stack.Peek().Components.Add(component);
                }
                else
                {
                    root = root is null ? component : throw new FormatException("More than one top-level component.");
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                var closed = stack.Pop();
                if (closed.Name != property.Value)
                {
                    throw new FormatException($"END:{property.Value} closes BEGIN:{closed.Name}.");
                }
            }
            else
            {
                (stack.Count > 0 ? stack.Peek() : throw new FormatException($"A property outside any component: {line}")).Properties.Add(property);
            }
        }

        return stack.Count == 0 && root is not null ? root : throw new FormatException("Unclosed or missing component.");
    }

    /// <summary>name *(";" param) ":" value, where a quoted parameter value may hold ":" and ";".</summary>
    public static ICalendarProperty ParseLine(string line)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = line.AsSpan().IndexOfAny(NameEnd);
        if (i < 0)
        {
            throw new FormatException($"No value in: {line}");
        }

        var name = line[..i].ToUpperInvariant();
        while (line[i] == ';')
        {
            var equals = line.IndexOf('=', i);
            var parameter = line[(i + 1)..equals].ToUpperInvariant();
            var value = new StringBuilder();
            var j = equals + 1;
            var quoted = false;
            for (; j < line.Length && (quoted || (line[j] != ';' && line[j] != ':')); j++)
            {
                if (line[j] == '"')
                {
                    quoted = !quoted;
                }
                else
                {
                    value.Append(line[j]);
                }
            }

            parameters[parameter] = value.ToString();
            i = j;
        }

        return new ICalendarProperty(name, parameters, line[(i + 1)..]);
    }

    /// <summary>A TEXT value unescaped: \\ \; \, and \n (or \N).</summary>
    public static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            var next = value[++i];
            text.Append(next is 'n' or 'N' ? '\n' : next);
        }

        return text.ToString();
    }
}

/// <summary>One content line: its name, its parameters and its raw (still escaped) value.</summary>
internal sealed record ICalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    /// <summary>The value as TEXT, unescaped.</summary>
    public string Text => ICalendarReader.Unescape(Value);

    /// <summary>A parameter's value, or null.</summary>
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A BEGIN/END block: its properties in order and the components inside it.</summary>
internal sealed class ICalendarComponent
{
    public ICalendarComponent(string name) => Name = name;

    public string Name { get; }

    public List<ICalendarProperty> Properties { get; } = new();

    public List<ICalendarComponent> Components { get; } = new();

    /// <summary>The only property with this name; throws when there is none or more than one.</summary>
    public ICalendarProperty this[string name] => Properties.Single(p => p.Name == name);

    /// <summary>The property with this name, or null.</summary>
    public ICalendarProperty? Find(string name) => Properties.SingleOrDefault(p => p.Name == name);

    /// <summary>The components inside this one with the given name, in order.</summary>
    public IReadOnlyList<ICalendarComponent> All(string name) => Components.Where(c => c.Name == name).ToList();

    public override string ToString() => $"{Name} {Find("UID")?.Value ?? Find("TZID")?.Value}";
}
