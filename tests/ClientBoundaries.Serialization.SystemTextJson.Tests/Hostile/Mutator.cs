using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// Damages valid documents the ways hostile or careless input does: cut short, tokens removed, repeated or
/// swapped, values of the wrong kind, numbers no type holds, huge strings, invalid UTF-8 and lone
/// surrogates, repeated and unknown properties, unknown types and schema versions, deep nesting, byte order
/// marks, comments and trailing commas, array items swapped (events out of order), names in another case,
/// and documents that are empty, blank or <c>null</c>. Deterministic: the same <see cref="Random"/> gives the
/// same damage, so a failure is replayed from its seed.
/// </summary>
internal static class Mutator
{
    /// <summary>Values of every kind, to put where another kind belongs.</summary>
    private static readonly string[] Kinds = { "\"x\"", "\"\"", "0", "-1", "1.5", "true", "false", "null", "{}", "[]", "[1]", "{\"a\":1}", "[null]" };

    /// <summary>Numbers no decimal, int or long holds, or holds only by rounding, or that are not numbers at all.</summary>
    private static readonly string[] OddNumbers =
    {
        "1e400", "-1e400", "1e-400", "-0", "-0.0", "0e0", "0.0", "1E+2147483648", "1E-2147483649", "1e28", "1e29",
        "79228162514264337593543950336", "-79228162514264337593543950336", "79228162514264337593543950335", "-79228162514264337593543950335",
        "7.9228162514264337593543950335E+28", "0." + new string('0', 400) + "1", "1" + new string('0', 400), "0." + new string('3', 300),
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "18446744073709551616", "1.0", "1e2", "1E0", "0.1", "1.00000000000000000000000000001",
        "123456789012345678901234567890.123", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"1\"", "\"-0\"",
    };

    /// <summary>Whole numbers at the edges of the ranges the package and the core check.</summary>
    private static readonly string[] EdgeIntegers =
    {
        "0", "1", "-1", "2", "24", "25", "64", "65", "100", "1000", "1001", "2600", "2601", "10000", "10001", "100000", "100001",
        "16777215", "16777216", "2147483647", "-2147483648",
    };

    /// <summary>Strings at the edges of what dates, instants, durations, times, zones, names, currencies and keys may be.</summary>
    private static readonly string[] EdgeStrings =
    {
        "", " ", "\t", "\u0000", "a\u0000b", "\u00a0", "\u200b", "0001-01-01", "9999-12-31", "-9998-01-01", "9998-12-31", "2026-02-29", "2026-13-01",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "-9998-01-01T00:00:00Z", "9998-12-31T23:59:59Z", "2026-03-10T17:00:00+01:00",
        "2026-03-10T17:00:00", "2026-03-10T17:00:00.1234567891Z", "PT0S", "-PT1H", "P106751D", "P106752D", "PT2562048H", "P16777215D", "P1Y", "P1M", "PT0.000000001S",
        "P1DT25H", "00:00", "24:00", "24:00:00", "23:59:59.999999999", "25:00", "UTC", "Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati",
        "Europe/Madrid", "europe/madrid", "Provider", "Client", "Customer", "provider", "EUR", "eur", "XXX", "design", "discovery", "nope",
        "Stage", "Deposit", "FinalPayment", "Reply", "MilestonePayment", "Weekday", "Fixed", "Once", "LateFee", "Credit",
    };

    /// <summary>Names a known property never has, and names that belong elsewhere.</summary>
    private static readonly string[] UnknownNames = { "zzz", "$schema", "Type", "type", "schemaVersion", "at", "kind", "id", "__proto__", "", " ", "été", "it's", "a.b", "[0]" };

    private static readonly string[] UnknownTypes =
    {
        "no-such-type", "", " ", "Proposed", "handed_off", "HANDED-OFF", "proposed ", "included ", "Stage ", "out_of_scope", "\u0000",
    };

    /// <summary>The kinds of scope decisions and obligations, which are written as a "kind".</summary>
    private static readonly string[] OtherKindNames = { "included", "consumes-allowance", "goodwill", "out-of-scope", "Stage", "MilestonePayment", "Deposit", "FinalPayment", "Reply" };

    private static readonly string[] SchemaVersions = { "0", "-1", "2", "3", "2147483647", "2147483648", "\"1\"", "1.0", "1e0", "1.5", "null", "true", "{}", "[1]", "99999999999999999999" };

    private static readonly string[] Surrogates = { "\\uD800", "\\uDFFF", "\\uDBFF\\u0041", "\\uDC00\\uD800", "\uD800", "\uDC00" };

