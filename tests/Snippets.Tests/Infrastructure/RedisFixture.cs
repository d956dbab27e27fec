using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace UnderLoad.Snippets.Tests.Infrastructure;

/// <summary>
/// A throwaway redis-server on 127.0.0.1 and a free port, with persistence off
/// (<c>--save "" --appendonly no</c>), started once per test class (<c>IClassFixture&lt;RedisFixture&gt;</c>)
/// or per collection (<c>[Collection(RedisCollection.Name)]</c>) and killed on dispose.
/// When redis-server is missing, <see cref="UnavailableReason"/> says why; a test starts with
/// <c>RequiredServer.SkipUnlessAvailable(fixture.UnavailableReason)</c> (skips locally, fails in CI).
/// Tests share one server: give each test its own keys with <see cref="NewKeyPrefix"/>.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private Process? _process;
    private ConnectionMultiplexer? _connection;
    private readonly StringBuilder _log = new();

    /// <summary>Null when the server is up; otherwise why the tests cannot run.</summary>
    public string? UnavailableReason { get; private set; } = "RedisFixture was not initialised";

    public int Port { get; private set; }

    /// <summary>A StackExchange.Redis configuration string for this server (admin commands allowed).</summary>
    public string ConnectionString => $"127.0.0.1:{Port},allowAdmin=true,abortConnect=false,connectTimeout=5000,syncTimeout=5000";

    /// <summary>One shared multiplexer, as an application would hold one.</summary>
    public ConnectionMultiplexer Connection =>
        _connection ?? throw new InvalidOperationException(UnavailableReason ?? "Redis is not connected");

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>A second, independent connection (another service instance, say).</summary>
    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(ConnectionString);

    /// <summary>A unique key prefix such as <c>t:3f2a…:</c>, so tests sharing the server never collide.</summary>
    public static string NewKeyPrefix(string name = "t") => $"{name}:{Guid.NewGuid():N}:";

    public static string? FindRedisServer()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "redis-server");
            if (File.Exists(candidate)) return candidate;
        }
        return File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : null;
    }

    public async Task InitializeAsync()
    {
        var binary = FindRedisServer();
        if (binary is null)
        {
            UnavailableReason = "redis-server not found; install with apt-get install redis-server";
            return;
        }

        string? lastError = null;
        for (var attempt = 0; attempt < 3 && _connection is null; attempt++) // a free port can be taken between probe and bind
        {
            Port = RequiredServer.FreePort();
            lastError = await TryStartAsync(binary, Port);
        }
        UnavailableReason = _connection is null ? $"redis-server did not start: {lastError}" : null;
    }

    private async Task<string?> TryStartAsync(string binary, int port)
    {
        var psi = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no" })
            psi.ArgumentList.Add(arg);

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Wait (bounded: 100 × 50 ms) until the server answers PING.
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) break;
            if (await PingAsync(port))
            {
                _process = process;
                _connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                return null;
            }
            await Task.Delay(50);
        }

        Kill(process);
        lock (_log) return $"no PONG on port {port}; log: {_log}";
    }

    private static async Task<bool> PingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", port, cts.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cts.Token);
            var buffer = new byte[16];
            var n = await stream.ReadAsync(buffer, cts.Token);
            return Encoding.ASCII.GetString(buffer, 0, n).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException) { } // already gone
        process.Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        if (_process is not null) Kill(_process);
    }
}

/// <summary>Use <c>[Collection(RedisCollection.Name)]</c> to share one redis-server across test classes.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "Redis";
}
