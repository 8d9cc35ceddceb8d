using System;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

/// <summary>
/// The open positions of a growing list (the messages not answered, the meetings not closed), checked against a
/// <see cref="SortedSet{T}"/> copied at every step, every earlier version checked unchanged, and the changes an owner
/// makes in place seen only in the newest version.
/// </summary>
public class OpenPositionsTests
{
    private static readonly int[] Positions = Enumerable.Range(0, 300).ToArray();

    [Fact]
    public void Opening_and_closing_positions_one_by_one_gives_what_a_set_gives_and_keeps_every_earlier_version()
    {
        var random = new Random(11);
        var open = OpenPositions.None;
        var oracle = new SortedSet<int>();
        var versions = new List<(OpenPositions Open, SortedSet<int> Oracle)> { (open, new SortedSet<int>()) };
        for (var step = 0; step < 600; step++)
        {
            // Mostly the newest positions, as messages arrive and are answered; now and then one far back or far ahead.
            var position = random.Next(5) == 0 ? random.Next(300) : Math.Max(0, (step / 2) - random.Next(40));
            if (random.Next(3) == 0)
            {
                open = open.Closed(position, null);
                oracle.Remove(position);
            }
            else
            {
                open = open.Opened(position, null);
                oracle.Add(position);
            }

            versions.Add((open, new SortedSet<int>(oracle)));
        }

        foreach (var (version, expected) in versions)
        {
            Check(version, expected);
        }
    }

    [Fact]
    public void Under_an_owner_the_newest_version_changes_in_place_and_the_versions_made_before_it_stay_as_they_were()
    {
        var before = OpenPositions.None.Opened(3, null).Opened(40, null);
        var owner = new NodeOwner();
        var open = before;
        var oracle = new SortedSet<int> { 3, 40 };
        var random = new Random(7);
        for (var step = 0; step < 2000; step++)
        {
            var position = random.Next(300);
            var changed = random.Next(2) == 0 ? open.Opened(position, owner) : open.Closed(position, owner);
            if (step > 0 && !ReferenceEquals(changed, open))
            {
                // Only the first change under the owner copies what it did not make.
                open.Should().BeSameAs(before, "every version after the first was made under the owner, and changes in place");
            }

            open = changed;
            if (open.Contains(position))
            {
                oracle.Add(position);
            }
            else
            {
                oracle.Remove(position);
            }
        }

        Check(open, oracle);
        Check(before, new SortedSet<int> { 3, 40 });

        // Without the owner (or under another), the newest version is copied like any other.
        var copied = open.Opened(299, null).Closed(3, new NodeOwner());
        Check(open, oracle);
        copied.Contains(299).Should().BeTrue();
        copied.Contains(3).Should().BeFalse();
    }

    [Fact]
    public void A_negative_position_is_never_open_and_closing_what_is_not_open_changes_nothing()
    {
        var open = OpenPositions.None.Opened(0, null).Opened(31, null).Opened(32, null);

        open.Contains(-1).Should().BeFalse("a key not found has position -1");
        open.Contains(-32).Should().BeFalse();
        open.Contains(33).Should().BeFalse();
        open.Contains(10_000).Should().BeFalse();
        open.Closed(5, null).Should().BeSameAs(open);
        open.Closed(10_000, new NodeOwner()).Should().BeSameAs(open);
        open.Opened(31, null).Should().BeSameAs(open);
        open.Of(Positions).Should().Equal(0, 31, 32);
    }

    private static void Check(OpenPositions open, SortedSet<int> oracle)
    {
        open.Count.Should().Be(oracle.Count);
        open.Of(Positions).Should().Equal(oracle);
        for (var position = 0; position < Positions.Length; position++)
        {
            open.Contains(position).Should().Be(oracle.Contains(position));
        }
    }
}
