using System;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("ClientBoundaries.Marten.Tests.PostgresTestFramework", "ClientBoundaries.Marten.Tests")]

namespace ClientBoundaries.Marten.Tests;

/// <summary>
/// xunit's own test framework, which also stops the run's <see cref="PostgresCluster"/> and removes its folder once every
/// test class is done, passed or failed. A collection fixture would do it too, but would run the classes one after
/// another; with this, each class has its own database and the classes run in parallel on the one cluster.
/// </summary>
public sealed class PostgresTestFramework : XunitTestFramework
{
    public PostgresTestFramework(IMessageSink messageSink)
        : base(messageSink)
    {
        DisposalTracker.Add(new Teardown());
    }

    private sealed class Teardown : IDisposable
    {
        public void Dispose() => PostgresCluster.StopIfStarted();
    }
}
