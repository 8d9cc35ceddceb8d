using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// Judges what a loader did with one document. It may return a value, which must be one the package can
/// write and read back equal (a loader must never return what it cannot round-trip), or refuse it with
/// <see cref="ClientBoundariesJsonException"/>, whose every problem has a JSON path and whose message names
/// them (no path or message holding a raw control character). Anything else fails: another exception type, a problem without a path, null, a hang.
/// </summary>
internal static class Oracle
{
    /// <summary>Null when the loader behaved; else what it did wrong.</summary>
    public static string? Judge(Loader loader, HostileDocument document)
    {
        var outcome = Watchdog.Run(() => loader.Load(document));
        if (outcome.Hung)
        {
            return $"did not return within {Watchdog.Bound.TotalSeconds} s";
        }

        if (outcome.Thrown is { } thrown)
        {
            return loader.Kind == LoaderKind.Validator ? $"threw, and a validator must never throw: {Describe(thrown)}" : Refusal(loader, document, thrown);
        }

        if (outcome.Value is not { } value)
        {
            return loader.Kind == LoaderKind.Serializer && IsJsonNull(document, loader.Form)
                ? null
                : "returned null" + (loader.Kind == LoaderKind.Serializer ? " for a document that is not the JSON null" : "");
        }

        return loader.Law is { } law ? law(document, value) : RoundTrip(loader, value);
    }

    /// <summary>Null when <paramref name="thrown"/> is a refusal the loader may give.</summary>
    public static string? Refusal(Loader loader, HostileDocument document, Exception thrown)
    {
        if (thrown is ClientBoundariesJsonException refused)
        {
            return ProblemsWithPaths(refused);
        }

        if (loader.Kind == LoaderKind.Serializer && (IsTheSerializers(thrown) || IsTheSerializersTranscoding(thrown, document, loader.Form)))
        {
            return null;
        }

        return $"threw {thrown.GetType().FullName} instead of ClientBoundariesJsonException: {Describe(thrown)}";
    }

    /// <summary>Null when every problem has a path from the root and no raw control character, and the message names the first one.</summary>
    public static string? ProblemsWithPaths(ClientBoundariesJsonException refused)
    {
        if (refused.Problems.Count == 0)
        {
            return "threw ClientBoundariesJsonException without a problem";
        }

        if (refused.Problems.FirstOrDefault(p => !p.Path.StartsWith('$') || string.IsNullOrWhiteSpace(p.Message)) is { } bad)
        {
            return $"reported a problem without a JSON path or without a message: \"{bad}\" in {Describe(refused)}";
        }

        if (refused.Problems.FirstOrDefault(p => HasControlCharacter(p.Path) || HasControlCharacter(p.Message)) is { } raw)
        {
            return $"reported a problem with a raw control character in it (each must be written \\uXXXX): \"{Escape(raw.ToString())}\" in {Describe(refused)}";
        }

        if (!refused.Message.Contains(refused.Problems[0].ToString(), StringComparison.Ordinal) || refused.Path != refused.Problems[0].Path)
        {
            return $"threw an exception whose message or Path does not name its first problem ({refused.Problems[0]}): {Describe(refused)}";
        }

        return null;
    }

    private static string? RoundTrip(Loader loader, object value)
    {
        HostileDocument written;
        try
        {
            written = loader.Write!(value);
        }
#pragma warning disable CA1031 // Whatever writing throws is the failure to report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"returned a value that cannot be written again: {Describe(e)}";
        }

        var again = Watchdog.Run(() => loader.Load(written));
        if (again.Hung || again.Thrown is not null || again.Value is null)
        {
            return $"returned a value that does not read back once written again ({(again.Hung ? "hung" : again.Thrown is { } e ? Describe(e) : "null")}); written again as: {written.Describe(loader.Form, 1_000)}";
        }

        return Same(value, again.Value) ? null : $"returned a value that reads back different once written again; written again as: {written.Describe(loader.Form, 1_000)}";
    }

    /// <summary>Equal values, or equal sequences of equal values (a list of events read back as a new list).</summary>
    public static bool Same(object value, object other) =>
        value is IEnumerable sequence && other is IEnumerable otherSequence
            ? sequence.Cast<object?>().SequenceEqual(otherSequence.Cast<object?>())
            : value.Equals(other);

    /// <summary>
    /// The serializer's own refusal, thrown where the package's converter never ran: before it is called (an empty
    /// document, a first token that starts no value), after it returned (more after the value), or in the
    /// serializer's own list of values (<c>IReadOnlyList&lt;EngagementEvent&gt;</c> given an object, or malformed
    /// between two items). A plain <see cref="JsonException"/> with the serializer's path and position, none of whose
    /// frames, nor those of the exceptions it wraps, is in the package: what the package refuses, it refuses itself.
    /// </summary>
    private static bool IsTheSerializers(Exception thrown) =>
        thrown.GetType() == typeof(JsonException)
        && thrown.Message.Contains("Path: $", StringComparison.Ordinal)
        && Chain(thrown).All(e => !RanInThePackage(e));

    /// <summary>
    /// <c>JsonSerializer.Deserialize(string, ...)</c> transcodes the text to UTF-8 before it reads anything, and
    /// throws <see cref="ArgumentException"/> for half a character (a lone surrogate), for every type, before the
    /// package is asked. The package's own text entry points report it as malformed JSON (docs/json.md).
    /// </summary>
    private static bool IsTheSerializersTranscoding(Exception thrown, HostileDocument document, DocumentForm form) =>
        thrown.GetType() == typeof(ArgumentException)
        && form == DocumentForm.Text
        && HasLoneSurrogate(document.Text)
        && Chain(thrown).All(e => !RanInThePackage(e));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds a C0 or C1 control character, or a line or paragraph separator, raw.</summary>
    public static bool HasControlCharacter(string text) => text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? "<U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ">" : c.ToString()));

    private static IEnumerable<Exception> Chain(Exception thrown)
    {
        for (var e = thrown; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static bool RanInThePackage(Exception e) =>
        new StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == typeof(AgreementTemplate).Assembly);

    private static bool IsJsonNull(HostileDocument document, DocumentForm form)
    {
        var text = form == DocumentForm.Utf8 ? System.Text.Encoding.UTF8.GetString(document.Utf8) : document.Text;
        return text.Trim(' ', '\t', '\r', '\n') == "null";
    }

    private static string Describe(Exception e) => e.GetType().FullName + ": " + (e.Message.Length > 2_000 ? string.Concat(e.Message.AsSpan(0, 2_000), "...") : e.Message) + Environment.NewLine + e.StackTrace;
}
