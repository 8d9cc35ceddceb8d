using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ClientBoundaries.Primitives;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Primitives;

/// <summary>
/// The persistent list and map under the communication log, each checked against a plain <see cref="List{T}"/> or
/// <see cref="Dictionary{TKey, TValue}"/> copied at every step (the oracle), and every earlier version checked unchanged.
/// </summary>
public class PersistentStructureTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(1024)]
    [InlineData(1056)]
    [InlineData(1057)]
    [InlineData(5000)]
    [InlineData(33_000)]
    public void A_vector_grown_item_by_item_holds_the_items_in_order_and_keeps_every_earlier_version(int count)
    {
        var versions = new List<PersistentVector<int>> { PersistentVector<int>.Empty };
        for (var i = 0; i < count; i++)
        {
            versions.Add(versions[i].Add(i * 7));
        }

        var last = versions[count];
        last.Count.Should().Be(count);
        last.Should().Equal(Enumerable.Range(0, count).Select(i => i * 7));
        for (var i = 0; i < count; i++)
        {
            last[i].Should().Be(i * 7);
        }

        // Every version still reads as it was made, even though later ones filled its tail's free slots.
        foreach (var v in new[] { 0, 1, 31, 32, 33, count / 2, count })
        {
            if (v <= count)
            {
                versions[v].Should().Equal(Enumerable.Range(0, v).Select(i => i * 7));
            }
        }
    }

    [Fact]
    public void Two_versions_grown_from_the_same_one_do_not_see_each_other()
    {
        var common = PersistentVector<string>.Empty.Add("a").Add("b");
        var left = common.Add("left");
        var right = common.Add("right");
        left.Should().Equal("a", "b", "left");
        right.Should().Equal("a", "b", "right");
        common.Should().Equal("a", "b");
        left.Add("more").Should().Equal("a", "b", "left", "more");
        right.Should().Equal("a", "b", "right");
    }

    [Fact]
    public void A_vector_changed_at_random_matches_a_list_copied_at_every_step()
    {
        var random = new Random(21);
        var vector = PersistentVector<int>.Empty;
        var oracle = new List<int>();
        var history = new List<(PersistentVector<int> Vector, int[] Items)>();
        for (var step = 0; step < 6000; step++)
        {
            if (oracle.Count > 0 && random.Next(3) == 0)
            {
                var index = random.Next(oracle.Count);
                vector = vector.SetItem(index, -step);
                oracle[index] = -step;
            }
            else
            {
                vector = vector.Add(step);
                oracle.Add(step);
            }

            if (step % 97 == 0)
            {
                history.Add((vector, oracle.ToArray()));
            }
        }

        vector.Should().Equal(oracle);
        foreach (var (old, items) in history)
        {
            old.Should().Equal(items, "an earlier version never changes");
        }
    }

    [Fact]
    public void Vectors_are_equal_when_their_items_are_in_the_same_order()
    {
        var a = PersistentVector<string>.Empty.Add("x").Add("y");
        var b = PersistentVector<string>.Empty.Add("x").Add("z").SetItem(1, "y");
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(PersistentVector<string>.Empty.Add("y").Add("x")).Should().BeFalse();
        a.Equals(a.Add("z")).Should().BeFalse();
    }

    [Fact]
    public void An_index_outside_the_vector_is_refused()
    {
        var vector = PersistentVector<int>.Empty.Add(1);
        var read = () => vector[1];
        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        var set = () => vector.SetItem(-1, 0);
        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void Versions_grown_on_many_threads_from_one_version_each_keep_their_own_items()
    {
        var common = PersistentVector<int>.Empty;
        for (var i = 0; i < 40; i++)
        {
            common = common.Add(i);
        }

        var results = new PersistentVector<int>[64];
        Parallel.For(0, results.Length, t =>
        {
            var mine = common;
            for (var i = 0; i < 100; i++)
            {
                mine = mine.Add((t * 1000) + i);
            }

            results[t] = mine;
        });

        for (var t = 0; t < results.Length; t++)
        {
            results[t].Should().Equal(Enumerable.Range(0, 40).Concat(Enumerable.Range(0, 100).Select(i => (t * 1000) + i)));
        }
    }

    [Fact]
    public void A_map_changed_at_random_matches_a_dictionary_copied_at_every_step()
    {
        var random = new Random(7);
        var map = PersistentMap<string, int>.Empty;
        var oracle = new Dictionary<string, int>();
        var history = new List<(PersistentMap<string, int> Map, Dictionary<string, int> Entries)>();
        for (var step = 0; step < 8000; step++)
        {
            var key = "k" + random.Next(3000);
            switch (random.Next(4))
            {
                case 0:
                    map = map.Remove(key);
                    oracle.Remove(key);
                    break;
                default:
                    map = map.SetItem(key, step);
                    oracle[key] = step;
                    break;
            }

            if (step % 101 == 0)
            {
                history.Add((map, new Dictionary<string, int>(oracle)));
            }
        }

        Check(map, oracle, 3000);
        foreach (var (old, entries) in history)
        {
            Check(old, entries, 3000);
        }
    }

    [Fact]
    public void A_map_changed_under_an_owner_matches_a_dictionary_and_leaves_the_versions_made_before_it_as_they_were()
    {
        var random = new Random(11);
        var map = PersistentMap<string, int>.Empty;
        var oracle = new Dictionary<string, int>();
        for (var step = 0; step < 2000; step++)
        {
            var key = "k" + random.Next(3000);
            map = map.SetItem(key, step);
            oracle[key] = step;
        }

        var before = map;
        var entriesBefore = new Dictionary<string, int>(oracle);

        // Under an owner, only the newest version is read: its nodes fill, grow and empty in place.
        var owner = new NodeOwner();
        for (var step = 0; step < 12000; step++)
        {
            var key = "k" + random.Next(3000);
            if (random.Next(3) == 0)
            {
                map = map.Remove(key, owner);
                oracle.Remove(key);
            }
            else
            {
                map = map.SetItem(key, -step, owner);
                oracle[key] = -step;
            }

            if (step % 997 == 0)
            {
                Check(map, oracle, 3000);
            }
        }

        Check(map, oracle, 3000);
        Check(before, entriesBefore, 3000);

        // Without the owner (or under another), the newest version is copied like any other.
        var newest = new Dictionary<string, int>(oracle);
        var changed = map.SetItem("k1", 1).Remove("k2").SetItem("k3", 3, new NodeOwner()).Remove("k4", new NodeOwner());
        Check(map, newest, 3000);
        changed.TryGetValue("k1", out var one).Should().BeTrue();
        one.Should().Be(1);
        changed.TryGetValue("k2", out _).Should().BeFalse();
        changed.TryGetValue("k4", out _).Should().BeFalse();
    }

    [Fact]
    public void A_map_emptied_under_an_owner_is_empty_and_fills_again()
    {
        var owner = new NodeOwner();
        var map = PersistentMap<string, int>.Empty;
        for (var i = 0; i < 500; i++)
        {
            map = map.SetItem("k" + i, i, owner);
        }

        for (var i = 0; i < 500; i++)
        {
            map = map.Remove("k" + i, owner);
        }

        Check(map, new Dictionary<string, int>(), 500);
        PersistentMap<string, int>.Empty.Count.Should().Be(0, "the shared empty map is never changed");
        map = map.SetItem("k7", 7, owner);
        Check(map, new Dictionary<string, int> { ["k7"] = 7 }, 500);
    }

    [Fact]
    public void A_vector_changed_under_an_owner_matches_a_list_and_leaves_the_versions_made_before_it_as_they_were()
    {
        var random = new Random(5);
        var vector = PersistentVector<int>.Empty;
        for (var i = 0; i < 45; i++)
        {
            vector = vector.Add(i);
        }

        var before = vector;
        var oracle = Enumerable.Range(0, 45).ToList();
        var owner = new NodeOwner();
        for (var step = 0; step < 3000; step++)
        {
            if (random.Next(2) == 0)
            {
                // Mostly near the end, where an owner's tail is changed in place; now and then deep in the trie.
                var index = random.Next(4) == 0 ? random.Next(oracle.Count) : Math.Max(0, oracle.Count - 1 - random.Next(40));
                vector = vector.SetItem(index, -step, owner);
                oracle[index] = -step;
            }
            else
            {
                vector = vector.Add(step, owner);
                oracle.Add(step);
            }
        }

        vector.Should().Equal(oracle);
        before.Should().Equal(Enumerable.Range(0, 45), "a version made before the owner is never changed");

        var newest = oracle.ToArray();
        var copied = vector.SetItem(oracle.Count - 1, 1).SetItem(oracle.Count - 2, 2, new NodeOwner());
        vector.Should().Equal(newest, "without the owner the newest version is copied like any other");
        copied[oracle.Count - 1].Should().Be(1);
        copied[oracle.Count - 2].Should().Be(2);
    }

    [Fact]
    public void A_map_a_vector_and_a_keyed_list_made_under_an_owner_change_in_place_under_it_and_are_copied_otherwise()
    {
        // A replay makes no new map, vector or list per event once its owner made them: the very instance grows.
        var owner = new NodeOwner();
        var map = PersistentMap<string, int>.Empty.SetItem("a", 1, owner);
        var vector = PersistentVector<int>.Empty.Add(1, owner);
        var list = KeyedList<string, Item>.Empty.TryAppend("a", new Item("a", 1), owner)!;

        map.SetItem("b", 2, owner).Should().BeSameAs(map);
        map.Remove("a", owner).Should().BeSameAs(map);
        vector.Add(2, owner).Should().BeSameAs(vector);
        vector.SetItem(0, 10, owner).Should().BeSameAs(vector);
        list.TryAppend("b", new Item("b", 2), owner).Should().BeSameAs(list);

        map.Count.Should().Be(1);
        map.TryGetValue("b", out var b).Should().BeTrue();
        b.Should().Be(2);
        vector.Should().Equal(10, 2);
        list.Select(i => i.Value).Should().Equal(1, 2);
        list.IndexOf("b").Should().Be(1);

        // Without the owner, or under another, each is copied and left as it was.
        var other = new NodeOwner();
        map.SetItem("c", 3, other).Should().NotBeSameAs(map);
        vector.Add(3, other).Should().NotBeSameAs(vector);
        list.TryAppend("c", new Item("c", 3), null).Should().NotBeSameAs(list);
        map.Count.Should().Be(1);
        vector.Should().Equal(10, 2);
        list.Count.Should().Be(2);
    }

    [Fact]
    public void TryAdd_adds_a_key_that_is_not_there_and_leaves_the_map_as_it_was_for_one_that_is()
    {
        var random = new Random(13);
        var owner = new NodeOwner();
        var map = PersistentMap<string, int>.Empty;
        var oracle = new Dictionary<string, int>();
        for (var step = 0; step < 6000; step++)
        {
            var key = "k" + random.Next(2000);
            var before = map;
            var added = map.TryAdd(key, step, step % 2 == 0 ? owner : null, out map);
            added.Should().Be(oracle.TryAdd(key, step));
            if (!added)
            {
                map.Should().BeSameAs(before, "a key already there leaves the very map");
            }
        }

        Check(map, oracle, 2000);

        var colliding = PersistentMap<Colliding, int>.Empty.SetItem(new Colliding(1, 0), 1).SetItem(new Colliding(2, 0), 2);
        colliding.TryAdd(new Colliding(2, 0), 20, null, out var same).Should().BeFalse();
        same.Should().BeSameAs(colliding);
        colliding.TryAdd(new Colliding(3, 0), 3, null, out var three).Should().BeTrue();
        three.Count.Should().Be(3);
        three.TryGetValue(new Colliding(2, 0), out var two).Should().BeTrue();
        two.Should().Be(2);
    }

    [Fact]
    public void TryAppend_adds_an_item_under_a_new_key_at_the_end_and_refuses_a_key_the_list_holds()
    {
        var list = KeyedList<string, Item>.Empty.TryAppend("a", new Item("a", 1), null)!.TryAppend("b", new Item("b", 2), null)!;
        list.Select(i => i.Value).Should().Equal(1, 2);
        list.TryAppend("a", new Item("a", 3), null).Should().BeNull();
        list.Find("a")!.Value.Should().Be(1);
        list.IndexOf("b").Should().Be(1);
    }

    [Fact]
    public void Keys_whose_hashes_are_equal_are_kept_apart()
    {
        var map = PersistentMap<Colliding, int>.Empty;
        for (var i = 0; i < 50; i++)
        {
            map = map.SetItem(new Colliding(i, i % 3), i);
        }

        map.Count.Should().Be(50);
        for (var i = 0; i < 50; i++)
        {
            map.TryGetValue(new Colliding(i, i % 3), out var value).Should().BeTrue();
            value.Should().Be(i);
        }

        for (var i = 0; i < 50; i += 2)
        {
            map = map.Remove(new Colliding(i, i % 3));
        }

        map.Count.Should().Be(25);
        map.Values().OrderBy(v => v).Should().Equal(Enumerable.Range(0, 25).Select(i => (2 * i) + 1));
        map.TryGetValue(new Colliding(4, 1), out _).Should().BeFalse();
    }

    [Fact]
    public void Removing_a_key_that_is_not_there_changes_nothing()
    {
        var map = PersistentMap<string, int>.Empty.SetItem("a", 1);
        map.Remove("b").Should().BeSameAs(map);
        map.Remove("a").Count.Should().Be(0);
        map.Remove("a").TryGetValue("a", out _).Should().BeFalse();
    }

    [Fact]
    public void A_keyed_list_keeps_the_order_items_came_in_and_finds_each_by_key()
    {
        var list = KeyedList<string, Item>.Empty;
        var oracle = new List<Item>();
        var random = new Random(3);
        for (var step = 0; step < 3000; step++)
        {
            var key = "m" + random.Next(1500);
            var item = new Item(key, step);
            list = list.Upsert(key, item);
            var at = oracle.FindIndex(i => i.Key == key);
            if (at >= 0)
            {
                oracle[at] = item;
            }
            else
            {
                oracle.Add(item);
            }
        }

        list.Should().Equal(oracle, "in the order first added, each as last replaced");
        foreach (var item in oracle)
        {
            list.Find(item.Key).Should().BeSameAs(item);
            list.IndexOf(item.Key).Should().Be(oracle.IndexOf(item));
        }

        list.Find("absent").Should().BeNull();
        list.IndexOf("absent").Should().Be(-1);
    }

    private static void Check(PersistentMap<string, int> map, Dictionary<string, int> oracle, int keys)
    {
        map.Count.Should().Be(oracle.Count);
        map.Values().OrderBy(v => v).Should().Equal(oracle.Values.OrderBy(v => v));
        for (var k = 0; k < keys; k++)
        {
            var key = "k" + k;
            map.TryGetValue(key, out var value).Should().Be(oracle.TryGetValue(key, out var expected));
            value.Should().Be(expected);
        }
    }

    private sealed record Item(string Key, int Value);

    private sealed class Colliding : IEquatable<Colliding>
    {
        private readonly int _id;
        private readonly int _hash;

        public Colliding(int id, int hash)
        {
            _id = id;
            _hash = hash;
        }

        public bool Equals(Colliding? other) => other is not null && other._id == _id;

        public override bool Equals(object? obj) => Equals(obj as Colliding);

        public override int GetHashCode() => _hash;
    }
}
