// The source conventions read the library's sources with the C# compiler, and the sources are the same whichever build
// of the library a test project loads: they run in ClientBoundaries.Core.Tests only. ClientBoundaries.Core.Tests.NetStandard
// compiles every file of that project, so each source-convention file is left out of it here (it has no Roslyn either).
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// The sources of <c>src/ClientBoundaries.Core</c> compiled once per test run as its net10.0 build compiles them (its
/// preprocessor symbols, the latest language version, the runtime's assemblies, NodaTime and SmartEnum), and what each
/// file uses by the semantic model. Snippets compiled the same way test the conventions themselves.
/// </summary>
internal sealed class LibrarySources
{
    // What the .NET SDK defines for a net10.0 build (the configuration's DEBUG or RELEASE is not used by the library).
    private static readonly string[] Net10Symbols =
    {
        "TRACE", "NET", "NET10_0", "NETCOREAPP",
        "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER",
        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER",
        "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER",
    };

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Regular, Net10Symbols);

    private static readonly Lazy<LibrarySources> Library = new(ReadLibrary);

    // The running runtime's own assemblies (the trusted platform assemblies of a test host also list the test's
    // dependencies, this library's build among them, which the sources must not see), NodaTime and SmartEnum.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal))
            .Concat(new[] { typeof(NodaTime.Instant).Assembly.Location, typeof(Ardalis.SmartEnum.SmartEnum<>).Assembly.Location })
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private readonly Dictionary<SyntaxTree, SourceFile> _byTree;
    private readonly Lazy<IReadOnlyList<Use>> _uses;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _errors;

    private LibrarySources(CSharpCompilation compilation, IEnumerable<(SyntaxTree Tree, string Path)> files)
    {
        Compilation = compilation;
        Files = files
            .Select(f => new SourceFile(f.Path, f.Tree, compilation.GetSemanticModel(f.Tree)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        _byTree = Files.ToDictionary(f => f.Tree);
        // Files are read in parallel: a compilation and its semantic models answer from any thread.
        _uses = new Lazy<IReadOnlyList<Use>>(() => Files.AsParallel().AsOrdered().SelectMany(UsesIn).ToList());
        _errors = new Lazy<IReadOnlyList<Diagnostic>>(() =>
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
    }

    /// <summary>The compilation of every source file.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Every source file, by its path from <c>src/ClientBoundaries.Core</c>.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Every use, in code, of a type declared in these sources or of one of its members.</summary>
    public IReadOnlyList<Use> Uses => _uses.Value;

    /// <summary>The errors the compiler reports: with any, a name may be bound to nothing and a use go unseen.</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors.Value;

    /// <summary>The library's sources, after asserting that they compile without errors as the net10.0 build does.</summary>
    public static LibrarySources Compiled()
    {
        var sources = Library.Value;
        sources.Errors.Select(d => d.ToString()).Should().BeEmpty(
            "the conventions read the library through the compiler's semantic model, which is wrong where the sources do not compile "
            + "(are the preprocessor symbols, the language version or the references out of step with the net10.0 build?)");
        return sources;
    }

    /// <summary>Small sources, as a convention's own test writes them, compiled like the library; they must compile.</summary>
    public static LibrarySources FromSnippets(params (string Path, string Code)[] files)
    {
        var sources = Compile(files.Select(f => (CSharpSyntaxTree.ParseText(f.Code, ParseOptions, f.Path), f.Path)).ToList());
        sources.Errors.Select(d => d.ToString()).Should().BeEmpty("a snippet that does not compile tests nothing");
        return sources;
    }

    /// <summary>The repository: the folder that holds ClientBoundaries.Core.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClientBoundaries.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No ClientBoundaries.Core.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The folder the library's sources live in.</summary>
    public static string LibraryFolder() => Path.Combine(RepositoryRoot(), "src", "ClientBoundaries.Core");

    /// <summary>The source files that declare a type (more than one for a partial type); none for a type from a reference.</summary>
    public IReadOnlyList<SourceFile> FilesDeclaring(INamedTypeSymbol type) =>
        type.OriginalDefinition.DeclaringSyntaxReferences
            .Select(r => _byTree.TryGetValue(r.SyntaxTree, out var file) ? file : null)
            .OfType<SourceFile>()
            .Distinct()
            .ToList();

    /// <summary>
    /// The source files that declare what a use reaches: the member's own declaration (for a partial method, its defining
    /// declaration, which callers bind to), or, for a type or a member declared nowhere in the sources, the type's files.
    /// </summary>
    public IReadOnlyList<SourceFile> FilesDeclaring(Use use)
    {
        if (use.Symbol is not INamedTypeSymbol)
        {
            var declaring = use.Symbol.DeclaringSyntaxReferences
                .Select(r => _byTree.TryGetValue(r.SyntaxTree, out var file) ? file : null)
                .OfType<SourceFile>()
                .Distinct()
                .ToList();
            if (declaring.Count > 0)
            {
                return declaring;
            }
        }

        return FilesDeclaring(use.Type);
    }

    /// <summary>The type with this metadata name, declared in these sources.</summary>
    public INamedTypeSymbol? SourceType(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) is { } type && FilesDeclaring(type).Count > 0 ? type : null;

    private static LibrarySources ReadLibrary()
    {
        var folder = LibraryFolder();
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Select(path => (CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(folder, path)), ParseOptions, path), path))
            .ToList();
        return Compile(files);
    }

    private static LibrarySources Compile(IReadOnlyList<(SyntaxTree Tree, string Path)> files)
    {
        // Nullable analysis is off: annotations change no binding, only warnings, and the analysis would double the time
        // the compiler takes to bind the library (a `?` on a reference type is then a warning, which the check ignores).
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Disable,
            checkOverflow: true);
        var compilation = CSharpCompilation.Create("ClientBoundaries.Core", files.Select(f => f.Tree), References.Value, options);
        return new LibrarySources(compilation, files);
    }

    // A use is a name in code (a type, or a member through which code reaches its type), or the constructor, operator,
    // indexer or conversion that an expression binds to. Comments and XML docs are trivia, which the walk never enters;
    // nameof(...) names without using, and `var` and using directives are not uses either (what a file then does with
    // the names is).
    private IEnumerable<Use> UsesIn(SourceFile file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = file.Tree.GetRoot().DescendantNodes(node => node is not UsingDirectiveSyntax && !IsNameOf(node, file.Model));
        foreach (var node in nodes)
        {
            if (!MayUse(node) || file.Model.GetSymbolInfo(node).Symbol is not { } symbol || TypeOf(symbol) is not { } type
                || IsQualifierOfItsOwnMember(node, type, file.Model))
            {
                continue;
            }

            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            var original = symbol.OriginalDefinition;
            if (FilesDeclaring(type).Count > 0 && seen.Add($"{line} {original.Kind} {original.GetDocumentationCommentId() ?? original.ToDisplayString()}"))
            {
                yield return new Use(file, line, type, original);
            }
        }
    }

    // In Assessor.RuleOf (or Assessor.Due, a nested type) the use is of Assessor.RuleOf, which is in Assessor: Assessor on its
    // own would say it twice.
    private static bool IsQualifierOfItsOwnMember(SyntaxNode node, INamedTypeSymbol type, SemanticModel model)
    {
        if (node is not SimpleNameSyntax || model.GetSymbolInfo(node).Symbol is not INamedTypeSymbol)
        {
            return false;
        }

        // The type's whole name, ClientBoundaries.Engagements.Assessor as well as Assessor, is what qualifies the member.
        var name = node.Parent is MemberAccessExpressionSyntax { Name: var right } whole && right == node ? whole
            : node.Parent is QualifiedNameSyntax { Right: var last } qualifiedWhole && last == node ? qualifiedWhole
            : node;
        var member = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Expression == name => access.Name,
            QualifiedNameSyntax qualified when qualified.Left == name => qualified.Right,
            _ => null,
        };
        for (var used = member is null ? null : model.GetSymbolInfo(member).Symbol is { } symbol ? TypeOf(symbol) : null; used is not null; used = used.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(used.OriginalDefinition, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameOf(SyntaxNode node, SemanticModel model) =>
        node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation
        && model.GetOperation(invocation) is INameOfOperation;

    private static bool MayUse(SyntaxNode node) => node switch
    {
        IdentifierNameSyntax name => !name.IsVar,
        SimpleNameSyntax => true,
        BaseObjectCreationExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
            or AssignmentExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax
            or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax => true,
        _ => false,
    };

    private static INamedTypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol { IsAnonymousType: false } type => type.OriginalDefinition,
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => null,
        IMethodSymbol method => (method.ReducedFrom ?? method).ContainingType?.OriginalDefinition,
        IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType?.OriginalDefinition,
        _ => null,
    };
}

