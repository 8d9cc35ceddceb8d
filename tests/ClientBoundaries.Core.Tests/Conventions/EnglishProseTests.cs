// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// Facts in the engine, words in <c>Documents/</c> (issue 17): no file outside <c>src/ClientBoundaries.Core/Documents/</c>
/// writes English prose that a person will read. The engine returns what happened, to whom, which stage, which dates
/// and amounts, and one place in <c>Documents/</c> words it, in every language. <see cref="EnglishProse"/> finds it, by
/// this rule.
/// </summary>
/// <remarks>
/// <para>
/// A piece of text is a string literal, an interpolated string, or a chain of <c>+</c> whose result is a string (the chain
/// is one piece: its literal parts are its text and every other operand is a hole, so <c>"Due " + date</c> reads as
/// <c>Due {date}</c>). A hole's own expression is read for text of its own.
/// </para>
/// <para>
/// The text is split at white space into tokens, and the punctuation and symbols around each are trimmed. A token that
/// holds a hole (an interpolation, a non-text operand of a chain, or a format item such as <c>{0}</c>) is a hole. A
/// token is a word when it is made of letters only (an apostrophe inside it is dropped and "(s)" read as "s"; a hyphen
/// joins words, so each part must be one), with at least one lower-case letter and at least two different letters. So
/// <c>uuuu</c>, <c>MMMM</c>, <c>dd</c> and <c>HH:mm</c> (NodaTime patterns), <c>USD</c>, <c>a</c> and <c>42</c> are not
/// words.
/// </para>
/// <para>
/// The text is prose when it has at least one word, and either at least two tokens that are words or holes
/// (<c>"business days"</c>, <c>$"{n} days late"</c>, <c>"Due " + date</c>) or white space at either end, which glues it
/// to other text (<c>" and "</c>, <c>"Reason: "</c>). So a code (<c>engagement.stage.unknown</c>), a kebab-case name
/// (<c>check-in-recorded</c>), a pattern (<c>uuuu-MM-dd HH:mm</c>), a separator (<c>", "</c>) or <c>$"{a} {b}"</c> is not
/// prose; nor, a limit of this rule, is a lone word such as <c>"overdue"</c>, which cannot be told from a code.
/// </para>
/// <para>
/// Exempt, because it is written for a programmer and not sent to a person: any text inside the construction of an
/// exception (<c>new XxxException(...)</c>, where the type derives from <see cref="Exception"/>, or an exception
/// constructor's <c>: base(...)</c> or <c>: this(...)</c>) or inside what a <c>throw</c> statement or expression throws;
/// a message argument (a parameter whose name ends in "message") of the internal <c>Preconditions.Check...</c> methods,
/// which throw <see cref="ArgumentException"/>s; the body of a <c>ToString()</c> override (text for logs and debuggers);
/// and attribute arguments. XML doc comments and comments are trivia, never read.
/// </para>
/// <para>
/// Exempt, because it is a proper name and not a sentence: a <c>name</c> argument of a method of a type in
/// <c>ClientBoundaries.Calendars</c>, the name of a holiday or a holiday set as its publisher writes it, in its own
/// language ("Juneteenth National Independence Day", "Fiesta Nacional de España"), shown as written like a party's name.
/// </para>
/// </remarks>
public class EnglishProseTests
{
    [Fact]
    public void No_type_outside_Documents_builds_an_English_sentence()
    {
        var prose = OutsideDocuments(LibrarySources.Compiled());

        if (prose.Count > 0)
        {
            Assert.Fail(
                $"{prose.Count} piece(s) of English prose outside Documents/. Return the facts instead (what happened, to whom, "
                + "which stage, dates, amounts) and word them in Documents/, keeping today's English there; text for a programmer "
                + "goes in an exception or a Preconditions message, text for a debugger in ToString() (what counts as prose is the "
                + "rule in EnglishProseTests' summary)."
                + string.Concat(prose.GroupBy(p => p.File.Folder).Select(folder =>
                    $"{Environment.NewLine}{Environment.NewLine}{folder.Key}/ ({folder.Count()} in {folder.Select(p => p.File).Distinct().Count()} file(s)):"
                    + string.Concat(folder.Select(p => $"{Environment.NewLine}  {p}")))));
        }
    }

    [Fact]
    public void An_interpolated_sentence_returned_from_a_method_is_found_and_a_code_is_not()
    {
        var sources = LibrarySources.FromSnippets(("Engagements/Reminder.cs", """
            namespace ClientBoundaries.Engagements;

            internal static class Reminder
            {
                public const string Code = "engagement.stage.unknown";

                public static string For(string party, int days) =>
                    $"Friendly reminder to {party}: the review is {days} days overdue.";

                public static string Event => "check-in-recorded";
            }
            """));

        Found(sources).Should().Equal("Engagements/Reminder.cs:8: \"Friendly reminder to {party}: the review is {days} days overdue.\"");
    }

    [Fact]
    public void A_holidays_name_in_Calendars_is_a_name_and_the_same_words_elsewhere_are_prose()
    {
        var sources = LibrarySources.FromSnippets(
            ("Calendars/Holidays.cs", """
                namespace ClientBoundaries.Calendars;

                internal static class Holidays
                {
                    public static string Rule(int month, int day, string name) => name;

                    public static readonly string Day = Rule(6, 19, "Juneteenth National Independence Day");

                    public static string Note(string text) => text;

                    public static readonly string Other = Note("observed on the next working day");
                }
                """),
            ("Scope/Labels.cs", """
                namespace ClientBoundaries.Scope;

                internal static class Labels
                {
                    public static string Label(string name) => name;

                    public static readonly string Day = Label("Juneteenth National Independence Day");
                }
                """));

        Found(sources).Should().Equal(
            "Calendars/Holidays.cs:11: \"observed on the next working day\"",
            "Scope/Labels.cs:7: \"Juneteenth National Independence Day\"");
    }

