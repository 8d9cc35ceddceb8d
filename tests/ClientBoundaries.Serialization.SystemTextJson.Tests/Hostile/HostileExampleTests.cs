using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// One named example of each kind of damage the fuzz does (<see cref="Mutator"/>), with the exact problems the
/// package reports: the path, and the message the readers' code and docs/json.md say it gives. Where a message
/// comes from System.Text.Json's parser, the package keeps its first sentence and the line and position, which
/// count bytes of UTF-8 from 1, at the character where the text stops being JSON (or just past the end).
/// </summary>
public class HostileExampleTests
{
    private const string SignedAt = "2026-02-18T09:00:00Z";

    /// <summary>A small valid template: two parties, two stages, every optional term left out.</summary>
    private const string Template = """
        {
          "id": "bookkeeping",
          "title": "Monthly bookkeeping",
          "provider": { "name": "Buku Rapi", "calendar": { "timeZone": "Asia/Jakarta", "workingWeek": { "monday": [{ "start": "09:00", "end": "17:00" }] } } },
          "client": { "name": "Kopi Kita", "calendar": { "timeZone": "Asia/Singapore", "workingWeek": { "tuesday": [{ "start": "09:00", "end": "17:00" }] } } },
          "stages": [
            { "key": "receipts", "name": "Send receipts", "owner": "Client", "durationBusinessDays": 5 },
            { "key": "books", "name": "Close the books", "owner": "Provider", "durationBusinessDays": 3 }
          ]
        }
        """;

    private const string Signed = """{"type":"signed","schemaVersion":1,"at":"2026-02-18T09:00:00Z"}""";

    private const string Sign = """{"type":"sign","schemaVersion":1,"at":"2026-02-18T09:00:00Z"}""";

    /// <summary>The problems of the package's refusal, each with its path; fails if anything else is thrown.</summary>
    private static string[] Problems(Func<object?> read)
    {
        var thrown = Assert.Throws<ClientBoundariesJsonException>(read);
        Oracle.ProblemsWithPaths(thrown).Should().BeNull();
        return thrown.Problems.Select(p => p.ToString()).ToArray();
    }

    private static string[] TemplateProblems(string template)
    {
        var problems = AgreementTemplate.Validate(template).Select(p => p.ToString()).ToArray();
        Problems(() => AgreementTemplate.Load(template)).Should().Equal(problems, "Load refuses with exactly the problems Validate finds");
        return problems;
    }

    private static string Scheduled() => EngagementEventJson.Write(Stories.Scheduled().Events);

    /// <summary>The template with a contact policy for the provider, promising an email reply within <paramref name="within"/>.</summary>
    private static string WithCommitment(string within) =>
        Template.Replace(
            "\"Buku Rapi\", ",
            "\"Buku Rapi\", \"contactPolicy\": { \"channels\": [\"Email\"], \"commitments\": [{ \"channel\": \"Email\", \"within\": " + JsonSerializer.Serialize(within) + " }] }, ",
            StringComparison.Ordinal);

    [Fact]
    public void The_template_the_examples_damage_loads_undamaged()
    {
        AgreementTemplate.Validate(Template).Should().BeEmpty();
        AgreementTemplate.Load(Template).Stages.Select(s => s.Key.Value).Should().Equal("receipts", "books");
    }

