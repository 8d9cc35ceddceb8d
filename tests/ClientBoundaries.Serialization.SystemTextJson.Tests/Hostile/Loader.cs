using System;
using System.Collections.Generic;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// One way into the package that reads JSON: what it is called, the documents it reads (its form and its
/// seeds), how to call it, and how to write what it returned back into its form (for the round trip).
/// </summary>
internal sealed class Loader
{
    private readonly Lazy<IReadOnlyList<HostileDocument>> _seeds;

    public Loader(
        string name,
        string call,
        LoaderKind kind,
        DocumentForm form,
        Type valueType,
        Func<IReadOnlyList<HostileDocument>> seeds,
        Func<HostileDocument, object?> load,
        Func<object, HostileDocument>? write = null,
        Func<HostileDocument, object, string?>? law = null)
    {
        Name = name;
        Call = call;
        Kind = kind;
        Form = form;
        ValueType = valueType;
        _seeds = new Lazy<IReadOnlyList<HostileDocument>>(seeds);
        Load = load;
        Write = write;
        Law = law;
    }

    /// <summary>
    /// The loader's short name, in the test's name and in failure messages: the package's entry point as
    /// <see cref="HostileLoaderTableTests"/> names it (<c>AgreementTemplate.Load(bytes)</c>), or <c>context: T</c> and
    /// <c>options: T</c> for <c>JsonSerializer</c>. Short, since xUnit cuts a test's arguments at 50 characters.
    /// </summary>
    public string Name { get; }

    /// <summary>The call in full, for failure messages: <c>JsonSerializer.Deserialize(json, ClientBoundariesJsonContext.Default.Plan)</c>.</summary>
    public string Call { get; }

    public LoaderKind Kind { get; }

    public DocumentForm Form { get; }

    /// <summary>The type of what it returns.</summary>
    public Type ValueType { get; }

    /// <summary>Valid documents, written by the package itself from real values, in this loader's form.</summary>
    public IReadOnlyList<HostileDocument> Seeds => _seeds.Value;

    public Func<HostileDocument, object?> Load { get; }

    /// <summary>Writes a value this loader returned as a document it reads; null for a validator (it returns problems).</summary>
    public Func<object, HostileDocument>? Write { get; }

    /// <summary>A rule the loader's answer must keep besides the round trip (a validator's agreement with its loader), or null.</summary>
    public Func<HostileDocument, object, string?>? Law { get; }

    public override string ToString() => Name;
}
