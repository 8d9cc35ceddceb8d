using System.Threading;
using System.Threading.Tasks;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

public class DeferredTextTests
{
    [Fact]
    public void Text_is_worded_on_first_reading_and_kept()
    {
        var worded = 0;
        var text = new DeferredText(() =>
        {
            Interlocked.Increment(ref worded);
            return "Friendly reminder to Acme Bakery.";
        });

        worded.Should().Be(0, "nothing is worded until it is read");
        text.Text.Should().Be("Friendly reminder to Acme Bakery.");
        text.Text.Should().BeSameAs(text.Text);
        text.ToString().Should().Be("Friendly reminder to Acme Bakery.");
        worded.Should().Be(1);
    }

    [Fact]
    public void Text_already_worded_is_given_back_as_it_is()
    {
        new DeferredText("As stored.").Text.Should().Be("As stored.");
    }

    [Fact]
    public async Task Threads_reading_it_first_at_once_all_get_the_one_text_kept()
    {
        using var start = new ManualResetEventSlim();
        var text = new DeferredText(() => new string('x', 3));
        var reads = new Task<string>[8];
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = Task.Run(() =>
            {
                start.Wait();
                return text.Text;
            });
        }

        start.Set();
        var texts = await Task.WhenAll(reads);

        texts.Should().OnlyContain(read => ReferenceEquals(read, text.Text), "every reader gets the instance that was kept");
    }
}
