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
            await using var server = new PreviewServer(options);
            var url = await server.StartAsync(result.GetValue(Port), watch: true, cancellation);
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
}
