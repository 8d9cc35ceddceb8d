using System.Linq;

namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>JSON paths as problems name them: <c>$.stages[2].owner</c>, or <c>$['odd name']</c> for a name that is not an identifier.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>The path of property <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name) =>
        name.Length > 0 && name.Length <= 100 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? parent + "." + name
            : parent + "['" + Escape(name) + "']";

    private static string Escape(string name)
    {
        var shortened = name.Length <= 60 ? name : name.Substring(0, 57) + "...";
        return shortened.Replace("\\", "\\\\").Replace("'", "\\'");
    }
}