/// <summary>One source file of the library, by its path from <c>src/ClientBoundaries.Core</c> (with forward slashes).</summary>
internal sealed class SourceFile
{
    public SourceFile(string path, SyntaxTree tree, SemanticModel model)
    {
        Path = path;
        Tree = tree;
        Model = model;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        Folder = slash < 0 ? string.Empty : path[..slash];
        NameInFolder = slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>The path from <c>src/ClientBoundaries.Core</c>, such as <c>Documents/Translations/English.cs</c>.</summary>
    public string Path { get; }

    /// <summary>The top folder (a subfolder belongs to it), such as <c>Documents</c>; empty for a file at the root.</summary>
    public string Folder { get; }

    /// <summary>The path inside the top folder, such as <c>Translations/English.cs</c>.</summary>
    public string NameInFolder { get; }

    public SyntaxTree Tree { get; }

    public SemanticModel Model { get; }

    public override string ToString() => Path;
}

/// <summary>
/// A file's use, on a line, of a type declared in the sources: <see cref="Type"/> is the type itself or the type whose
/// member <see cref="Symbol"/> is (a nested type is declared in its container's file, so it counts as that file's).
/// </summary>
internal sealed record Use(SourceFile From, int Line, INamedTypeSymbol Type, ISymbol Symbol)
{
    /// <summary>The use as a reader finds it in the code: <c>Assessor.RuleOf</c>, <c>Money</c>, <c>new Money</c>.</summary>
    public string Name => Symbol switch
    {
        INamedTypeSymbol => TypeName(Type),
        IMethodSymbol { MethodKind: MethodKind.Constructor } => $"new {TypeName(Type)}",
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } method => $"{TypeName(Type)}.{method.Name}",
        IPropertySymbol { IsIndexer: true } => $"{TypeName(Type)}[]",
        _ => $"{TypeName(Type)}.{Symbol.Name}",
    };

    private static string TypeName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? $"{TypeName(outer)}.{type.Name}" : type.Name;
}
#endif
