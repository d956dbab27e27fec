using System.Diagnostics;

namespace UnderLoad.Generator.Tests.Infrastructure;

/// <summary>The generator's command line, run for real (`dotnet UnderLoad.Generator.dll ...`) as a contributor runs it.</summary>
public static class GeneratorCli
{
    /// <summary>Runs the CLI (two minutes at most) and returns its exit code and everything it printed, stdout then stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add(typeof(UnderLoad.Generator.Cli.BuildCommand).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
