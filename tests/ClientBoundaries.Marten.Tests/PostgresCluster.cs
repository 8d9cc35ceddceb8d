using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace ClientBoundaries.Marten.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a free
/// loopback port with its unix socket in that folder, trust authentication, and everything stopped and removed when the
/// test process ends. Started once per run, on first use; each test class makes a database of its own in it.
/// </summary>
/// <remarks>
/// The server's binaries are found on PATH or under /usr/lib/postgresql/*/bin (Debian's folder, newest version first).
/// PostgreSQL refuses to run as root: as root, the binaries run as the <c>postgres</c> user (runuser), which owns the
/// folder. Where there are no binaries the tests are skipped (<see cref="PostgresFactAttribute"/>), unless
/// <c>CLIENTBOUNDARIES_REQUIRE_POSTGRES=1</c>, as CI sets, makes that a failure.
/// </remarks>
internal sealed class PostgresCluster
{
    public const string RequireVariable = "CLIENTBOUNDARIES_REQUIRE_POSTGRES";

    private static readonly Lazy<PostgresCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;
    private readonly Lock _gate = new();
    private bool _stopped;

    private PostgresCluster(string bin, string folder, bool asPostgresUser, int port)
    {
        _bin = bin;
        _folder = folder;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    /// <summary>The folder of initdb and pg_ctl, or null where PostgreSQL is not installed.</summary>
    public static string? BinaryFolder { get; } = FindBinaries();

    /// <summary>Whether the tests must fail, not skip, without PostgreSQL.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The run's cluster, started on first use.</summary>
    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> over TCP loopback, as the superuser.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20;Timeout=15;Command Timeout=30";

    private static PostgresCluster Start()
    {
        var bin = BinaryFolder ?? throw new InvalidOperationException(
            $"PostgreSQL is required ({RequireVariable}=1) but no initdb was found on PATH or under /usr/lib/postgresql/*/bin: install the Debian package postgresql-15.");
        var asPostgresUser = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "clientboundaries-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var cluster = new PostgresCluster(bin, folder, asPostgresUser, port);
        try
        {
            if (asPostgresUser)
            {
                Run("chown", ["postgres:postgres", folder]);
            }

            cluster.RunServerTool("initdb", ["-D", cluster.Data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]);
            cluster.RunServerTool("pg_ctl", [
                "-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"]);
        }
        catch
        {
            cluster.Stop();
            throw;
        }

        // No process-exit handler: stopping the server takes a second or more, and a test host ended while its exit
        // handlers run loses what they had not done yet, coverage among it. The test framework stops the cluster when
        // the run ends, and the watchdog when the process is gone however it ended.
        cluster.Watch();
        return cluster;
    }

    private string Data => Path.Combine(_folder, "data");

    private int? ServerProcess
    {
        get
        {
            var pidFile = Path.Combine(Data, "postmaster.pid");
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid) ? pid : null;
        }
    }

    /// <summary>
    /// Starts a watchdog in a session of its own that outlives this process: once the test process is gone, however it
    /// ended (a crash, a kill, a host that does not wait for exit handlers), it stops the server and removes the folder.
    /// </summary>
    private void Watch()
    {
        const string Script = """
            while kill -0 "$1" 2>/dev/null; do sleep 0.3; done
            kill -QUIT "$2" 2>/dev/null
            i=0; while kill -0 "$2" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
            rm -rf "$3"
            """;
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "sh", "-c", Script, "watchdog", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), (ServerProcess ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), _folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start);
    }

    /// <summary>Stops the run's cluster, if it was started; what the test framework does when every class is done.</summary>
    public static void StopIfStarted()
    {
        if (Shared.IsValueCreated)
        {
            Shared.Value.Stop();
        }
    }

    /// <summary>
    /// Stops the server at once (SIGQUIT to the postmaster: PostgreSQL's immediate shutdown, which ends its children too)
    /// and removes its folder. The test host may be ended soon after the run, before this finishes: the watchdog
    /// (<see cref="Watch"/>) finishes it then.
    /// </summary>
    private void Stop()
    {
        // The test framework stops it when the run ends, and a start that failed half-way stops it too: a second call
        // waits for the first to finish and does nothing.
        lock (_gate)
        {
            if (!_stopped)
            {
                StopNow();
                _stopped = true;
            }
        }
    }

    private void StopNow()
    {
        if (ServerProcess is { } pid)
        {
            Run("kill", ["-QUIT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            for (var wait = 0; wait < 100 && Directory.Exists($"/proc/{pid}"); wait++)
            {
                Thread.Sleep(50);
            }
        }

        for (var attempt = 0; attempt < 5 && Directory.Exists(_folder); attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file the ending server still wrote: again.
                Thread.Sleep(100);
            }
        }
    }

    private void RunServerTool(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output.Result}{error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            .Select(folder => Path.GetDirectoryName(Path.GetFullPath(ResolveLink(Path.Combine(folder, "pg_ctl")))) ?? folder);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(Path.GetDirectoryName(folder)), out var major) ? major : 0)
                .AsEnumerable()
            : [];
        return onPath.Concat(debian).FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")));
    }

    /// <summary>Debian links pg_ctl into /usr/bin as a wrapper script; the real binaries are beside the one it links to.</summary>
    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
