using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ClientBoundaries.Testing;

/// <summary>Runs work on many threads at once, to show that shared values give every thread what one thread gets.</summary>
internal static class ManyThreads
{
    /// <summary>
    /// Runs <paramref name="work"/> for every index from 0 to <paramref name="count"/> - 1 on <paramref name="threads"/>
    /// dedicated threads, released together by a barrier so they really overlap, each taking the next index as it
    /// finishes one; returns the results by index.
    /// </summary>
    public static T[] Run<T>(int count, Func<int, T> work, int threads = 8)
    {
        var results = new T[count];
        var next = -1;
        var started = Math.Min(threads, count);
        using var start = new Barrier(started);
        var running = Enumerable.Range(0, started).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    results[i] = work(i);
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(running);
        return results;
    }
}
