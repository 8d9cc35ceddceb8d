using System.Collections.Generic;
using System.Text.Json;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// The map of a well-formed JSON text: where each token, value, object member and array is, so a mutation
/// can pick one and splice the text around it. A test's own small parser, independent of the package's
/// reader; it keeps what <see cref="JsonDocument"/> cannot (repeated names, exact positions).
/// </summary>
internal sealed class DocumentMap
{
    /// <summary>Deeper than any seed; a mutated text nested deeper is left to the text-level mutations.</summary>
    private const int MaxDepth = 200;

    private readonly string _text;
    private readonly List<TextRange> _tokens = new();
    private readonly List<MappedValue> _values = new();
    private readonly List<MappedMember> _members = new();
    private readonly List<MappedArray> _arrays = new();
    private int _at;

    private DocumentMap(string text)
    {
        _text = text;
    }

    /// <summary>Every token: punctuation, strings (with their quotes), numbers and literals.</summary>
    public IReadOnlyList<TextRange> Tokens => _tokens;

    /// <summary>Every value, the root and each member's value and array item, in document order of their ends.</summary>
    public IReadOnlyList<MappedValue> Values => _values;

    /// <summary>Every property of every object.</summary>
    public IReadOnlyList<MappedMember> Members => _members;

    /// <summary>Every array.</summary>
    public IReadOnlyList<MappedArray> Arrays => _arrays;

    /// <summary>The map of <paramref name="text"/>, or null when it is not one well-formed JSON value (or too deep to map).</summary>
    public static DocumentMap? Of(string text)
    {
        var map = new DocumentMap(text);
        if (map.Value(0) is null)
        {
            return null;
        }

        map.SkipWhiteSpace();
        return map._at == text.Length ? map : null;
    }

    private MappedValue? Value(int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        SkipWhiteSpace();
        if (_at >= _text.Length)
        {
            return null;
        }

        var start = _at;
        MappedValue? value;
        switch (_text[_at])
        {
            case '{':
                value = Object(start, depth);
                break;
            case '[':
                value = Array(start, depth);
                break;
            case '"':
                value = String() is { } s ? new MappedValue(JsonValueKind.String, s) : null;
                break;
            default:
                value = Literal();
                break;
        }

        if (value is not null)
        {
            _values.Add(value);
        }

        return value;
    }

    private MappedValue? Object(int start, int depth)
    {
        Token(1);
        var members = new List<MappedMember>();
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            Token(1);
            return new MappedValue(JsonValueKind.Object, new TextRange(start, _at));
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() != '"' || String() is not { } name)
            {
                return null;
            }

            SkipWhiteSpace();
            if (Peek() != ':')
            {
                return null;
            }

            Token(1);
            if (Value(depth + 1) is not { } value)
            {
                return null;
            }

            var member = new MappedMember(Unquote(name), name, value);
            members.Add(member);
            _members.Add(member);
            SkipWhiteSpace();
            if (Peek() == ',')
            {
                Token(1);
                continue;
            }

            if (Peek() != '}')
            {
                return null;
            }

            Token(1);
            return new MappedValue(JsonValueKind.Object, new TextRange(start, _at));
        }
    }

    private MappedValue? Array(int start, int depth)
    {
        Token(1);
        var items = new List<MappedValue>();
        SkipWhiteSpace();
        if (Peek() != ']')
        {
            while (true)
            {
                if (Value(depth + 1) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                SkipWhiteSpace();
                if (Peek() != ',')
                {
                    break;
                }

                Token(1);
            }
        }

        if (Peek() != ']')
        {
            return null;
        }

        Token(1);
        var array = new MappedValue(JsonValueKind.Array, new TextRange(start, _at));
        _arrays.Add(new MappedArray(array.Range, items));
        return array;
    }

    private TextRange? String()
    {
        var start = _at;
        for (var i = _at + 1; i < _text.Length; i++)
        {
            if (_text[i] == '\\')
            {
                i++;
            }
            else if (_text[i] == '"')
            {
                Token(i + 1 - _at);
                return new TextRange(start, _at);
            }
        }

        return null;
    }

    private MappedValue? Literal()
    {
        var start = _at;
        while (_at < _text.Length && !IsWhiteSpace(_text[_at]) && "{}[]:,\"".IndexOf(_text[_at]) < 0)
        {
            _at++;
        }

        if (_at == start)
        {
            return null;
        }

        _tokens.Add(new TextRange(start, _at));
        var literal = _text.Substring(start, _at - start);
        var kind = literal switch
        {
            "true" => JsonValueKind.True,
            "false" => JsonValueKind.False,
            "null" => JsonValueKind.Null,
            _ => JsonValueKind.Number,
        };
        return new MappedValue(kind, new TextRange(start, _at));
    }

    /// <summary>The name a string token stands for; a name a mutation made undecodable (a lone surrogate) is taken as written.</summary>
    private string Unquote(TextRange token)
    {
        var quoted = _text.Substring(token.Start, token.Length);
        try
        {
            return JsonSerializer.Deserialize<string>(quoted) ?? quoted;
        }
        catch (System.Exception e) when (e is JsonException or System.InvalidOperationException or System.ArgumentException)
        {
            return quoted.Substring(1, quoted.Length - 2);
        }
    }

    private void Token(int length)
    {
        _tokens.Add(new TextRange(_at, _at + length));
        _at += length;
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void SkipWhiteSpace()
    {
        while (_at < _text.Length && IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
