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
    private readonly BuildContext _context;
    private readonly string _snippetsRoot;
    private readonly string _repositoryRoot;
    private readonly ConcurrentDictionary<string, SnippetSource?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string File, string Region), byte> _used = new();
    private readonly Lazy<CoverageReport?> _coverage;
    private readonly RepositoryLinks _links;
    private readonly SnippetCaption _caption;
    private readonly ConcurrentDictionary<string, byte> _brokenFiles = new(StringComparer.Ordinal);

    public IncludeResolver(BuildContext context)
    {
        _context = context;
        _snippetsRoot = IncludePaths.RealPath(Path.Combine(context.Options.InputDir, "snippets"));
        _repositoryRoot = context.RepositoryRoot;
        _coverage = new Lazy<CoverageReport?>(() => CoverageReport.Load(context, _repositoryRoot));
        _links = new RepositoryLinks(context, _repositoryRoot);
        _caption = new SnippetCaption(context, _links, new SnippetTestIndex(_snippetsRoot, _repositoryRoot), () => _coverage.Value);
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

    /// <summary>
    /// Resolves a snippet or output include into its markup (<see cref="IncludeBlock.Html"/>) and what it adds to search;
    /// a failed include is reported at its line and left without markup. Diagram includes are the Diagrams extension's.
    /// </summary>
    public void Resolve(IncludeBlock block, Document page)
    {
        if (block.Kind == IncludeKind.Diagram) return;
        var line = block.Line + 1 + page.BodyLineOffset;
        var resolved = block.Kind == IncludeKind.Snippet ? Snippet(block, page, line) : Output(block, page, line);
        block.Html = resolved?.Html;
        if (resolved is not null) block.SetData(typeof(Search.SearchContribution), resolved.Value.Search);
    }

    private (string Html, Search.SearchContribution Search)? Snippet(IncludeBlock block, Document page, int line)
    {
        var hash = block.Url.IndexOf('#');
        var relative = hash >= 0 ? block.Url[..hash] : block.Url;
        var regionName = hash >= 0 ? block.Url[(hash + 1)..] : null;
        var file = Locate(relative, page, line, "snippet", _snippetsRoot, _context.Options.Display("snippets"));
        if (file is null) return null;

        var source = _files.GetOrAdd(file, f => File.Exists(f) ? Parse(f) : null);
        var display = _links.Display(file);
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
        string? optionError = null;
        var highlighted = block.Title is null ? null : HighlightOption.Parse(block.Title, out optionError);
        if (optionError is not null) Fail(page, line, optionError, HighlightOption.Hint);
        var count = region.Code.Split('\n').Length;
        if (highlighted is not null && highlighted.Any(n => n < 1 || n > count))
        {
            return Fail(page, line, $"\"{block.Title}\" asks for lines outside the region, which has {count} lines",
                $"highlight counts lines of the region as shown, from 1 to {count}.");
        }

        var (caption, captionText) = _caption.For(file, region, page, line);
        return (CodeFigure.Render(_context.Highlighter, region.Code, "csharp", highlighted, caption), new Search.SearchContribution(Caption: captionText, Code: region.Code));
    }

    private (string Html, Search.SearchContribution Search)? Output(IncludeBlock block, Document page, int line)
    {
        var testsRoot = IncludePaths.RealPath(Path.Combine(_repositoryRoot, "tests"));
        var file = Locate(block.Url, page, line, "output", testsRoot, "tests");
        if (file is null) return null;
        if (!file.EndsWith(".verified.txt", StringComparison.Ordinal))
        {
            return Fail(page, line, $"output '{block.Url}' is not a verified snapshot", "include the test's *.verified.txt file.");
        }

        if (!File.Exists(file))
        {
            return Fail(page, line, $"missing snapshot {_links.Display(file)}",
                "run dotnet test: the test writes *.received.txt beside itself; check it and rename it to .verified.txt.");
        }

        var text = StrictText.Decode(File.ReadAllBytes(file), out var badLine)?.TrimEnd('\n');
        if (text is null)
        {
            _context.Diagnostics.Error(_links.Display(file), badLine, $"the file is not valid UTF-8 (included by {page.DisplayPath}:{line})", StrictText.Hint);
            return null;
        }

        var test = Regex.Replace(Path.GetFileName(file), @"\.[^.]+\.verified\.txt$", ".cs");
        var testPath = Path.Combine(Path.GetDirectoryName(file)!, test);
        var caption = $"<span>Output, verified by <a href=\"{Rendering.HtmlText.Attribute(_links.Url(testPath))}\">{Rendering.HtmlText.Text(test)}</a></span>";
        return (CodeFigure.Render(_context.Highlighter, text, null, null, caption, "code output"), new Search.SearchContribution(Caption: "Output, verified by " + test, Code: text));
    }

    private string? Locate(string url, Document page, int line, string what, string root, string rootDisplay)
    {
        var file = IncludePaths.Locate(url, page.SourcePath, what, root, rootDisplay, out var problem);
        if (problem is { } p) Fail(page, line, p.Message, p.Hint);
        return file;
    }

    private (string Html, Search.SearchContribution Search)? Fail(Document page, int line, string message, string hint)
    {
        _context.Diagnostics.Error(page.DisplayPath, line, message, hint);
        return null;
    }

    /// <summary>Every region of every snippet file, for the unused-region check.</summary>
    public IEnumerable<(string File, SnippetRegion Region)> AllRegions()
    {
        if (!Directory.Exists(_snippetsRoot)) yield break;
        foreach (var file in Directory.EnumerateFiles(_snippetsRoot, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(_snippetsRoot, file).Replace('\\', '/');
            if (rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var real = IncludePaths.RealPath(file);
            var source = _files.GetOrAdd(real, Parse);
            if (source is null) continue;
            foreach (var region in source.Regions.Values) yield return (real, region);
        }
    }

    public string DisplayPath(string file) => _links.Display(file);

    /// <summary>A snippet file parsed; `serve`'s memo keeps it between rebuilds, by path, size and modification time.</summary>
    private SnippetSource Parse(string file)
    {
        if (_context.Options.Memo is not { } memo) return SnippetSource.Parse(file, File.ReadAllBytes(file));
        var info = new FileInfo(file);
        return memo.GetOrAdd("snippet-source", $"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}", () => SnippetSource.Parse(file, File.ReadAllBytes(file)));
    }
}