    private static readonly string[] WholeDocuments = { "", " ", "\r\n\t ", "null", "{}", "[]", "0", "\"\"", "true", "[null]", "{\"\":1}", "\"null\"", "{\"type\":null}", "[{}]", "{\"events\":[]}" };

    private static readonly string[] Comments = { "/* a comment */", "// a comment\n", "/**/", "//\n" };

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF },
        new byte[] { 0xC3 },
        new byte[] { 0x80 },
        new byte[] { 0xC0, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xE2, 0x82 },
        new byte[] { 0x00 },
    };

    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>Every text mutation, each picked in proportion to its weight.</summary>
    public static IReadOnlyList<Mutation> TextMutations { get; } = new Mutation[]
    {
        new("truncate", 8, (r, text, _) => text.Length == 0 ? null : Truncate(r, text)),
        new("remove a token", 5, (r, text, map) => One(r, map.Tokens) is var t ? (Splice(text, t, ""), $"removed the token {Show(text, t)} at {t.Start}") : null),
        new("duplicate a token", 4, (r, text, map) => One(r, map.Tokens) is var t ? (Splice(text, new TextRange(t.End, t.End), text.Substring(t.Start, t.Length)), $"repeated the token {Show(text, t)} at {t.Start}") : null),
        new("swap two tokens", 4, SwapTokens),
        new("replace a value with one of another kind", 8, OtherKind),
        new("huge or odd number", 6, OddNumber),
        new("edge whole number", 5, (r, text, map) => Replace(r, text, OneOrNone(r, map.Values.Where(v => v.Kind == JsonValueKind.Number).ToList()), One(r, EdgeIntegers), "edge whole number")),
        new("edge string", 6, (r, text, map) => Replace(r, text, OneOrNone(r, map.Values.Where(v => v.Kind == JsonValueKind.String).ToList()), JsonSerializer.Serialize(One(r, EdgeStrings)), "edge string")),
        new("huge string", 2, HugeString),
        new("lone surrogate", 4, LoneSurrogate),
        new("duplicate key", 5, DuplicateKey),
        new("unknown property", 5, UnknownProperty),
        new("remove a property", 5, RemoveProperty),
        new("unknown or other type", 5, OtherType),
        new("schema version", 4, (r, text, map) => Replace(r, text, OneOrNone(r, map.Members.Where(m => m.Name == "schemaVersion").Select(m => m.Value).ToList()), One(r, SchemaVersions), "schemaVersion")),
        new("deep nesting", 3, DeepNesting),
        new("byte order mark", 1, (_, text, _) => ("\uFEFF" + text, "a byte order mark (U+FEFF) before the document")),
        new("comment", 2, (r, text, map) => One(r, map.Tokens) is var t ? (Splice(text, new TextRange(t.Start, t.Start), One(r, Comments)), $"a comment before {Show(text, t)} at {t.Start}") : null),
        new("trailing comma", 2, TrailingComma),
        new("swap two array items", 5, SwapItems),
        new("rename a key by case", 4, RenameByCase),
        new("whole document", 2, (r, _, _) => One(r, WholeDocuments) is var w ? (w, $"the whole document replaced by {JsonSerializer.Serialize(w)}") : null),
        new("many items", 1, ManyItems),
    };

    /// <summary>The mutations only bytes can carry.</summary>
    public static IReadOnlyList<ByteMutation> ByteMutations { get; } = new ByteMutation[]
    {
        new("truncate at a byte", (r, bytes, _, _) => r.Next(bytes.Length + 1) is var k ? (bytes.Take(k).ToArray(), $"cut after byte {k} of {bytes.Length}") : default),
        new("invalid UTF-8", InsertInvalidUtf8),
        new("UTF-8 byte order mark", (_, bytes, _, _) => (ByteOrderMark.Concat(bytes).ToArray(), "a UTF-8 byte order mark (EF BB BF) before the document")),
    };

    /// <summary>
    /// Damages <paramref name="seed"/> in the form a loader reads: one text mutation, sometimes followed by a
    /// second or third while the text is still well-formed; for bytes, sometimes a byte mutation instead or
    /// after; for rows, either damage to one row or rows dropped, repeated or swapped.
    /// </summary>
    public static (HostileDocument Document, string Description) Mutate(Random random, HostileDocument seed, DocumentForm form)
    {
        switch (form)
        {
            case DocumentForm.Rows:
                return MutateRows(random, seed.Rows!);
            case DocumentForm.Utf8 when random.Next(4) == 0:
                var (text, detail) = random.Next(2) == 0 ? (seed.Text, "") : MutateText(random, seed.Text);
                var mutation = One(random, ByteMutations);
                var (bytes, byteDetail) = mutation.Apply(random, Encoding.UTF8.GetBytes(text), DocumentMap.Of(text), text);
                return (HostileDocument.OfBytes(bytes), (detail.Length == 0 ? "" : detail + "; then ") + $"{mutation.Name}: {byteDetail}");
            case DocumentForm.Utf8:
                var (utf8Text, utf8Detail) = MutateText(random, seed.Text);
                return (HostileDocument.OfBytes(Encoding.UTF8.GetBytes(utf8Text)), utf8Detail);
            default:
                var (mutated, description) = MutateText(random, seed.Text);
                return (HostileDocument.OfText(mutated), description);
        }
    }

    /// <summary>One to three text mutations, each after the last while the text is still well-formed.</summary>
    public static (string Text, string Description) MutateText(Random random, string text)
    {
        var steps = new List<string>();
        var map = DocumentMap.Of(text);
        while (map is not null)
        {
            var (mutation, result) = Apply(random, text, map);
            text = result.Text;
            steps.Add($"{mutation.Name}: {result.Detail}");
            if (random.Next(4) != 0 || steps.Count == 3)
            {
                break;
            }

            map = DocumentMap.Of(text);
        }

        return (text, string.Join("; then ", steps));
    }

    private static (Mutation Mutation, (string Text, string Detail) Result) Apply(Random random, string text, DocumentMap map)
    {
        var total = TextMutations.Sum(m => m.Weight);
        while (true)
        {
            var pick = random.Next(total);
            var mutation = TextMutations.First(m => (pick -= m.Weight) < 0);
            if (mutation.Apply(random, text, map) is { } result)
            {
                return (mutation, result);
            }
        }
    }

    private static (HostileDocument, string) MutateRows(Random random, IReadOnlyList<string> seed)
    {
        var rows = seed.ToList();
        if (rows.Count == 0 || random.Next(4) == 0)
        {
            var i = rows.Count == 0 ? 0 : random.Next(rows.Count);
            var j = rows.Count == 0 ? 0 : random.Next(rows.Count);
            string detail;
            switch (rows.Count == 0 ? 0 : random.Next(5))
            {
                case 0:
                    rows.Clear();
                    detail = "no rows at all";
                    break;
                case 1:
                    rows.RemoveAt(i);
                    detail = $"row {i} dropped";
                    break;
                case 2:
                    rows.Insert(i, rows[i]);
                    detail = $"row {i} stored twice";
                    break;
                case 3:
                    (rows[i], rows[j]) = (rows[j], rows[i]);
                    detail = $"rows {i} and {j} swapped";
                    break;
                default:
                    rows.Reverse();
                    detail = "rows in reverse order";
                    break;
            }

            return (HostileDocument.OfRows(rows), detail);
        }

        var row = random.Next(rows.Count);
        var (text, description) = MutateText(random, rows[row]);
        rows[row] = text;
        return (HostileDocument.OfRows(rows), $"row {row}: {description}");
    }

    private static (string, string) Truncate(Random random, string text)
    {
        var k = random.Next(text.Length);
        return (text.Substring(0, k), $"cut after {k} of {text.Length} characters");
    }

    private static (string, string)? SwapTokens(Random random, string text, DocumentMap map)
    {
        if (map.Tokens.Count < 2)
        {
            return null;
        }

        var a = One(random, map.Tokens);
        var b = One(random, map.Tokens);
        if (a == b)
        {
            return null;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        return (Swap(text, first, second), $"swapped the tokens {Show(text, first)} at {first.Start} and {Show(text, second)} at {second.Start}");
    }

    private static (string, string)? OtherKind(Random random, string text, DocumentMap map)
    {
        var value = One(random, map.Values);
        var others = Kinds.Where(k => KindOf(k) != value.Kind).ToList();
        return Replace(random, text, value, One(random, others), "another kind");
    }

    private static (string, string)? OddNumber(Random random, string text, DocumentMap map)
    {
        var numbers = map.Values.Where(v => v.Kind == JsonValueKind.Number).ToList();
        var value = numbers.Count > 0 && random.Next(4) != 0 ? One(random, numbers) : One(random, map.Values);
        return Replace(random, text, value, One(random, OddNumbers), "odd number");
    }

    private static (string, string)? HugeString(Random random, string text, DocumentMap map)
    {
        var strings = map.Values.Where(v => v.Kind == JsonValueKind.String).ToList();
        if (strings.Count == 0)
        {
            return null;
        }

        var length = random.Next(3) switch { 0 => 2_001, 1 => 100_001, _ => 400_000 };
        var c = random.Next(2) == 0 ? 'a' : 'é';
        var value = One(random, strings);
        return (Splice(text, value.Range, "\"" + new string(c, length) + "\""), $"the string {Show(text, value.Range)} at {value.Range.Start} replaced by {length} × '{c}'");
    }

    private static (string, string)? LoneSurrogate(Random random, string text, DocumentMap map)
    {
        var strings = map.Values.Where(v => v.Kind == JsonValueKind.String).ToList();
        var names = map.Members.Select(m => m.NameRange).ToList();
        var ranges = strings.Select(s => s.Range).Concat(names).ToList();
        if (ranges.Count == 0)
        {
            return null;
        }

        var range = One(random, ranges);
        var surrogate = One(random, Surrogates);
        var at = random.Next(2) == 0 ? range.Start + 1 : range.End - 1;
        var shown = surrogate.StartsWith('\\') ? surrogate : $"U+{(int)surrogate[0]:X4} (raw)";
        return (Splice(text, new TextRange(at, at), surrogate), $"{shown} inserted into {Show(text, range)} at {at}");
    }

    private static (string, string)? DuplicateKey(Random random, string text, DocumentMap map)
    {
        if (map.Members.Count == 0)
        {
            return null;
        }

        var member = One(random, map.Members);
        var value = random.Next(2) == 0 ? text.Substring(member.Value.Range.Start, member.Value.Range.Length) : One(random, Kinds);
        var copy = string.Concat(text.AsSpan(member.NameRange.Start, member.NameRange.Length), ":", value);
        return (Splice(text, new TextRange(member.Range.End, member.Range.End), "," + copy), $"\"{member.Name}\" at {member.Range.Start} given again as {Shorten(copy)}");
    }

    private static (string, string)? UnknownProperty(Random random, string text, DocumentMap map)
    {
        var objects = map.Values.Where(v => v.Kind == JsonValueKind.Object).ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        var target = One(random, objects);
        var empty = text.Substring(target.Range.Start + 1, target.Range.Length - 2).Trim().Length == 0;
        var member = JsonSerializer.Serialize(One(random, UnknownNames)) + ":" + One(random, Kinds);
        return (Splice(text, new TextRange(target.Range.Start + 1, target.Range.Start + 1), member + (empty ? "" : ",")), $"{member} added to the object at {target.Range.Start}");
    }

    private static (string, string)? RemoveProperty(Random random, string text, DocumentMap map)
    {
        if (map.Members.Count == 0)
        {
            return null;
        }

        var member = One(random, map.Members);
        var (start, end) = (member.Range.Start, member.Range.End);
        var after = SkipWhiteSpace(text, end);
        if (after < text.Length && text[after] == ',')
        {
            end = after + 1;
        }
        else
        {
            var before = start - 1;
            while (before >= 0 && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            if (before >= 0 && text[before] == ',')
            {
                start = before;
            }
        }

        return (Splice(text, new TextRange(start, end), ""), $"\"{member.Name}\" at {member.Range.Start} removed");
    }

    private static (string, string)? OtherType(Random random, string text, DocumentMap map)
    {
        var types = map.Members.Where(m => m.Name is "type" or "kind" && m.Value.Kind == JsonValueKind.String).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var member = One(random, types);
        var known = EngagementEventTypes.Types.Cases.Select(c => c.Name).Concat(EngagementCommandTypes.Types.Cases.Select(c => c.Name))
            .Concat(OtherKindNames)
            .ToList();
        var name = random.Next(3) == 0 ? One(random, UnknownTypes) : One(random, known);
        return Replace(random, text, member.Value, JsonSerializer.Serialize(name), $"\"{member.Name}\"");
    }

    private static (string, string)? DeepNesting(Random random, string text, DocumentMap map)
    {
        var depth = random.Next(4) switch { 0 => 65, 1 => 1_000, 2 => 10_000, _ => 100_000 };
        var nested = random.Next(4) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => new string('[', depth),
            2 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
            _ => string.Concat(Enumerable.Repeat("[{\"a\":", depth / 2)) + "1" + string.Concat(Enumerable.Repeat("}]", depth / 2)),
        };
        var value = random.Next(4) == 0 ? map.Values[map.Values.Count - 1] : One(random, map.Values);
        return (Splice(text, value.Range, nested), $"the value {Show(text, value.Range)} at {value.Range.Start} replaced by {depth} levels of nesting ({Shorten(nested)})");
    }

    private static (string, string)? TrailingComma(Random random, string text, DocumentMap map)
    {
        var closers = map.Tokens.Where(t => text[t.Start] is '}' or ']' && text[PreviousNonWhiteSpace(text, t.Start)] is not ('{' or '[')).ToList();
        if (closers.Count == 0)
        {
            return null;
        }

        var closer = One(random, closers);
        return (Splice(text, new TextRange(closer.Start, closer.Start), ","), $"a trailing comma before the '{text[closer.Start]}' at {closer.Start}");
    }

    private static (string, string)? SwapItems(Random random, string text, DocumentMap map)
    {
        var arrays = map.Arrays.Where(a => a.Items.Count >= 2).ToList();
        if (arrays.Count == 0)
        {
            return null;
        }

        var array = One(random, arrays);
        var i = random.Next(array.Items.Count - 1);
        var j = random.Next(i + 1, array.Items.Count);
        return (Swap(text, array.Items[i].Range, array.Items[j].Range), $"items {i} and {j} of the array at {array.Range.Start} swapped");
    }

    private static (string, string)? RenameByCase(Random random, string text, DocumentMap map)
    {
        var members = map.Members.Where(m => m.Name.Any(char.IsLetter)).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var member = One(random, members);
        var renamed = random.Next(3) switch
        {
            0 => char.ToUpperInvariant(member.Name[0]) + member.Name.Substring(1),
            1 => member.Name.ToUpperInvariant(),
            _ => member.Name.ToLowerInvariant(),
        };
        if (renamed == member.Name)
        {
            return null;
        }

        return (Splice(text, member.NameRange, JsonSerializer.Serialize(renamed)), $"\"{member.Name}\" at {member.Range.Start} renamed \"{renamed}\"");
    }

    private static (string, string)? ManyItems(Random random, string text, DocumentMap map)
    {
        var arrays = map.Arrays.Where(a => a.Items.Count >= 1).ToList();
        if (arrays.Count == 0)
        {
            return null;
        }

        var array = One(random, arrays);
        // Past the 1,000 that the domain's small lists allow; the larger limits (10,000 stages, 100,000 events) have
        // examples of their own, since lists without a limit of their own read every item, which is slow in bulk.
        var count = 1_001;
        var item = text.Substring(array.Items[0].Range.Start, array.Items[0].Range.Length);
        return (Splice(text, array.Range, "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]"), $"the array at {array.Range.Start} made {count} copies of its first item");
    }

    private static (byte[], string) InsertInvalidUtf8(Random random, byte[] bytes, DocumentMap? map, string text)
    {
        var invalid = One(random, InvalidUtf8);
        var strings = map?.Values.Where(v => v.Kind == JsonValueKind.String).ToList();
        int at;
        if (strings is { Count: > 0 } && random.Next(4) != 0)
        {
            // Inside a string, after its opening quote: where a reader that does not validate would let it through.
            var range = One(random, strings).Range;
            at = Encoding.UTF8.GetByteCount(text.AsSpan(0, range.Start + 1));
        }
        else
        {
            at = random.Next(bytes.Length + 1);
        }

        var result = bytes.Take(at).Concat(invalid).Concat(bytes.Skip(at)).ToArray();
        return (result, $"the bytes {Convert.ToHexString(invalid)} inserted at byte {at}");
    }

    private static (string, string)? Replace(Random random, string text, MappedValue? value, string with, string what)
    {
        _ = random;
        return value is null ? null : (Splice(text, value.Range, with), $"{what}: {Show(text, value.Range)} at {value.Range.Start} replaced by {Shorten(with)}");
    }

    private static JsonValueKind KindOf(string json) => json[0] switch
    {
        '"' => JsonValueKind.String,
        '{' => JsonValueKind.Object,
        '[' => JsonValueKind.Array,
        't' => JsonValueKind.True,
        'f' => JsonValueKind.False,
        'n' => JsonValueKind.Null,
        _ => JsonValueKind.Number,
    };

    private static string Splice(string text, TextRange range, string with) => string.Concat(text.AsSpan(0, range.Start), with, text.AsSpan(range.End));

    private static string Swap(string text, TextRange first, TextRange second) =>
        string.Concat(text.AsSpan(0, first.Start), text.AsSpan(second.Start, second.Length), text.AsSpan(first.End, second.Start - first.End)) +
        string.Concat(text.AsSpan(first.Start, first.Length), text.AsSpan(second.End));

    private static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int PreviousNonWhiteSpace(string text, int at)
    {
        do
        {
            at--;
        }
        while (at > 0 && char.IsWhiteSpace(text[at]));

        return at;
    }

    private static string Show(string text, TextRange range) => Shorten(text.Substring(range.Start, range.Length));

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    private static T One<T>(Random random, IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private static T? OneOrNone<T>(Random random, List<T> list)
        where T : class =>
        list.Count == 0 ? null : One(random, list);
}
