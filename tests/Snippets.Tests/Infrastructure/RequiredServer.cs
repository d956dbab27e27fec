namespace UnderLoad.Snippets.Tests.Infrastructure;

/// <summary>
/// Tests that need a real server binary (PostgreSQL, Redis) skip locally with a clear reason when it is
/// missing, and fail in CI (CI=true), where .ci/run installs it.
/// </summary>
public static class RequiredServer
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) when <paramref name="unavailableReason"/> is not null.</summary>
    public static void SkipUnlessAvailable(string? unavailableReason)
    {
        if (unavailableReason is null) return;
        if (InCi) throw new InvalidOperationException($"CI must run this test, but: {unavailableReason}");
        Skip.If(true, unavailableReason);
    }

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
