using System.Diagnostics;

namespace UnderLoad.Bench.Build;

/// <summary>One timed run of a process: wall time and peak resident memory (GNU time's %M, else the process tree's largest sampled VmHWM).</summary>
public sealed record Measurement(double Seconds, long PeakBytes, int ExitCode, string Output);

public static class Runner
{
    private const string GnuTime = "/usr/bin/time";

    public static Measurement Run(string command, IReadOnlyList<string> arguments, string cwd) => Time(command, arguments, cwd);

    /// <summary>
    /// Runs the command and samples /proc/&lt;pid&gt;/status VmHWM (peak RSS) of it and its children every 20 ms until
    /// it exits; the last sample before exit is the peak (a process's VmHWM only grows).
    /// </summary>
    public static Measurement Time(string command, IReadOnlyList<string> arguments, string cwd, Action? before = null, TimeSpan? limit = null)
    {
        before?.Invoke();
        // GNU time's %M (largest resident set of the process and its waited-for children) is exact where installed.
        var timeFile = File.Exists(GnuTime) ? Path.GetTempFileName() : null;
        if (timeFile is not null)
        {
            arguments = ["-f", "%M", "-o", timeFile, command, .. arguments];
            command = GnuTime;
        }

        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        var output = new System.Text.StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peaks = new Dictionary<int, long>();
        var deadline = limit ?? TimeSpan.FromMinutes(20);
        while (!process.WaitForExit(20))
        {
            foreach (var pid in Tree(process.Id))
            {
                var hwm = HighWaterMark(pid);
                if (hwm > 0) peaks[pid] = Math.Max(peaks.GetValueOrDefault(pid), hwm);
            }

            if (watch.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        process.WaitForExit();
        watch.Stop();
        var peak = peaks.Count == 0 ? 0 : peaks.Values.Max();
        if (timeFile is not null)
        {
            var lines = File.ReadAllLines(timeFile);
            File.Delete(timeFile);
            if (lines.Length > 0 && long.TryParse(lines[^1].Trim(), out var kb)) peak = Math.Max(peak, kb * 1024);
        }

        return new Measurement(watch.Elapsed.TotalSeconds, peak, process.ExitCode, output.ToString());
    }

    /// <summary>
    /// Takes a folder out of the way before a cold run by moving it into <see cref="Trash"/> (emptied by
    /// <see cref="EmptyTrash"/> after the measurements). Deleting it instead would skew the next run: for a minute or
    /// more after thousands of files are deleted, ext4 skips each recently freed inode when it allocates a new one, and
    /// creating 3000 files then takes 2.3 s instead of 0.26 s on this machine — a cost charged to whichever tool runs next.
    /// </summary>
    public static void Delete(string dir)
    {
        if (!Directory.Exists(dir)) return;
        if (Trash is null)
        {
            Directory.Delete(dir, recursive: true);
            return;
        }

        Directory.CreateDirectory(Trash);
        Directory.Move(dir, Path.Combine(Trash, Guid.NewGuid().ToString("N")));
    }

    /// <summary>Where <see cref="Delete"/> moves folders (same file system as the work folder); null deletes them.</summary>
    public static string? Trash { get; set; }

    public static void EmptyTrash()
    {
        if (Trash is not null && Directory.Exists(Trash)) Directory.Delete(Trash, recursive: true);
    }

    public static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    /// <summary>The process and its descendants (Hugo and DocFX may spawn helpers; dotnet hosts in-process).</summary>
    private static IEnumerable<int> Tree(int root)
    {
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            var children = $"/proc/{result[i]}/task/{result[i]}/children";
            if (!File.Exists(children)) continue;
            try
            {
                result.AddRange(File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
            }
            catch (IOException)
            {
            }
        }

        return result;
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return 0;
    }
}