    [Fact]
    public void A_chain_of_plus_is_one_piece_and_text_in_its_holes_is_read_too()
    {
        var sources = LibrarySources.FromSnippets(("Scope/Notice.cs", """
            namespace ClientBoundaries.Scope;

            internal static class Notice
            {
                public static string Due(string date, int rounds) =>
                    "Due " + date
                    + (rounds == 1 ? "" : $" after {rounds} revision rounds");

                public static string Days(int n) => n + " days";

                public static string Joined(string[] items) => string.Join(" and ", items) + ", " + items.Length;
            }
            """));

        Found(sources).Should().Equal(
            "Scope/Notice.cs:6: \"Due {date}{(rounds == 1 ? \"\" : $\" after {rounds} revision rounds\")}\"",
            "Scope/Notice.cs:7: \" after {rounds} revision rounds\"",
            "Scope/Notice.cs:9: \"{n} days\"",
            "Scope/Notice.cs:11: \" and \"");
    }

    [Fact]
    public void Exception_messages_and_precondition_messages_are_exempt()
    {
        var sources = LibrarySources.FromSnippets(
            ("Primitives/Preconditions.cs", """
                namespace ClientBoundaries.Primitives;

                internal static class Preconditions
                {
                    internal static void CheckArgument(bool expression, string paramName, string message)
                    {
                        if (!expression)
                        {
                            throw new System.ArgumentException(message, paramName);
                        }
                    }

                    internal static string Describe(string message) => message;
                }
                """),
            ("Calendars/Week.cs", """
                using System;
                using ClientBoundaries.Primitives;

                namespace ClientBoundaries.Calendars;

                internal static class Week
                {
                    public static int Check(int days)
                    {
                        Preconditions.CheckArgument(days > 0, nameof(days), $"Must be more than 0, was {days}.");
                        var error = new ArgumentOutOfRangeException(nameof(days), days, "Must be at most seven days.");
                        return days > 7 ? throw error : days < 0 ? throw Refused($"{days} is not a number of days") : days;
                    }

                    private static InvalidOperationException Refused(string why) => new(why + " in a week");

                    public static string NotExempt(int days) => Preconditions.Describe($"Must be more than {days}.");
                }

                internal sealed class WeekException : Exception
                {
                    public WeekException(int days)
                        : base($"A week of {days} days is not valid")
                    {
                    }
                }
                """));

        Found(sources).Should().Equal("Calendars/Week.cs:17: \"Must be more than {days}.\"");
    }

    [Fact]
    public void ToString_overrides_attribute_arguments_and_XML_docs_are_exempt()
    {
        var sources = LibrarySources.FromSnippets(("Communication/Meeting.cs", """
            using System;
            using System.Diagnostics;

            namespace ClientBoundaries.Communication;

            /// <summary>A meeting held on a day, "with everyone who was invited".</summary>
            [DebuggerDisplay("Meeting on {Day}")]
            internal sealed record Meeting(string Day)
            {
                [Obsolete("Use the day instead")]
                public string When => Day;

                public override string ToString() => $"held on {Day}" + Suffix();

                public string ToString(string format) => $"held on {Day} as {format}";

                private static string Suffix() => string.Empty;
            }
            """));

        Found(sources).Should().Equal("Communication/Meeting.cs:15: \"held on {Day} as {format}\"");
    }

    [Fact]
    public void Files_in_Documents_and_its_subfolders_are_not_read()
    {
        var sources = LibrarySources.FromSnippets(
            ("Documents/Wording.cs", "namespace ClientBoundaries.Documents; internal static class Wording { public static string Late => \"is late\"; }"),
            ("Documents/Translations/English.cs", "namespace ClientBoundaries.Documents.Translations; internal static class English { public static string Late => \"is late\"; }"),
            ("Engagements/Late.cs", "namespace ClientBoundaries.Engagements; internal static class Late { public static string Text => \"is late\"; }"));

        Found(sources).Should().Equal("Engagements/Late.cs:1: \"is late\"");
    }

    [Theory]
    [InlineData("The stage is late.")]
    [InlineData("business days")]
    [InlineData("{...} days late")]
    [InlineData("Due {...}")]
    [InlineData("{0} day(s)")]
    [InlineData(" and ")]
    [InlineData("Reason: ")]
    [InlineData("the client's check-in")]
    public void Words_read_as_prose(string text) => EnglishProse.IsProse(text).Should().BeTrue();

    [Theory]
    [InlineData("engagement.stage.unknown")]
    [InlineData("check-in-recorded")]
    [InlineData("uuuu-MM-dd HH:mm")]
    [InlineData("dddd, d MMMM uuuu")]
    [InlineData(", ")]
    [InlineData(" | ")]
    [InlineData("{...} {...}")]
    [InlineData("{...} -> {...}")]
    [InlineData("USD {...}")]
    [InlineData("overdue")]
    [InlineData("")]
    public void Codes_names_patterns_and_separators_are_not_prose(string text) => EnglishProse.IsProse(text).Should().BeFalse();

    private static List<Prose> OutsideDocuments(LibrarySources sources) =>
        sources.Files.Where(f => f.Folder != "Documents").SelectMany(EnglishProse.In).ToList();

    private static IEnumerable<string> Found(LibrarySources sources) => OutsideDocuments(sources).Select(p => p.ToString());
}
#endif
