using System;
using Ardalis.SmartEnum;

namespace ClientBoundaries.Primitives;

/// <summary>
/// A language the library writes in: English, Spanish, Indonesian or Malay. Each party's language is part of the
/// agreement (<c>CommunicationPreferences.Language</c>), so the reminders and explanations it is sent are in it; a
/// document, a refusal (<c>RuleViolation.MessageIn</c>) or an explanation (<c>DueConsequence.ExplanationIn</c>) can be
/// asked for in any of them. Each has its own wording, written as a fluent speaker would say it, and formats dates and
/// amounts for its culture.
/// </summary>
/// <remarks>
/// The numeric values are a persistence contract and never change. Dates and amounts use the
/// culture named by <see cref="CultureName"/>; on a machine without that culture's data (for example
/// a container with invariant globalization) the documents fall back to ISO dates (2026-03-17) and
/// invariant numbers rather than fail. Immutable and thread-safe.
/// </remarks>
public sealed class Language : SmartEnum<Language>
{
    /// <summary>English, with British date order (17 March 2026).</summary>
    public static readonly Language English = new(nameof(English), 1, "en", "en-GB");

    /// <summary>Spanish as written in Spain (17 de marzo de 2026).</summary>
    public static readonly Language Spanish = new(nameof(Spanish), 2, "es", "es-ES");

    /// <summary>Indonesian (17 Maret 2026).</summary>
    public static readonly Language Indonesian = new(nameof(Indonesian), 3, "id", "id-ID");

    /// <summary>Malay as written in Malaysia (17 Mac 2026).</summary>
    public static readonly Language Malay = new(nameof(Malay), 4, "ms", "ms-MY");

    private Language(string name, int value, string code, string cultureName)
        : base(name, value)
    {
        Code = code;
        CultureName = cultureName;
    }

    /// <summary>The ISO 639-1 code of the language: <c>en</c>, <c>es</c>, <c>id</c> or <c>ms</c>.</summary>
    public string Code { get; }

    /// <summary>The culture whose dates, month names and number format the documents use: <c>en-GB</c>, <c>es-ES</c>, <c>id-ID</c> or <c>ms-MY</c>.</summary>
    public string CultureName { get; }
}
