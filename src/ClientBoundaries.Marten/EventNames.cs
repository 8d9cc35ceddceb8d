using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClientBoundaries.Engagements;

namespace ClientBoundaries.Marten;

/// <summary>
/// Every engagement event type with the stable name the JSON package writes as its <c>type</c>
/// (<c>HandedOff</c> is <c>"handed-off"</c>), which is also the name Marten stores in <c>mt_events.type</c>.
/// </summary>
internal static class EventNames
{
    /// <summary>The event types, each with its stable name, in name order.</summary>
    public static IReadOnlyList<KeyValuePair<Type, string>> All { get; } =
        typeof(EngagementEvent).GetNestedTypes()
            .Where(t => typeof(EngagementEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => new KeyValuePair<Type, string>(t, KebabCase(t.Name)))
            .OrderBy(p => p.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>"HandedOff" as "handed-off": how each event case names itself in the JSON package.</summary>
    internal static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
