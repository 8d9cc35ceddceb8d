using System;
using System.Threading.Tasks;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Hostile;

/// <summary>
/// Runs one loader call on its own task and gives up waiting after <see cref="Bound"/>: a hang detector, not a
/// speed check (a document is read in well under a millisecond to a few; the bound is thousands of times that).
/// </summary>
internal static class Watchdog
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static Outcome Run(Func<object?> call)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return new Outcome(call(), null, false);
            }
#pragma warning disable CA1031 // Any exception is an outcome to judge, not a crash of the test.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return new Outcome(null, e, false);
            }
        });

        // The task is left running when it hangs: the test fails with the document, and the process ends with the run.
        return task.Wait(Bound) ? task.Result : new Outcome(null, null, true);
    }
}
