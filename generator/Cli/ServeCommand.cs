using System.CommandLine;
using UnderLoad.Generator.Serve;

namespace UnderLoad.Generator.Cli;

public static class ServeCommand
{
    private static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (default 5080; 0 picks a free one).", DefaultValueFactory = _ => 5080 };

    public static Command Create()
    {
        var command = new Command("serve", "Build, serve output/ on 127.0.0.1 with production headers, and rebuild and reload on save.");
        foreach (var option in new Option[] { BuildCommand.Input, BuildCommand.Output, BuildCommand.Theme, BuildCommand.BaseUrl, BuildCommand.Cache, BuildCommand.NoCache, Port }) command.Options.Add(option);
        command.SetAction(async (result, cancellation) =>
        {
            var options = BuildCommand.Options(result);
            var port = result.GetValue(Port);
            if (port != 0 && !PortIsFree(port)) return PortTaken(port);
            await using var server = new PreviewServer(options);
            string url;
            try
            {
                url = await server.StartAsync(port, watch: true, cancellation);
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return PortTaken(port);
            }

            Console.WriteLine($"Serving {options.OutputDir} at {url} — edit a page and the browser reloads. Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }

    /// <summary>Checked before the first build, so a taken port is said at once, not after building the site.</summary>
    private static bool PortIsFree(int port)
    {
        try
        {
            using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static int PortTaken(int port)
    {
        Console.Error.WriteLine($"error: port {port} on 127.0.0.1 is already in use (another serve, or another program).");
        Console.Error.WriteLine($"    hint: stop that program, or pick another port: serve --port {(port == 5080 ? 5081 : port + 1)} (--port 0 picks a free one).");
        return 1;
    }
}
