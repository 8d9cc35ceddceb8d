using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class SentenceTests
{
    private const string Key = "engagement.stage.already-started";

    [Fact]
    public void Facts_are_stated_and_worded_on_first_reading_and_kept()
    {
        var stated = 0;
        var sentence = new Sentence(
            Key,
            new StatedBy(() =>
            {
                Interlocked.Increment(ref stated);
                return new[] { Fact.Of("stage", "Design draft") };
            }),
            Language.English);

        stated.Should().Be(0, "nothing is stated until it is read");
        sentence.Text.Should().Be("Stage \"Design draft\" has already started.");
        sentence.Text.Should().BeSameAs(sentence.Text);
        sentence.ToString().Should().Be(sentence.Text);
        stated.Should().Be(1);
    }

    [Fact]
    public void Text_is_in_the_readers_language_and_any_other_on_request()
    {
        var sentence = new Sentence(Key, new[] { Fact.Of("stage", "Diseño") }, Language.Spanish);

        sentence.Text.Should().Be(sentence.In(Language.Spanish));
        sentence.In(Language.English).Should().Be("Stage \"Diseño\" has already started.");
        sentence.Text.Should().NotBe(sentence.In(Language.English));
    }

    [Fact]
    public void Text_already_worded_is_given_back_as_it_is_in_every_language()
    {
        var stored = new Sentence("As stored.");

        stored.Text.Should().Be("As stored.");
        stored.In(Language.Malay).Should().Be("As stored.");
    }

    [Fact]
    public async Task Threads_reading_it_first_at_once_all_get_the_one_text_kept()
    {
        using var start = new ManualResetEventSlim();
        var sentence = new Sentence(Key, new StatedBy(() => new List<Fact> { Fact.Of("stage", "Build") }), Language.English);
        var reads = new Task<string>[8];
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = Task.Run(() =>
            {
                start.Wait();
                return sentence.Text;
            });
        }

        start.Set();
        var texts = await Task.WhenAll(reads);

        texts.Should().OnlyContain(read => ReferenceEquals(read, sentence.Text), "every reader gets the instance that was kept");
    }

    /// <summary>Facts stated by a function, for the tests.</summary>
    private sealed class StatedBy : Sentence.IFactSource
    {
        private readonly System.Func<IReadOnlyList<Fact>> _state;

        public StatedBy(System.Func<IReadOnlyList<Fact>> state) => _state = state;

        public IReadOnlyList<Fact> StateFacts() => _state();
    }
}
