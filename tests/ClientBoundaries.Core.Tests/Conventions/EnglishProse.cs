// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// Finds the English prose a source file writes: text meant to be read by a person, which belongs in <c>Documents/</c>.
/// What counts as prose, and what is exempt, is the rule in <see cref="EnglishProseTests"/>' summary.
/// </summary>
internal static class EnglishProse
{
    private const char Hole = '\uFFFC';

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex FormatItem = new(@"\{\d+(,-?\d+)?(:[^{}]*)?\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The prose a file writes, outside what is exempt, in the order it appears.</summary>
    public static IReadOnlyList<Prose> In(SourceFile file)
    {
        var found = new List<Prose>();
        Visit(file.Tree.GetRoot(), file, found);
        return found;
    }

    /// <summary>Whether a text, with its holes written as <c>{...}</c>, is prose by the rule.</summary>
    public static bool IsProse(string text)
    {
        var marked = FormatItem.Replace(text.Replace("{...}", Hole.ToString(), StringComparison.Ordinal), Hole.ToString())
            .Replace("(s)", "s", StringComparison.Ordinal);
        var words = 0;
        var holes = 0;
        foreach (var token in marked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = token.Trim(TrimmedAround);
            if (trimmed.Contains(Hole, StringComparison.Ordinal))
            {
                holes++;
            }
            else if (IsWord(trimmed))
            {
                words++;
            }
        }

        return words > 0 && (words + holes >= 2 || (marked.Length > 0 && (char.IsWhiteSpace(marked[0]) || char.IsWhiteSpace(marked[^1]))));
    }

    private static readonly char[] TrimmedAround = Enumerable.Range(0, 0x250)
        .Select(c => (char)c)
        .Where(c => char.IsPunctuation(c) || char.IsSymbol(c))
        .Concat(new[] { '\u2018', '\u2019', '\u201C', '\u201D', '\u2026' })
        .ToArray();

    private static bool IsWord(string token)
    {
        var parts = token.Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("\u2019", string.Empty, StringComparison.Ordinal).Split('-');
        return parts.All(part => part.Length > 0
            && part.All(char.IsLetter)
            && part.Any(char.IsLower)
            && part.Select(char.ToLowerInvariant).Distinct().Count() >= 2);
    }

    private static void Visit(SyntaxNode node, SourceFile file, List<Prose> found)
    {
        var parts = TextOf(node, file.Model);
        if (parts is null)
        {
            foreach (var child in node.ChildNodes())
            {
                Visit(child, file, found);
            }

            return;
        }

        var shown = new StringBuilder();
        var read = new StringBuilder();
        foreach (var (text, hole) in parts)
        {
            shown.Append(hole is null ? Escaped(text!) : "{" + Whitespace.Replace(hole.ToString().Trim(), " ") + "}");
            read.Append(hole is null ? text : "{...}");
        }

        if (IsProse(read.ToString()) && !IsExempt(node, file.Model))
        {
            found.Add(new Prose(file, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, shown.ToString()));
        }

        foreach (var (_, hole) in parts)
        {
            if (hole is not null)
            {
                Visit(hole, file, found);
            }
        }
    }

    // The parts of a piece of text (each a text or a hole), or null when the node is not a piece of text.
    private static List<(string? Text, SyntaxNode? Hole)>? TextOf(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return new() { (literal.Token.ValueText, null) };
            case InterpolatedStringExpressionSyntax interpolated:
                return interpolated.Contents
                    .Select(c => c is InterpolatedStringTextSyntax text ? ((string?)text.TextToken.ValueText, (SyntaxNode?)null) : (null, ((InterpolationSyntax)c).Expression))
                    .ToList();
            case BinaryExpressionSyntax binary when IsTextChain(binary, model):
                var parts = new List<(string? Text, SyntaxNode? Hole)>();
                Flatten(binary, model, parts);
                return parts;
            default:
                return null;
        }
    }

    private static bool IsTextChain(ExpressionSyntax expression, SemanticModel model) =>
        expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)
        && model.GetTypeInfo(binary).Type?.SpecialType == SpecialType.System_String;

    private static void Flatten(ExpressionSyntax expression, SemanticModel model, List<(string? Text, SyntaxNode? Hole)> parts)
    {
        var unwrapped = expression;
        while (unwrapped is ParenthesizedExpressionSyntax parenthesized && IsTextChain(parenthesized.Expression, model))
        {
            unwrapped = parenthesized.Expression;
        }

        if (unwrapped is BinaryExpressionSyntax binary && IsTextChain(binary, model))
        {
            Flatten(binary.Left, model, parts);
            Flatten(binary.Right, model, parts);
        }
        else if (unwrapped is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
        {
            parts.AddRange(TextOf(unwrapped, model)!);
        }
        else
        {
            parts.Add((null, unwrapped));
        }
    }

    private static bool IsExempt(SyntaxNode node, SemanticModel model) =>
        node.Ancestors().Any(ancestor => ancestor switch
        {
            AttributeSyntax => true,
            ThrowStatementSyntax or ThrowExpressionSyntax => true,
            BaseObjectCreationExpressionSyntax creation => IsException(model.GetTypeInfo(creation).Type),
            ConstructorInitializerSyntax initializer => IsException(model.GetDeclaredSymbol(initializer.Parent!)?.ContainingType),
            ArgumentSyntax argument => IsPreconditionMessage(argument, model) || IsCalendarName(argument, model),
            MethodDeclarationSyntax method => IsToStringOverride(method, model),
            _ => false,
        });

    private static bool IsException(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreconditionMessage(ArgumentSyntax argument, SemanticModel model) =>
        model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter }
        && parameter.Name.EndsWith("message", StringComparison.OrdinalIgnoreCase)
        && parameter.ContainingSymbol is IMethodSymbol method
        && method.Name.StartsWith("Check", StringComparison.Ordinal)
        && method.ContainingType.ToDisplayString() == "ClientBoundaries.Primitives.Preconditions";

    /// <summary>
    /// A <c>name</c> argument of a calendar type's method (a holiday rule's factory, a holiday set): the proper name of
    /// a holiday or a set as its publisher writes it, in the publisher's language ("Juneteenth National Independence
    /// Day", "Fiesta Nacional de España"), a name like a party's, never worded again per reader.
    /// </summary>
    private static bool IsCalendarName(ArgumentSyntax argument, SemanticModel model) =>
        model.GetOperation(argument) is IArgumentOperation { Parameter: { Name: "name" } parameter }
        && parameter.ContainingSymbol is IMethodSymbol method
        && method.ContainingType.ContainingNamespace.ToDisplayString() == "ClientBoundaries.Calendars";

    private static bool IsToStringOverride(MethodDeclarationSyntax method, SemanticModel model) =>
        method.Identifier.ValueText == "ToString"
        && model.GetDeclaredSymbol(method) is { IsOverride: true, Parameters.Length: 0 };

    private static string Escaped(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}

/// <summary>A piece of English prose a file writes, on the line where it starts, as the code writes it (holes in braces).</summary>
internal sealed record Prose(SourceFile File, int Line, string Text)
{
    /// <summary>As <c>Folder/File.cs:line: "the text"</c>.</summary>
    public override string ToString() => $"{File.Path}:{Line}: \"{Text}\"";
}
#endif
