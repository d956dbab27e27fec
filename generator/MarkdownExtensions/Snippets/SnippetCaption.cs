using System.Globalization;
using System.Net;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// The line above a snippet's code: where it comes from (file › region, linked to its lines), the tests that run it,
/// and the share of its executable lines that ran under test when the coverage report has a number for it.
/// </summary>
public sealed class SnippetCaption(BuildContext context, RepositoryLinks links, SnippetTestIndex testIndex, Func<CoverageReport?> report)
{
    public const double RequiredCoverage = 0.90;

    /// <summary>The caption of a snippet region (source, tests, coverage); a low share is reported at the include's line.</summary>
    public string For(string file, SnippetRegion region, Document page, int line)
    {
        // One compact line above the code: where it comes from (file › region, linked to its lines), its tests, and its
        // coverage when there is a number — the full path and every test name are in the links' titles.
        var display = links.Display(file);
        var anchor = region.Name.Length == 0 ? "" : $"#L{region.StartLine}-L{region.EndLine}";
        var name = Path.GetFileName(display) + (region.Name.Length == 0 ? "" : " › " + region.Name);
        var parts = new List<string>
        {
            $"<a class=\"source\" href=\"{links.Url(file)}{anchor}\" title=\"{WebUtility.HtmlEncode(display)}\">{WebUtility.HtmlEncode(name)}</a>",
        };

        var tests = testIndex.For(file);
        if (tests.Count > 0)
        {
            var titles = WebUtility.HtmlEncode("tested by " + string.Join(", ", tests.Select(Path.GetFileName)));
            parts.Add($"<a class=\"tests\" href=\"{links.Url(tests[0])}\" title=\"{titles}\">{(tests.Count == 1 ? "test" : $"{tests.Count} tests")}</a>");
        }

        var coverage = report()?.For(file, region.SourceLines);
        if (coverage is { Executable: > 0 } c)
        {
            var share = (double)c.Covered / c.Executable;
            parts.Add($"<span class=\"coverage {(share >= RequiredCoverage ? "good" : "low")}\" title=\"{c.Covered} of {c.Executable} executable lines ran under test\">{Percent(share)} covered</span>");
            if (share < RequiredCoverage)
            {
                var message = $"region '{(region.Name.Length == 0 ? "(whole file)" : region.Name)}' of {display} has {Percent(share)} of its executable lines covered by tests ({c.Covered} of {c.Executable}), below {Percent(RequiredCoverage)}";
                const string hint = "add tests that run the shown code, or show less code.";
                if (context.Options.Strict) context.Diagnostics.Error(page.DisplayPath, line, message, hint);
                else context.Diagnostics.Warning(page.DisplayPath, line, message, hint);
            }
        }
        else if (coverage is null && context.Options.Strict && report() is not null)
        {
            context.Diagnostics.Error(page.DisplayPath, line, $"{display} ran in none of the snippet test runs on record ({report()!.Path} and {report()!.Paths.Count - 1} older)",
                "run the whole snippet test suite (dotnet test) so that its tests produce coverage of this file.");
        }

        // Without a number (no report, no run that touched the file, declarations only) the caption says nothing of coverage.
        return string.Join("<span class=\"sep\" aria-hidden=\"true\"> · </span>", parts);
    }

    private static string Percent(double share) => Math.Floor(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
