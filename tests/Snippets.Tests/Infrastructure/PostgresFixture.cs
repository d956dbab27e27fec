using System.Diagnostics;
using Npgsql;

namespace UnderLoad.Snippets.Tests.Infrastructure;

/// <summary>
/// A private, throw-away PostgreSQL for one test class: <c>initdb</c> into a temp directory, start on
/// 127.0.0.1 on a free port (unix socket inside the temp dir) with durability switched off for speed and
/// autovacuum off (a background ANALYZE holds back the xmin horizon and makes VACUUM's results vary),
/// wait (bounded) until it accepts connections, and on dispose stop it (<c>pg_ctl stop -m immediate</c>)
/// and delete the directory. PostgreSQL refuses to run as root, so as root the binaries run through
/// <c>runuser -u postgres --</c> and the directory is handed to that user.
/// Use as <c>IClassFixture&lt;PostgresFixture&gt;</c>; each test starts with
/// <c>RequiredServer.SkipUnlessAvailable(fixture.UnavailableReason)</c> inside a <c>[SkippableFact]</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string MissingReason = "PostgreSQL not found; install with apt-get install postgresql";

    private string? _binDir;
    private string? _dataRoot;
    private bool _started;
    private int _databaseCounter;

    /// <summary>Null when the server runs; otherwise why it does not (the test skips, or fails in CI).</summary>
    public string? UnavailableReason { get; private set; }

    /// <summary>Connection string to the <c>postgres</c> database as superuser <c>postgres</c>.</summary>
    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _binDir = FindBinDir();
        if (_binDir is null) { UnavailableReason = MissingReason; return; }

        try
        {
            // As root, TMPDIR may point below /root, which the postgres user cannot enter: use /tmp then.
            _dataRoot = IsRoot
                ? Directory.CreateDirectory(Path.Combine("/tmp", $"underload-pg-{Guid.NewGuid():N}")).FullName
                : Directory.CreateTempSubdirectory("underload-pg-").FullName;
            var data = Path.Combine(_dataRoot, "data");
            if (IsRoot) Run("chown", $"-R postgres:postgres {_dataRoot}", TimeSpan.FromSeconds(10));

            RunPg("initdb", $"-D {data} -U postgres -A trust -E UTF8 --locale=C --no-sync", TimeSpan.FromSeconds(60));

            // A port picked here can be taken before the server binds it: try a few.
            Exception? last = null;
            for (var attempt = 0; attempt < 3 && !_started; attempt++)
            {
                Port = RequiredServer.FreePort();
                var options = $"-p {Port} -k {_dataRoot} -c listen_addresses=127.0.0.1 -c fsync=off " +
                              "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50 " +
                              "-c autovacuum=off"; // tests VACUUM and ANALYZE explicitly, so plans are deterministic
                try
                {
                    RunPg("pg_ctl", $"-D {data} -l {Path.Combine(_dataRoot, "server.log")} -w -t 30 -o \"{options}\" start",
                        TimeSpan.FromSeconds(40));
                    _started = true;
                }
                catch (InvalidOperationException e) { last = e; }
            }
            if (!_started) throw last!;

            ConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres",
                Pooling = true, Timeout = 10, CommandTimeout = 30,
            }.ConnectionString;
            await WaitUntilAcceptingAsync();
        }
        catch (Exception e)
        {
            UnavailableReason = $"PostgreSQL could not be started: {e.Message}";
        }
    }

    /// <summary>Creates a fresh, empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        if (UnavailableReason is not null) throw new InvalidOperationException(UnavailableReason);
        var name = $"{prefix ?? "db"}_{Interlocked.Increment(ref _databaseCounter)}".ToLowerInvariant();
        await using (var conn = new NpgsqlConnection(ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started && _dataRoot is not null)
        {
            try { RunPg("pg_ctl", $"-D {Path.Combine(_dataRoot, "data")} -m immediate -w -t 20 stop", TimeSpan.FromSeconds(30)); }
            catch (InvalidOperationException) { /* the directory goes anyway */ }
        }
        if (_dataRoot is not null && Directory.Exists(_dataRoot))
        {
            try { Directory.Delete(_dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return Task.CompletedTask;
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(ConnectionString);
                await conn.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100);
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root" || (OperatingSystem.IsLinux() && GetEuid() == 0);

    private static uint GetEuid()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("Uid:", StringComparison.Ordinal))
                    return uint.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2]);
        }
        catch (IOException) { }
        return uint.MaxValue;
    }

    private static string? FindBinDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PG_BIN");
        if (fromEnv is not null && File.Exists(Path.Combine(fromEnv, "pg_ctl"))) return fromEnv;

        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.dir, "initdb")) && File.Exists(Path.Combine(x.dir, "pg_ctl")))
                .OrderByDescending(x => x.version)
                .FirstOrDefault();
            if (newest.dir is not null) return newest.dir;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"))) return dir;
        return null;
    }

    private void RunPg(string tool, string args, TimeSpan timeout)
    {
        var exe = Path.Combine(_binDir!, tool);
        if (IsRoot) Run("runuser", $"-u postgres -- {exe} {args}", timeout);
        else Run(exe, args, timeout);
    }

    private static void Run(string exe, string args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(exe, args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {exe}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{exe} {args} timed out after {timeout.TotalSeconds}s");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{exe} {args} exited {p.ExitCode}: {stderr.Result}{stdout.Result}");
    }
}
