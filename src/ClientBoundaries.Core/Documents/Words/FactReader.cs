using System;
using System.Collections;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents.Words;

/// <summary>
/// The facts of one sentence, read by name: what a wording function asks of the facts the engine stated. A fact
/// missing or of another type than asked is a bug in the library, and says which sentence and which fact.
/// </summary>
internal readonly struct FactReader
{
    private readonly string _key;
    private readonly IReadOnlyList<Fact> _facts;

    public FactReader(string key, IReadOnlyList<Fact> facts, Phrasebook words)
    {
        _key = key;
        _facts = facts;
        Words = words;
    }

    /// <summary>The language's formats and shared words: dates, times, amounts, counts.</summary>
    public Phrasebook Words { get; }

    /// <summary>Whether the fact is stated.</summary>
    public bool Has(string name) => Find(name) is not null;

    /// <summary>The value of a fact that must be stated.</summary>
    public T Get<T>(string name) =>
        Find(name) is { } fact
            ? fact.Value is T value ? value : throw new InvalidOperationException($"The fact '{name}' of the sentence '{_key}' is a {fact.Value.GetType().Name}, not a {typeof(T).Name}.")
            : throw new InvalidOperationException($"The sentence '{_key}' needs the fact '{name}', which was not stated.");

    /// <summary>The value of a fact that may be left out, or the default of <typeparamref name="T"/>.</summary>
    public T? Optional<T>(string name) => Has(name) ? Get<T>(name) : default;

    /// <summary>
    /// The name of what a key fact refers to (<c>stageName</c> beside <c>stage</c>: the stage's title), or the key
    /// itself when the sentence was stated without it (the thing is not in the agreement).
    /// </summary>
    public string Name(string name) => Has(name + "Name") ? Text(name + "Name") : Text(name);

    /// <summary>
    /// A stage's title and, when the agreement says, what it hands over: "Design draft: the homepage to review". The same
    /// in every language (both are the agreement's own words).
    /// </summary>
    public string StageAndHandover() => Has("handover") ? $"{Text("stage")}: {Text("handover")}" : Text("stage");

    /// <summary>A fact as the library's value writes itself: a key, a name, a party, a rule.</summary>
    public string Text(string name) => Get<object>(name).ToString()!;

    /// <summary>A fact that holds a list, each item as it writes itself.</summary>
    public IReadOnlyList<string> Texts(string name)
    {
        var texts = new List<string>();
        foreach (var item in Get<IEnumerable>(name))
        {
            texts.Add(item.ToString()!);
        }

        return texts;
    }

    private Fact? Find(string name)
    {
        foreach (var fact in _facts)
        {
            if (fact.Name == name)
            {
                return fact;
            }
        }

        return null;
    }
}
