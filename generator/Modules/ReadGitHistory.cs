using System.Diagnostics;
using System.Globalization;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: each page's last-updated date (the newest commit touching its file) and its path in the
/// repository (for "Edit this page"), from one <c>git log</c> over the input folder. Outside a git
/// checkout, pages simply carry no date.
/// </summary>
public sealed class ReadGitHistory : IModule
{
    public string Phase => "read";

    public IReadOnlyList<Product> Needs => [Products.Pages];

    public IReadOnlyList<Product> Produces => [Products.GitHistory];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var input = Path.GetFullPath(context.Options.InputDir);
        var root = context.Options.RepositoryRoot ?? (InGitCheckout(input) ? Git(input, "rev-parse", "--show-toplevel")?.Trim() : null);
        if (string.IsNullOrEmpty(root))
        {
            return documents;
        }

        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var log = Git(root, "log", "--format=%x00%cI", "--name-only", "--no-renames", "--", input) ?? "";
        DateTimeOffset current = default;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\0'))
            {
                DateTimeOffset.TryParse(line[1..], CultureInfo.InvariantCulture, DateTimeStyles.None, out current);
            }
            else if (line.Length > 0 && current != default)
            {
                dates.TryAdd(line.Trim(), current);
            }
        }

        return documents.Select(doc =>
        {
            var repoPath = Path.GetRelativePath(root, doc.SourcePath).Replace('\\', '/');
            return doc with { RepositoryPath = repoPath, LastUpdated = dates.TryGetValue(repoPath, out var date) ? date : null };
        }).ToList();
    }

    /// <summary>
    /// Whether git could find a repository for <paramref name="folder"/>: a .git folder (or a worktree's .git file) in it
    /// or above it, or GIT_DIR set. Asking git itself starts a process (~10 ms of a small site's build) to hear "no".
    /// </summary>
    internal static bool InGitCheckout(string folder)
    {
        if (Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 }) return true;
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return true;
        }

        return false;
    }

    private static string? Git(string workingDirectory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }
}
