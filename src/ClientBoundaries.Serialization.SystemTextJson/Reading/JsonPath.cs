namespace ClientBoundaries.Serialization.SystemTextJson.Reading;

/// <summary>JSON paths as problems name them: <c>$.stages[2].owner</c>, or <c>$['odd name']</c> for a name that is not an identifier.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>The path of property <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    /// <remarks>Built for every property read, so the identifier check is a plain loop.</remarks>
    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? parent + "." + name : parent + "['" + Escape(name) + "']";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || name.Length > 100 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string Escape(string name)
    {
        return ControlCharacters.Escape(JsonField.Shorten(name).Replace("\\", "\\\\").Replace("'", "\\'"));
    }
}
