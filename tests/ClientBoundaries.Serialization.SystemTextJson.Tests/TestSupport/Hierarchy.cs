using System;
using System.Linq;
using System.Text;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;

/// <summary>The cases of the core's closed hierarchies (events, commands), found by reflection so a new case cannot be forgotten.</summary>
internal static class Hierarchy
{
    public static Type[] CasesOf<TBase>() =>
        typeof(TBase).GetNestedTypes().Where(t => t.IsSealed && typeof(TBase).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The kebab case of a type name: <c>HandedOff</c> is <c>handed-off</c>.</summary>
    public static string Kebab(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
