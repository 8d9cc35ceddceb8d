using Xunit;

namespace ClientBoundaries.Marten.Tests;

/// <summary>
/// A test that needs PostgreSQL: skipped, with the reason, where its binaries are not installed, unless
/// <c>CLIENTBOUNDARIES_REQUIRE_POSTGRES=1</c> (CI), where it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresCluster.BinaryFolder is null && !PostgresCluster.Required)
        {
            Skip = "PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql/*/bin): install postgresql-15 to run "
                + "the Marten tests, or set CLIENTBOUNDARIES_REQUIRE_POSTGRES=1 to make its absence a failure.";
        }
    }
}
