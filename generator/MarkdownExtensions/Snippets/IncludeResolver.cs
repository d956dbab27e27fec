using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Turns an include into markup for one build: reads and parses snippet files once, inserts the region's
/// current code with links to its source and tests and its covered share, inserts verified snapshots, and
/// reports every problem at the markdown's path:line. Remembers which regions pages use.
/// </summary>
public sealed partial class IncludeResolver
{
    public const double RequiredCoverage = 0.90;
    private readonly BuildContext _context;
    private readonly string _snippetsRoot;
    private readonly string _repositoryRoot;
    private readonly ConcurrentDictionary<string, SnippetSource?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string File, string Region), byte> _used = new();
    private readonly Lazy<CoverageReport?> _coverage;
    private readonly SnippetTestIndex _tests;
    private readonly ConcurrentDictionary<string, byte> _brokenFiles = new(StringComparer.Ordinal);

    public IncludeResolver(BuildContext context)
    {
        _context = context;
        _snippetsRoot = RealPath(Path.Combine(context.Options.InputDir, "snippets"));
        _repositoryRoot = context.RepositoryRoot;
        _coverage = new Lazy<CoverageReport?>(LoadCoverage);
        _tests = new SnippetTestIndex(_snippetsRoot, _repositoryRoot);
    }

    public CoverageReport? Coverage => _coverage.Value;

    public IEnumerable<(string File, string Region)> Used => _used.Keys;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(string File, string Region), byte>> _usedBy = new(StringComparer.Ordinal);

    /// <summary>The regions one page included (by its input-relative path), so a body rendered earlier can report them again.</summary>
    public IReadOnlyList<(string File, string Region)> UsedBy(string page) =>
        _usedBy.TryGetValue(page, out var used) ? used.Keys.ToList() : [];

    /// <summary>Records regions as included, for a page whose body was not rendered again (serve's body cache).</summary>
    public void MarkUsed(string page, IEnumerable<(string File, string Region)> regions)
    {
        foreach (var region in regions)
        {
            _used.TryAdd(region, 0);
            _usedBy.GetOrAdd(page, _ => new()).TryAdd(region, 0);
        }
    }

    /// <param name="diagrams">The page's diagrams (diagram includes resolve to their markup), or null without the diagram feature.</param>
    public string? Resolve(IncludeBlock block, Document page, Diagrams.PageDiagrams? diagrams)
    {
        var line = block.Line + 1 + page.BodyLineOffset;
        return block.Kind switch
        {
            IncludeKind.Snippet => Snippet(block, page, line),
            IncludeKind.Output => Output(block, page, line),
            _ => diagrams?.Included(block.Url) ?? Fail(page, line, $"diagram '{block.Url}' could not be included", "diagrams are .mmd files under input/; check the path."),
        };
    }

    private string? Snippet(IncludeBlock block, Document page, int line)
    {
        var hash = block.Url.IndexOf('#');
        var relative = hash >= 0 ? block.Url[..hash] : block.Url;
        var regionName = hash >= 0 ? block.Url[(hash + 1)..] : null;
        var file = Locate(relative, page, line, "snippet", _snippetsRoot, "input/snippets");
        if (file is null) return null;

        var source = _files.GetOrAdd(file, f => File.Exists(f) ? Parse(f) : null);
        var display = Display(file);
        if (source is null)
        {
            return Fail(page, line, $"unknown snippet file '{relative}'", $"there is no {display}; check the path (relative to this page).");
        }

        if (source.Errors.Count > 0)
        {
            // Reported where the mistake is, in the .cs file, once, naming the first page that includes it.
            if (_brokenFiles.TryAdd(file, 0))
            {
                foreach (var error in source.Errors)
                {
                    _context.Diagnostics.Error(display, error.Line, $"{error.Message} (included by {page.DisplayPath}:{line})",
                        error.Message.Contains("UTF-8", StringComparison.Ordinal) ? StrictText.Hint : "regions are marked '// <Name>' … '// </Name>' on lines of their own, each name once per file.");
                }
            }

            return null;
        }

        SnippetRegion region;
        if (regionName is null)
        {
            region = source.WholeFile;
        }
        else if (!source.Regions.TryGetValue(regionName, out region!))
        {
            var known = source.Regions.Keys.Order(StringComparer.Ordinal).ToList();
            var near = Suggest.Closest(known, regionName);
            return Fail(page, line, $"unknown region '{regionName}' in {display}",
                known.Count == 0 ? "the file has no regions: mark one with '// <Name>' … '// </Name>', or include the whole file." :
                $"regions in that file: {string.Join(", ", known)}{(near is null ? "" : $" (did you mean '{near}'?)")}.");
        }

        MarkUsed(page.RelativePath, [(file, region.Name)]);
        var highlighted = ParseHighlight(block.Title, page, line);
        var count = region.Code.Split('\n').Length;
        if (highlighted is not null && highlighted.Any(n => n < 1 || n > count))
        {
            return Fail(page, line, $"\"{block.Title}\" asks for lines outside the region, which has {count} lines",
                $"highlight counts lines of the region as shown, from 1 to {count}.");
        }

        var caption = Caption(file, region, page, line);
        return CodeFigure.Render(_context.Highlighter, region.Code, "csharp", highlighted, caption);
    }

    private string? Output(IncludeBlock block, Document page, int line)
    {
        var testsRoot = RealPath(Path.Combine(_repositoryRoot, "tests"));
        var file = Locate(block.Url, page, line, "output", testsRoot, "tests");
        if (file is null) return null;
        if (!file.EndsWith(".verified.txt", StringComparison.Ordinal))
        {
            return Fail(page, line, $"output '{block.Url}' is not a verified snapshot", "include the test's *.verified.txt file.");
        }

        if (!File.Exists(file))
        {
            return Fail(page, line, $"missing snapshot {Display(file)}",
                "run dotnet test: the test writes *.received.txt beside itself; check it and rename it to .verified.txt.");
        }

        var text = StrictText.Decode(File.ReadAllBytes(file), out var badLine)?.TrimEnd('\n');
        if (text is null)
        {
            _context.Diagnostics.Error(Display(file), badLine, $"the file is not valid UTF-8 (included by {page.DisplayPath}:{line})", StrictText.Hint);
            return null;
        }

        var test = Regex.Replace(Path.GetFileName(file), @"\.[^.]+\.verified\.txt$", ".cs");
        var testPath = Path.Combine(Path.GetDirectoryName(file)!, test);
        var caption = $"<span>Output, verified by <a href=\"{RepoUrl(testPath)}\">{WebUtility.HtmlEncode(test)}</a></span>";
        return CodeFigure.Render(_context.Highlighter, text, null, null, caption).Replace("<figure class=\"code\"", "<figure class=\"code output\"", StringComparison.Ordinal);
    }

    /// <summary>Resolves a path relative to the page, and refuses any that leaves <paramref name="root"/> (../, absolute, symlinks).</summary>
    private string? Locate(string url, Document page, int line, string what, string root, string rootDisplay)
    {
        if (Path.IsPathRooted(url) || url.Contains("://", StringComparison.Ordinal))
        {
            Fail(page, line, $"{what} path '{url}' is absolute", $"write it relative to the page, inside {rootDisplay}/.");
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page.SourcePath)!, Uri.UnescapeDataString(url)));
        var real = RealPath(candidate);
        if (!IsInside(candidate, root) || !IsInside(real, root))
        {
            Fail(page, line, $"{what} path '{url}' leads outside {rootDisplay}/", $"{what}s come from {rootDisplay}/ only (no '../' past it, no symlinks out of it).");
            return null;
        }

        return real;
    }

    private static bool IsInside(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is null) break;
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, info.LinkTarget));
            }
        }

        return current;
    }

    private string Caption(string file, SnippetRegion region, Document page, int line)
    {
        // One compact line above the code: where it comes from (file › region, linked to its lines), its tests, and its
        // coverage when there is a number — the full path and every test name are in the links' titles.
        var display = Display(file);
        var anchor = region.Name.Length == 0 ? "" : $"#L{region.StartLine}-L{region.EndLine}";
        var name = Path.GetFileName(display) + (region.Name.Length == 0 ? "" : " › " + region.Name);
        var parts = new List<string>
        {
            $"<a class=\"source\" href=\"{RepoUrl(file)}{anchor}\" title=\"{WebUtility.HtmlEncode(display)}\">{WebUtility.HtmlEncode(name)}</a>",
        };

        var tests = _tests.For(file);
        if (tests.Count > 0)
        {
            var titles = WebUtility.HtmlEncode("tested by " + string.Join(", ", tests.Select(Path.GetFileName)));
            parts.Add($"<a class=\"tests\" href=\"{RepoUrl(tests[0])}\" title=\"{titles}\">{(tests.Count == 1 ? "test" : $"{tests.Count} tests")}</a>");
        }

        var coverage = Coverage?.For(file, region.SourceLines);
        if (coverage is { Executable: > 0 } c)
        {
            var share = (double)c.Covered / c.Executable;
            parts.Add($"<span class=\"coverage {(share >= RequiredCoverage ? "good" : "low")}\" title=\"{c.Covered} of {c.Executable} executable lines ran under test\">{Percent(share)} covered</span>");
            if (share < RequiredCoverage)
            {
                var message = $"region '{(region.Name.Length == 0 ? "(whole file)" : region.Name)}' of {display} has {Percent(share)} of its executable lines covered by tests ({c.Covered} of {c.Executable}), below {Percent(RequiredCoverage)}";
                const string hint = "add tests that run the shown code, or show less code.";
                if (_context.Options.Strict) Fail(page, line, message, hint);
                else _context.Diagnostics.Warning(page.DisplayPath, line, message, hint);
            }
        }
        else if (coverage is null && _context.Options.Strict && Coverage is not null)
        {
            Fail(page, line, $"{display} ran in none of the snippet test runs on record ({Coverage.Path} and {Coverage.Paths.Count - 1} older)",
                "run the whole snippet test suite (dotnet test) so that its tests produce coverage of this file.");
        }

        // Without a number (no report, no run that touched the file, declarations only) the caption says nothing of coverage.
        return string.Join("<span class=\"sep\" aria-hidden=\"true\"> · </span>", parts);
    }

    private static string Percent(double share) => Math.Floor(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private IReadOnlySet<int>? ParseHighlight(string? title, Document page, int line)
    {
        if (title is null) return null;
        var match = Regex.Match(title, @"^highlight=([\d,\- ]+)$");
        if (!match.Success)
        {
            Fail(page, line, $"unknown snippet option \"{title}\"", "the only option is \"highlight=2-4,7\" (1-based lines of the region).");
            return null;
        }

        var lines = new HashSet<int>();
        foreach (var part in match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= to; n++) lines.Add(n);
        }

        return lines;
    }

    private string RepoUrl(string file)
    {
        var path = Path.GetRelativePath(_repositoryRoot, file).Replace('\\', '/');
        return _context.SourceUrl(path) ?? path;
    }

    private string Display(string file) => Path.GetRelativePath(_repositoryRoot, file).Replace('\\', '/');

    private string? Fail(Document page, int line, string message, string hint)
    {
        _context.Diagnostics.Error(page.DisplayPath, line, message, hint);
        return null;
    }

    private CoverageReport? LoadCoverage()
    {
        var given = _context.Options.CoverageReport;
        try
        {
            return given is null ? CoverageReport.FindAll(_repositoryRoot) : new CoverageReport(given);
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException or FormatException or InvalidOperationException or NullReferenceException)
        {
            var path = given ?? Path.Combine("tests", "Snippets.Tests", "TestResults");
            _context.Diagnostics.Warning(path, 0, $"a coverage report cannot be read: {e.Message}", "delete tests/Snippets.Tests/TestResults and run dotnet test again.");
            return null;
        }
    }

    /// <summary>Every region of every snippet file, for the unused-region check.</summary>
    public IEnumerable<(string File, SnippetRegion Region)> AllRegions()
    {
        if (!Directory.Exists(_snippetsRoot)) yield break;
        foreach (var file in Directory.EnumerateFiles(_snippetsRoot, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(_snippetsRoot, file).Replace('\\', '/');
            if (rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var real = RealPath(file);
            var source = _files.GetOrAdd(real, Parse);
            if (source is null) continue;
            foreach (var region in source.Regions.Values) yield return (real, region);
        }
    }

    public string DisplayPath(string file) => Display(file);

    /// <summary>A snippet file parsed; `serve`'s memo keeps it between rebuilds, by path, size and modification time.</summary>
    private SnippetSource Parse(string file)
    {
        if (_context.Options.Memo is not { } memo) return SnippetSource.Parse(file, File.ReadAllBytes(file));
        var info = new FileInfo(file);
        return memo.GetOrAdd("snippet-source", $"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}", () => SnippetSource.Parse(file, File.ReadAllBytes(file)));
    }
}
