using System.Diagnostics;

namespace UnderLoad.Generator.Tests.Infrastructure;

/// <summary>A command-line tool the tests need (git, tar), run to completion; a failure fails the test with its stderr.</summary>
public static class Tool
{
    /// <param name="commitDate">Sets GIT_AUTHOR_DATE and GIT_COMMITTER_DATE, so commits (and the pages' dates) are fixed.</param>
    public static void Run(string workingDirectory, string file, IReadOnlyList<string> args, string? commitDate = null, string? hint = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (commitDate is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = commitDate;
            start.Environment["GIT_COMMITTER_DATE"] = commitDate;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), $"{file} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {stderr.Result}{hint}");
    }

    /// <summary>Commits everything in <paramref name="repository"/> at <paramref name="date"/> (ISO 8601).</summary>
    public static void CommitAll(string repository, string date, string message = "commit")
    {
        Run(repository, "git", ["add", "-A"]);
        Run(repository, "git", ["-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message], date);
    }
}
