using System.Xml.Linq;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Line coverage of the snippets from coverlet's Cobertura report (what <c>dotnet test</c> writes under
/// tests/Snippets.Tests/TestResults). Files are matched by their path from input/snippets/ on, so a report
/// made in another checkout of the same commit still applies.
/// </summary>
public sealed class CoverageReport
{
    private readonly Dictionary<string, Dictionary<int, int>> _hitsByFile = new(StringComparer.Ordinal);

    public CoverageReport(string path)
    {
        Path = path;
        var doc = XDocument.Load(path);
        var sources = doc.Descendants("source").Select(s => s.Value).ToList();
        foreach (var cls in doc.Descendants("class"))
        {
            var filename = (string?)cls.Attribute("filename") ?? "";
            var full = System.IO.Path.IsPathRooted(filename) || sources.Count == 0 ? filename : System.IO.Path.Combine(sources[0], filename);
            var key = Key(full);
            if (key is null) continue;
            if (!_hitsByFile.TryGetValue(key, out var hits)) _hitsByFile[key] = hits = [];
            foreach (var line in cls.Descendants("line"))
            {
                var number = (int)line.Attribute("number")!;
                var count = (int)(long)line.Attribute("hits")!;
                hits[number] = hits.TryGetValue(number, out var existing) ? Math.Max(existing, count) : count;
            }
        }
    }

    public string Path { get; }

    /// <summary>Covered and executable lines among <paramref name="lines"/> of a file; null when the file is not in the report.</summary>
    public (int Covered, int Executable)? For(string file, IEnumerable<int> lines)
    {
        var key = Key(file);
        if (key is null || !_hitsByFile.TryGetValue(key, out var hits)) return null;
        var executable = lines.Where(hits.ContainsKey).ToList();
        return (executable.Count(l => hits[l] > 0), executable.Count);
    }

    private static string? Key(string path)
    {
        var normalised = path.Replace('\\', '/');
        var index = normalised.LastIndexOf("input/snippets/", StringComparison.Ordinal);
        return index < 0 ? null : normalised[index..];
    }

    /// <summary>The newest coverage.cobertura.xml under the snippet tests' results, if any.</summary>
    public static string? FindNewest(string repositoryRoot)
    {
        var folders = new[] { System.IO.Path.Combine(repositoryRoot, "tests", "Snippets.Tests", "TestResults"), System.IO.Path.Combine(repositoryRoot, "TestResults") };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "coverage.cobertura.xml", SearchOption.AllDirectories))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
    }
}
