using System.Globalization;
using UnderLoad.Generator.Rendering;
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
    /// <returns>The caption's markup, and its text as a reader sees it.</returns>
    public (string Html, string Text) For(string file, SnippetRegion region, Document page, int line)
    {
        // One compact line above the code: where it comes from (file › region, linked to its lines), its tests, and its
        // coverage when there is a number — the full path and every test name are in the links' titles.
        var display = links.Display(file);
        var anchor = region.Name.Length == 0 ? "" : $"#L{region.StartLine}-L{region.EndLine}";
        var name = Path.GetFileName(display) + (region.Name.Length == 0 ? "" : " › " + region.Name);
        var parts = new List<string>
        {
            $"<a class=\"source\" href=\"{HtmlText.Attribute(links.Url(file) + anchor)}\" title=\"{HtmlText.Attribute(display)}\">{HtmlText.Text(name)}</a>",
        };
        var text = new List<string> { name };

        var tests = testIndex.For(file);
        if (tests.Count > 0)
        {
            var titles = HtmlText.Attribute("tested by " + string.Join(", ", tests.Select(Path.GetFileName)));
            var label = tests.Count == 1 ? "test" : $"{tests.Count} tests";
            parts.Add($"<a class=\"tests\" href=\"{HtmlText.Attribute(links.Url(tests[0]))}\" title=\"{titles}\">{label}</a>");
            text.Add(label);
        }

        var coverage = report()?.For(file, region.SourceLines);
        if (coverage is { Executable: > 0 } c)
        {
            var share = (double)c.Covered / c.Executable;
            parts.Add($"<span class=\"coverage {(share >= RequiredCoverage ? "good" : "low")}\" title=\"{c.Covered} of {c.Executable} executable lines ran under test\">{Percent(share)} covered</span>");
            text.Add($"{Percent(share)} covered");
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
        return (string.Join("<span class=\"sep\" aria-hidden=\"true\"> · </span>", parts), string.Join(" · ", text));
    }

    private static string Percent(double share) => Math.Floor(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
