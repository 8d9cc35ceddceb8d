using System.Linq;
using System.Text;
using ClientBoundaries.Documents.Words;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Documents.Words;

/// <summary>
/// Every sentence a reader may be handed, worded from <see cref="SentenceSamples"/> in each language and approved as a
/// whole: a change to any language's words shows in one file a person reads sentence by sentence.
/// </summary>
public class SentenceGoldenTests
{
    [Theory]
    [InlineData("English")]
    [InlineData("Spanish")]
    [InlineData("Indonesian")]
    [InlineData("Malay")]
    public void Every_sample_sentence_reads_as_approved(string name)
    {
        var language = Language.FromName(name);
        var text = new StringBuilder();
        foreach (var (key, @case, facts) in SentenceSamples.All)
        {
            text.Append("## ").Append(key).Append(" (").Append(@case).Append(")\n")
                .Append(EngineWords.Say(language, key, facts)).Append("\n\n");
        }

        Golden.Matches(text.ToString(), $"sentences.{language.Code}.txt");
    }

    [Fact]
    public void Every_reader_key_has_a_sample()
    {
        var sampled = SentenceSamples.All.Select(sample => sample.Key).ToHashSet();

        EngineWords.ReaderKeys.Should().BeSubsetOf(sampled, "every sentence a reader may be handed is read in each language");
        sampled.Should().BeSubsetOf(EngineWords.ReaderKeys, "a sample of a key no reader is handed proves nothing");
    }

    [Fact]
    public void Every_sample_is_told_apart_from_the_others_of_its_key()
    {
        SentenceSamples.All.Select(sample => (sample.Key, sample.Case)).Should().OnlyHaveUniqueItems();
    }
}