    [Fact]
    public void Truncated_stream_is_refused_with_the_position_of_the_cut()
    {
        var stream = Scheduled();
        var afterFirstEvent = stream.Substring(0, stream.IndexOf(",{\"type\":\"signed\"", StringComparison.Ordinal));
        var insideATitle = stream.Substring(0, stream.IndexOf("Website redesign", StringComparison.Ordinal) + "Website".Length);

        // The first cut ends with the "proposed" event's "}", inside the stream's object and its array; the second inside a
        // string. Both are one line; the parser stops just past the last byte (the agreement's Spanish names take two bytes a letter).
        Problems(() => EngagementEventJson.Read(afterFirstEvent)).Should().Equal(
            $"$: is not valid JSON at line 1, position {Encoding.UTF8.GetByteCount(afterFirstEvent) + 1}: Expected depth to be zero at the end of the JSON payload.");
        Problems(() => EngagementEventJson.Read(Encoding.UTF8.GetBytes(afterFirstEvent))).Should().Equal(
            $"$: is not valid JSON at line 1, position {Encoding.UTF8.GetByteCount(afterFirstEvent) + 1}: Expected depth to be zero at the end of the JSON payload.");
        Problems(() => EngagementEventJson.Read(insideATitle)).Should().Equal(
            $"$: is not valid JSON at line 1, position {Encoding.UTF8.GetByteCount(insideATitle) + 1}: Expected end of string, but instead reached end of data.");
    }

    [Fact]
    public void Ten_thousand_nested_arrays_are_refused_at_the_depth_limit_without_a_stack_overflow()
    {
        var arrays = new string('[', 10_000) + new string(']', 10_000);
        var objects = string.Concat(Enumerable.Repeat("""{"a":""", 10_000)) + "1" + new string('}', 10_000);

        // The 65th "[" is the 65th character; in a stream it follows the 28 characters of {"schemaVersion":1,"events":
        // and the root object's level, so the 64th "[" (character 92) is the 65th level. Each {"a": is five characters.
        Problems(() => AgreementTemplate.Load(arrays)).Should().Equal("$: is not valid JSON at line 1, position 65: The maximum configured depth of 64 has been exceeded.");
        Problems(() => EngagementEventJson.Read("""{"schemaVersion":1,"events":""" + arrays + "}")).Should().Equal(
            "$: is not valid JSON at line 1, position 92: The maximum configured depth of 64 has been exceeded.");
        Problems(() => EngagementEventJson.ReadEvent(Encoding.UTF8.GetBytes(objects))).Should().Equal(
            "$: is not valid JSON at line 1, position 321: The maximum configured depth of 64 has been exceeded.");
    }

    [Theory]
    [InlineData("1e400", "must be a decimal number within ±79228162514264337593543950335, was the number 1e400")]
    [InlineData("79228162514264337593543950336", "must be a decimal number within ±79228162514264337593543950335, was the number 79228162514264337593543950336")]
    [InlineData("1e-400", "must be a decimal number that a .NET decimal holds exactly (28 to 29 significant digits, at most 28 after the point), was the number 1e-400")]
    [InlineData("\"NaN\"", "must be a decimal number within ±79228162514264337593543950335, was the string \"NaN\"")]
    public void An_amount_no_decimal_holds_is_refused_at_its_path_with_the_number_found(string amount, string message)
    {
        var deposit = $$$"""{"type":"deposit-received","schemaVersion":1,"at":"2026-02-20T09:00:00Z","amount":{"amount":{{{amount}}},"currency":"EUR"}}""";

        Problems(() => EngagementEventJson.ReadEvent(deposit)).Should().Equal("$.amount.amount: " + message);
        Problems(() => JsonSerializer.Deserialize(deposit, ClientBoundariesJsonContext.Default.EngagementEvent)).Should().Equal("$.amount.amount: " + message);
    }

    [Theory]
    [InlineData("2", "was written by a newer version of the format (schema version 2); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version 1: update the package")]
    [InlineData("0", "must be at least 1, was 0")]
    [InlineData("-1", "must be at least 1, was -1")]
    [InlineData("2147483648", "must be at most 2147483647, was 2147483648")]
    [InlineData("1E+2147483648", "must be a whole number, was the number 1E+2147483648")]
    [InlineData("1.0", "must be a whole number, was the number 1.0")]
    [InlineData("\"1\"", "must be a whole number, was the string \"1\"")]
    [InlineData("null", "is required")]
    public void A_schema_version_this_package_cannot_read_is_refused_at_its_path(string version, string message)
    {
        Problems(() => EngagementEventJson.ReadEvent($$"""{"type":"signed","schemaVersion":{{version}},"at":"{{SignedAt}}"}""")).Should().Equal("$.schemaVersion: " + message);
        Problems(() => EngagementCommandJson.Read($$"""{"type":"sign","schemaVersion":{{version}},"at":"{{SignedAt}}"}""")).Should().Equal("$.schemaVersion: " + message);
    }

