using UnderLoad.Generator.Pipeline;
using System.Xml.Linq;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Line coverage of the snippets from coverlet's Cobertura reports (what <c>dotnet test</c> writes under
/// tests/Snippets.Tests/TestResults). Files are matched by their path from input/snippets/ on, so a report
/// made in another checkout of the same commit still applies.
/// <para>
/// A run of some tests only (<c>dotnet test --filter X</c>) must not make every other page look untested. So
/// reports are merged, and within one report a file that no test touched (no line hit) counts as "not run
/// there", not as 0%: a line's hits are the most any report gives it, among the reports written after the file
/// last changed (an older report describes other code).
/// </para>
/// </summary>
public sealed class CoverageReport
{
    /// <summary>At most this many of the newest reports are merged.</summary>
    public const int MaxReports = 8;

    private readonly Dictionary<string, Dictionary<int, int>> _hitsByFile = new(StringComparer.Ordinal);

    /// <summary>One report, as given (<c>build --coverage FILE</c>).</summary>
    public CoverageReport(string path) : this([path], repositoryRoot: null)
    {
    }

    private CoverageReport(IReadOnlyList<string> paths, string? repositoryRoot)
    {
        Path = paths[0];
        Paths = paths;
        foreach (var report in paths)
        {
            var written = File.GetLastWriteTimeUtc(report);
            foreach (var (key, hits) in Read(report))
            {
                if (hits.Values.All(h => h == 0)) continue; // no test of this run touched the file
                if (repositoryRoot is not null && File.GetLastWriteTimeUtc(System.IO.Path.Combine(repositoryRoot, key)) > written) continue;
                if (!_hitsByFile.TryGetValue(key, out var merged))
                {
                    _hitsByFile[key] = new Dictionary<int, int>(hits);
                    continue;
                }

                foreach (var (line, count) in hits) merged[line] = merged.TryGetValue(line, out var existing) ? Math.Max(existing, count) : count;
            }
        }
    }

    /// <summary>The newest report (the one named in messages).</summary>
    public string Path { get; }

    /// <summary>Every report merged, newest first.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Covered and executable lines among <paramref name="lines"/> of a file; null when no run covered the file.</summary>
    public (int Covered, int Executable)? For(string file, IEnumerable<int> lines)
    {
        var key = Key(file);
        if (key is null || !_hitsByFile.TryGetValue(key, out var hits)) return null;
        var executable = lines.Where(hits.ContainsKey).ToList();
        return (executable.Count(l => hits[l] > 0), executable.Count);
    }

    /// <summary>File key → line → hits, of one Cobertura file.</summary>
    private static Dictionary<string, Dictionary<int, int>> Read(string path)
    {
        var result = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var doc = XDocument.Load(path);
        var sources = doc.Descendants("source").Select(s => s.Value).ToList();
        foreach (var cls in doc.Descendants("class"))
        {
            var filename = (string?)cls.Attribute("filename") ?? "";
            var full = System.IO.Path.IsPathRooted(filename) || sources.Count == 0 ? filename : System.IO.Path.Combine(sources[0], filename);
            var key = Key(full);
            if (key is null) continue;
            if (!result.TryGetValue(key, out var hits)) result[key] = hits = [];
            foreach (var line in cls.Descendants("line"))
            {
                var number = (int)line.Attribute("number")!;
                var count = (int)(long)line.Attribute("hits")!;
                hits[number] = hits.TryGetValue(number, out var existing) ? Math.Max(existing, count) : count;
            }
        }

        return result;
    }

    private static string? Key(string path)
    {
        var normalised = path.Replace('\\', '/');
        var index = normalised.LastIndexOf("input/snippets/", StringComparison.Ordinal);
        return index < 0 ? null : normalised[index..];
    }

    /// <summary>The snippet tests' reports under the repository, newest first, merged; null when there is none.</summary>
    public static CoverageReport? FindAll(string repositoryRoot)
    {
        var folders = new[] { System.IO.Path.Combine(repositoryRoot, "tests", "Snippets.Tests", "TestResults"), System.IO.Path.Combine(repositoryRoot, "TestResults") };
        var reports = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "coverage.cobertura.xml", SearchOption.AllDirectories))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .Take(MaxReports)
            .ToList();
        return reports.Count == 0 ? null : new CoverageReport(reports, repositoryRoot);
    }

    /// <summary>The report a build reads (--coverage, else the newest runs on record); a bad one is a warning, and no number is shown.</summary>
    public static CoverageReport? Load(BuildContext context, string repositoryRoot)
    {
        var given = context.Options.CoverageReport;
        try
        {
            return given is null ? CoverageReport.FindAll(repositoryRoot) : new CoverageReport(given);
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException or FormatException or InvalidOperationException or NullReferenceException)
        {
            var path = given ?? System.IO.Path.Combine("tests", "Snippets.Tests", "TestResults");
            context.Diagnostics.Warning(path, 0, $"a coverage report cannot be read: {e.Message}", "delete tests/Snippets.Tests/TestResults and run dotnet test again.");
            return null;
        }
    }
}
