using System;
using System.Collections.Generic;
using System.IO;
using ClientBoundaries.Agreements;
using ClientBoundaries.Serialization.SystemTextJson.Reading;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Agreement templates: a "How we work together" agreement written as JSON (kept in a CRM record, a file,
/// a settings screen) and loaded as an <see cref="Agreement"/>, with every mistake in it reported at once,
/// each with its JSON path.
/// </summary>
/// <remarks>
/// <para><b>One format.</b> A template is an agreement in the JSON this package writes for any
/// <see cref="Agreement"/> (<c>JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement)</c>),
/// so an agreement built in code can be saved and edited as a template, and a stored agreement of any
/// version is read by the same rules. A template may leave out the optional terms, which then take the
/// defaults of <see cref="AgreementBuilder"/>, and may name its schema in a root <c>"$schema"</c> property
/// (read and ignored). The JSON Schema of the format ships in the package (<c>schemas/agreement-template.schema.json</c>)
/// for editors and admin screens.</para>
/// <para><b>Strict.</b> Property names are camelCase and matched exactly; an unknown or repeated property
/// is a mistake, never ignored; names of values (<c>"Provider"</c>, <c>"Email"</c>, <c>"LateFee"</c>) are
/// matched exactly and a wrong one lists those allowed; dates, times and durations are ISO 8601; time
/// zones are TZDB ids. Every value is checked by the same rules as the library's own constructors, then
/// the agreement as a whole as <see cref="AgreementBuilder.Validate"/> checks it, each violation reported
/// at the path of what it names (a milestone tied to a stage the agreement lacks is reported at
/// <c>$.paymentTerms.milestones[0].stage</c>).</para>
/// <para><b>Safe.</b> Documents larger than 16 MiB, nested deeper than 64 levels, with comments or
/// trailing commas are refused; reading stops after 100 problems. Nothing is half-loaded: either the
/// whole agreement is returned or an exception lists what is wrong.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// IReadOnlyList&lt;JsonProblem&gt; problems = AgreementTemplate.Validate(record.TemplateJson);
/// if (problems.Count &gt; 0)
/// {
///     // Show each next to the field it names: "$.stages[2].durationBusinessDays: must be from 1 to 2600, was 0".
///     return problems;
/// }
///
/// Agreement agreement = AgreementTemplate.Load(record.TemplateJson);
/// </code>
/// </example>
public static class AgreementTemplate
{
    private const string What = "agreement template";

    private const string SchemaResource = "ClientBoundaries.Serialization.SystemTextJson.Schemas.agreement-template.schema.json";

    private static readonly Lazy<string> Schema = new(ReadSchema);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of agreement templates: what an admin screen hands to its JSON editor
    /// for completion and inline checks. The same file ships in the package as <c>schemas/agreement-template.schema.json</c>,
    /// and is published at its <c>$id</c>,
    /// <see href="https://clientboundaries.github.io/ClientBoundaries.Core/schemas/agreement-template.schema.json"/>: the
    /// address a template names in its <c>"$schema"</c> property, so an editor finds the schema wherever the file is.
    /// </summary>
    /// <remarks>
    /// The schema describes every property, its kind, range and allowed names, and refuses unknown
    /// properties. It cannot say everything: the rules about the agreement as a whole (a milestone naming a
    /// stage the agreement has, one currency for every amount, a preferred channel the party accepts ...)
    /// are checked by <see cref="Validate(string)"/> and <see cref="Load(string)"/> only. A template the
    /// schema accepts may so still have problems; one it refuses never loads.
    /// </remarks>
    public static string JsonSchema => Schema.Value;

    /// <summary>Loads an agreement from a template written as JSON text.</summary>
    /// <param name="json">The template: one JSON object in the agreement format.</param>
    /// <returns>The agreement, valid by every rule of <see cref="AgreementBuilder"/>: version 1 for a template, or the version its amendments make.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClientBoundariesJsonException">
    /// The template cannot be loaded: malformed JSON, a wrong or missing value, an unknown property, or an
    /// agreement the library refuses. <see cref="ClientBoundariesJsonException.Problems"/> lists every problem
    /// found, each with its JSON path.
    /// </exception>
    public static Agreement Load(string json) => JsonDocumentReader.Read(json, What, AgreementJson.Read);

    /// <summary>Loads an agreement from a template given as UTF-8 bytes (a file or an HTTP body, read without decoding to a string first).</summary>
    /// <param name="utf8Json">The template as UTF-8, without a byte order mark.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ClientBoundariesJsonException">The template cannot be loaded; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found.</exception>
    public static Agreement Load(ReadOnlyMemory<byte> utf8Json) => JsonDocumentReader.Read(utf8Json, What, AgreementJson.Read);

    /// <summary>
    /// Checks a template without keeping the agreement: what an admin screen calls before it saves a
    /// template, to show every mistake next to the field it names.
    /// </summary>
    /// <param name="json">The template as JSON text.</param>
    /// <returns>Every problem found (each value's in document order, then those of the agreement as a whole), each with its JSON path (<c>$.stages[2].owner</c>) and what is wrong there; empty when <see cref="Load(string)"/> would succeed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<JsonProblem> Validate(string json)
    {
        try
        {
            Load(json);
            return Array.Empty<JsonProblem>();
        }
        catch (ClientBoundariesJsonException e)
        {
            return e.Problems;
        }
    }

    private static string ReadSchema()
    {
        using var stream = typeof(AgreementTemplate).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException("The agreement template schema is missing from the assembly: " + SchemaResource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