    [Fact]
    public void A_newer_schema_version_is_refused_for_a_whole_stream_and_for_one_row_of_it()
    {
        var rows = Stories.Scheduled().Events.Select(EngagementEventJson.WriteEvent).ToArray();
        rows[1] = rows[1].Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal);

        const string Newer = "was written by a newer version of the format (schema version 2); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version 1: update the package";
        Problems(() => EngagementEventJson.Read("""{"schemaVersion":2,"events":[]}""")).Should().Equal("$.schemaVersion: " + Newer);
        Problems(() => EngagementEventJson.ReadEvents(rows)).Should().Equal("$[1].schemaVersion: " + Newer);
    }

    [Fact]
    public void A_property_given_twice_is_refused_even_where_the_first_would_do()
    {
        Problems(() => EngagementCommandJson.Read($$"""{"type":"sign","schemaVersion":1,"at":"{{SignedAt}}","type":"terminate"}""")).Should().Equal(
            "$.type: appears more than once; a property may be given only once");
        TemplateProblems(Template.Replace("\"title\": \"Monthly bookkeeping\",", "\"title\": \"Monthly bookkeeping\", \"title\": \"Weekly\",", StringComparison.Ordinal)).Should().Equal(
            "$.title: appears more than once; a property may be given only once");
    }

    [Fact]
    public void An_unknown_event_type_is_refused_at_its_index_and_an_event_is_no_command()
    {
        var stream = Scheduled().Replace("\"type\":\"signed\"", "\"type\":\"signed-off\"", StringComparison.Ordinal);

        Problems(() => EngagementEventJson.Read(stream)).Should().Equal(
            "$.events[1].type: is not a known event type, was \"signed-off\" (the event types are listed in docs/json.md)");
        Problems(() => JsonSerializer.Deserialize("""{"type":"handed-over","schemaVersion":1}""", ClientBoundariesJsonContext.Default.EngagementEvent)).Should().Equal(
            "$.type: is not a known event type, was \"handed-over\" (the event types are listed in docs/json.md)");
        Problems(() => EngagementCommandJson.Read(Signed)).Should().Equal(
            "$.type: is not a known command type, was \"signed\" (the command types are listed in docs/json.md)");
    }

    [Fact]
    public void Events_out_of_order_are_refused_at_the_first_that_goes_back_in_time()
    {
        var events = Stories.WholeLife().Events.ToList();
        var booked = events.FindIndex(e => e is EngagementEvent.MeetingBooked m && m.MeetingId.Value == "review");
        events[booked + 1].Should().BeOfType<EngagementEvent.EffortLogged>("the review was booked at 12:05 and effort logged at 13:00, Madrid time, on 2 March");
        (events[booked], events[booked + 1]) = (events[booked + 1], events[booked]);

        // Madrid is UTC+1 in early March: 13:00 is 12:00Z, 12:05 is 11:05Z.
        const string Message = "must not be before the event before it (2026-03-02T12:00:00Z), was 2026-03-02T11:05:00Z: a stream holds its events in the order they happened";
        Problems(() => EngagementEventJson.Read(EngagementEventJson.Write(events))).Should().Equal($"$.events[{booked + 1}].at: {Message}");
        Problems(() => EngagementEventJson.ReadEvents(events.Select(EngagementEventJson.WriteEvent))).Should().Equal($"$[{booked + 1}].at: {Message}");
    }

    [Fact]
    public void A_key_in_another_case_is_unknown_and_the_one_expected_is_missing()
    {
        Problems(() => JsonSerializer.Deserialize("""{"Amount":1500,"currency":"EUR"}""", ClientBoundariesJsonContext.Default.Money)).Should().Equal(
            "$.amount: is required",
            "$.Amount: is not a known property here (known: amount, currency)");
    }

    [Fact]
    public void An_unknown_property_is_refused_with_the_properties_known_there()
    {
        Problems(() => EngagementCommandJson.Read($$"""{"type":"sign","schemaVersion":1,"at":"{{SignedAt}}","by":"Client"}""")).Should().Equal(
            "$.by: is not a known property here (known: at, expectedVersion, schemaVersion, type)");
    }

    [Fact]
    public void A_value_of_another_kind_is_refused_naming_what_was_found()
    {
        Problems(() => EngagementEventJson.ReadEvent("""{"type":"stage-started","schemaVersion":1,"at":"2026-03-02T08:00:00Z","stage":3}""")).Should().Equal(
            "$.stage: must be a string, was the number 3");
        Problems(() => EngagementEventJson.Read("[]")).Should().Equal("$: must be an object, was an array");
    }

    [Fact]
    public void Empty_blank_and_null_documents_are_refused()
    {
        Problems(() => AgreementTemplate.Load("")).Should().Equal("$: is not valid JSON at line 1, position 1: The input does not contain any JSON tokens.");
        Problems(() => AgreementTemplate.Load(" \n ")).Should().Equal("$: is not valid JSON at line 2, position 2: The input does not contain any JSON tokens.");
        Problems(() => AgreementTemplate.Load("null")).Should().Equal("$: must be an object, was null");
        Problems(() => EngagementEventJson.Read("null")).Should().Equal("$: must be an object, was null");
        Problems(() => EngagementEventJson.ReadEvents(new[] { Signed, "" })).Should().Equal(
            "$[1]: is not valid JSON at line 1, position 1: The input does not contain any JSON tokens.");
    }

    [Fact]
    public void No_rows_at_all_are_an_engagement_not_yet_proposed()
    {
        EngagementEventJson.ReadEvents(Array.Empty<string>()).Should().BeEmpty();
        EngagementEventJson.Read("""{"schemaVersion":1,"events":[]}""").Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_is_refused_as_the_entry_points_say()
    {
        Problems(() => EngagementEventJson.ReadEvent("\uFEFF" + Signed)).Should().Equal("$: is not valid JSON at line 1, position 1: '0xEF' is an invalid start of a value.");
        Problems(() => EngagementEventJson.ReadEvent(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Signed)).ToArray())).Should().Equal(
            "$: is not valid JSON at line 1, position 1: '0xEF' is an invalid start of a value.");
    }

    [Fact]
    public void Comments_and_trailing_commas_are_refused_where_they_stand()
    {
        var comment = Sign.Replace("\"sign\",", "\"sign\"/* by phone */,", StringComparison.Ordinal);
        var trailingComma = Sign.Replace("Z\"}", "Z\",}", StringComparison.Ordinal);
        var stream = Scheduled();
        var trailingInArray = string.Concat(stream.AsSpan(0, stream.Length - 2), ",]}");

        Problems(() => EngagementCommandJson.Read(comment)).Should().Equal(
            $"$: is not valid JSON at line 1, position {comment.IndexOf('/', StringComparison.Ordinal) + 1}: '/' is invalid after a value.");
        Problems(() => EngagementCommandJson.Read(trailingComma)).Should().Equal(
            $"$: is not valid JSON at line 1, position {trailingComma.Length}: The JSON object contains a trailing comma at the end which is not supported in this mode.");
        Problems(() => EngagementEventJson.Read(trailingInArray)).Should().Equal(
            $"$: is not valid JSON at line 1, position {Encoding.UTF8.GetByteCount(trailingInArray) - 1}: The JSON array contains a trailing comma at the end which is not supported in this mode.");
    }

    [Fact]
    public void Huge_strings_and_documents_are_refused_at_their_limits()
    {
        TemplateProblems(Template.Replace("Monthly bookkeeping", new string('é', 2_001), StringComparison.Ordinal)).Should().Equal(
            "$.title: must be at most 2000 characters, was 2001");
        Problems(() => EngagementEventJson.ReadEvent($$"""{"type":"stage-started","schemaVersion":1,"at":"2026-03-02T08:00:00Z","stage":"{{new string('a', 100_001)}}"}""")).Should().Equal(
            "$.stage: must be at most 100000 characters, was 100001");
        Problems(() => AgreementTemplate.Load(new string(' ', (16 * 1024 * 1024) + 1))).Should().Equal("$: must be at most 16777216 long, was 16777217");
    }

    [Fact]
    public void Arrays_past_their_limits_are_refused_without_reading_their_items()
    {
        var events = """{"schemaVersion":1,"events":[""" + string.Join(",", Enumerable.Repeat("{}", 100_001)) + "]}";
        var stage = """{ "key": "receipts", "name": "Send receipts", "owner": "Client", "durationBusinessDays": 5 }""";
        var stages = string.Join(",", Enumerable.Repeat(stage, 10_001));
        var template = string.Concat(Template.AsSpan(0, Template.IndexOf("\"stages\"", StringComparison.Ordinal)), "\"stages\": [" + stages + "] }");

        Problems(() => EngagementEventJson.Read(events)).Should().Equal("$.events: must have at most 100000 items, had 100001");
        TemplateProblems(template).Should().Equal("$.stages: must have at most 10000 items, had 10001");
    }

    [Fact]
    public void Text_that_is_not_unicode_is_refused_at_the_entry_points_and_never_thrown_by_validate()
    {
        var terminate = Encoding.UTF8.GetBytes("""{"type":"terminate","schemaVersion":1,"at":"2026-02-18T09:00:00Z","by":"Client","reason":"Sold""")
            .Append((byte)0xFF).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        Problems(() => EngagementCommandJson.Read(terminate)).Should().Equal("$.reason: must be Unicode text, was a string whose bytes are not UTF-8");

        // Line 3 is the title: two spaces, "title": and a space, the opening quote and "Monthly" are 19 characters before the surrogate.
        TemplateProblems(Template.Replace("Monthly bookkeeping", "Monthly\uD800 bookkeeping", StringComparison.Ordinal)).Should().Equal(
            "$: is not valid JSON at line 3, position 20: U+D800 is a lone surrogate, half of a character without its other half.");
    }

    [Fact]
    public void The_serializer_s_own_refusals_are_its_json_exception_as_docs_json_md_says()
    {
        // Before the package's converter is called, after it returned, or in the serializer's own lists: its JsonException,
        // with its path and position. Anything in a value is the package's (the other examples).
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("", ClientBoundariesJsonContext.Default.Money)).Path.Should().Be("$");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"amount":1,"currency":"EUR"} x""", ClientBoundariesJsonContext.Default.Money))
            .Message.Should().StartWith("'x' is invalid after a single JSON value.");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", ClientBoundariesJsonContext.Default.IReadOnlyListChangeOrder)).Path.Should().Be("$");
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize("\"\uD800\"", ClientBoundariesJsonContext.Default.Money));

        // And it reads a JSON null as null, at the root and as an item of its lists, without asking the package.
        JsonSerializer.Deserialize("null", ClientBoundariesJsonContext.Default.Agreement).Should().BeNull();
        JsonSerializer.Deserialize("[null]", ClientBoundariesJsonContext.Default.IReadOnlyListEngagementEvent).Should().ContainSingle().Which.Should().BeNull();
    }

    [Fact]
    public void An_instant_with_a_nul_and_more_after_it_is_refused_not_read_up_to_the_nul()
    {
        // NodaTime's patterns take U+0000 for the end of the text: this row used to load as a handoff at 16:00Z.
        const string Row = """{"type":"handed-off","schemaVersion":1,"at":"2026-03-03T16:00:00Z\u0000 anything","stage":"discovery","from":"Provider","to":"Client","expectation":"Send all page copy","dueBy":"2026-03-06"}""";

        Problems(() => EngagementEventJson.ReadEvent(Row)).Should().Equal(
            "$.at: must be an ISO 8601 instant in UTC such as \"2026-03-10T17:00:00Z\", was \"2026-03-03T16:00:00Z\\u0000 anything\"");
        Problems(() => EngagementCommandJson.Read("""{"type":"sign","schemaVersion":1,"at":"2026-02-18T09:00:00Z\u0000"}""")).Should().Equal(
            "$.at: must be an ISO 8601 instant in UTC such as \"2026-03-10T17:00:00Z\", was \"2026-02-18T09:00:00Z\\u0000\"");
        TemplateProblems(Template.Replace("\"monday\": [{ \"start\": \"09:00\"", "\"monday\": [{ \"start\": \"09:00\\u0000:30\"", StringComparison.Ordinal)).Should().Equal(
            "$.provider.calendar.workingWeek.monday[0].start: must be an ISO 8601 time of day such as \"09:00\" or \"17:30:00\", was \"09:00\\u0000:30\"");
    }

    [Theory]
    [InlineData("UTC+01:00", "must be a TZDB time zone id such as \"Europe/Madrid\", was \"UTC+01:00\", a fixed offset from UTC, which is no TZDB id: name the zone of the place whose clock the party keeps")]
    [InlineData("UTC+01", "must be a TZDB time zone id such as \"Europe/Madrid\", was \"UTC+01\", a fixed offset from UTC, which is no TZDB id: name the zone of the place whose clock the party keeps")]
    [InlineData("asia/jakarta", "must be a TZDB time zone id such as \"Europe/Madrid\", spelled as the TZDB spells it (\"Asia/Jakarta\"), was \"asia/jakarta\"")]
    [InlineData("Asia/Jakarta ", "must be a TZDB time zone id such as \"Europe/Madrid\", was \"Asia/Jakarta \"")]
    [InlineData("Asia/Jakarta\u0000x", "must be a TZDB time zone id such as \"Europe/Madrid\", was \"Asia/Jakarta\\u0000x\"")]
    public void A_zone_that_is_no_tzdb_id_as_the_tzdb_spells_it_is_refused_naming_what_is_expected(string zone, string message)
    {
        TemplateProblems(Template.Replace("\"Asia/Jakarta\"", JsonSerializer.Serialize(zone), StringComparison.Ordinal)).Should().Equal(
            "$.provider.calendar.timeZone: " + message);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Etc/GMT-1")]
    [InlineData("Asia/Calcutta")]
    public void A_tzdb_id_or_alias_is_read_as_written_and_written_back_the_same(string zone)
    {
        var agreement = AgreementTemplate.Load(Template.Replace("\"Asia/Jakarta\"", JsonSerializer.Serialize(zone), StringComparison.Ordinal));

        agreement.Provider.Calendar.Zone.Id.Should().Be(zone);
        JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement).Should().Contain($"\"timeZone\":\"{zone}\"");
    }

    [Theory]
    [InlineData("P1DT")]
    [InlineData("PT")]
    [InlineData("PT8H ")]
    [InlineData("P1Y")]
    public void A_duration_with_a_t_and_nothing_after_it_or_other_text_is_refused(string within)
    {
        TemplateProblems(WithCommitment(within)).Should().Equal(
            $"$.provider.contactPolicy.commitments[0].within: must be an ISO 8601 duration of days, hours, minutes and seconds such as \"PT45M\" or \"P1DT2H\", was \"{within}\"");
    }

    [Theory]
    [InlineData("PT0.000000001S", "0:00:00:00.000000001 (days:hours:minutes:seconds)")]
    [InlineData("PT30S", "0:00:00:30 (days:hours:minutes:seconds)")]
    [InlineData("PT0S", "0 hours")]
    [InlineData("PT401H", "401 hours")]
    public void A_reply_commitment_under_a_minute_or_with_seconds_is_refused_at_its_path(string within, string was)
    {
        TemplateProblems(WithCommitment(within)).Should().Equal(
            $"$.provider.contactPolicy.commitments[0].within: A response commitment must be a whole number of minutes, from 1 minute to 400 business hours, was {was}.");
        AgreementTemplate.Validate(WithCommitment("PT1M")).Should().BeEmpty();
    }

    [Fact]
    public void No_problem_repeats_a_control_character_raw()
    {
        // A value the reader quotes, a property name in a path, a key the library's own refusal repeats, the parser's message.
        TemplateProblems(Template.Replace("\"owner\": \"Client\"", "\"owner\": \"Cli\\u0000ent\\n\"", StringComparison.Ordinal)).Should().Equal(
            "$.stages[0].owner: must be one of Provider, Client, was \"Cli\\u0000ent\\u000A\"");
        Problems(() => EngagementCommandJson.Read($$"""{"type":"sign","schemaVersion":1,"at":"{{SignedAt}}","by\u0007\u2028":"Client"}""")).Should().Equal(
            "$['by\\u0007\\u2028']: is not a known property here (known: at, expectedVersion, schemaVersion, type)");
        Problems(() => EngagementCommandJson.Read("""{"type":"si\u0000gn","schemaVersion":1,"at":"2026-02-18T09:00:00Z"}""")).Should().Equal(
            "$.type: is not a known command type, was \"si\\u0000gn\" (the command types are listed in docs/json.md)");
        var milestone = Template.Replace(
            "\n}",
            """, "paymentTerms": { "total": { "amount": 1000, "currency": "EUR" }, "deposit": { "percent": 30 }, "milestones": [{ "stage": "no\u0000pe", "amount": { "percent": 40 }, "dueDays": 14 }] }""" + "\n}",
            StringComparison.Ordinal);
        TemplateProblems(milestone).Should().Equal(
            "$.paymentTerms.milestones[0].stage: A key may hold only ASCII letters, digits, '-', '_', '.' and ':', but 'no\\u0000pe' has '\\u0000'.");
        Problems(() => EngagementCommandJson.Read("{\"type\":\"sign\"\u0001}")).Should().Equal("$: is not valid JSON at line 1, position 15: '0x01' is invalid after a value.");
    }

    [Fact]
    public void A_long_value_is_cut_in_a_problem_with_its_control_characters_escaped_and_no_character_split()
    {
        // Two NULs and 40 emoji of two UTF-16 units each: the 57th unit is the first half of the 28th emoji, so the cut is before it.
        var value = new string('\u0000', 2) + string.Concat(Enumerable.Repeat("😀", 40));

        Problems(() => EngagementCommandJson.Read($$"""{"type":"sign","schemaVersion":1,"at":{{JsonSerializer.Serialize(value)}}}""")).Should().Equal(
            "$.at: must be an ISO 8601 instant in UTC such as \"2026-03-10T17:00:00Z\", was \"\\u0000\\u0000" + string.Concat(Enumerable.Repeat("😀", 27)) + "...\"");
    }

    [Fact]
    public void A_document_damaged_in_ways_json_allows_reads_as_the_same_value()
    {
        // Reordered properties and white space are not damage: the oracle's round trip would catch a reader that minded them.
        var money = new Money(1500.50m, "EUR");

        JsonSerializer.Deserialize(" {\n\t\"currency\" : \"EUR\" ,\r\n \"amount\" : 1500.50 } ", ClientBoundariesJsonContext.Default.Money).Should().Be(money);
        EngagementEventJson.ReadEvent("""{"at":"2026-02-18T09:00:00Z","schemaVersion":1,"type":"signed"}""").Should().Be(new EngagementEvent.Signed(Dates.I(SignedAt)));
    }
}
