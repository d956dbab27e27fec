using AngleSharp.Html.Parser;
using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.MarkdownExtensions;

/// <summary>Snippet includes: the exact current code with source, tests and coverage — or a clear error.</summary>
public class SnippetIncludeTests : IDisposable
{
    private const string Code = """
        namespace Demo;

        public sealed class TokenBucket
        {
            // <Take>
            public bool TryTake()
            {
                // <Inner>
                if (_tokens == 0) return false;
                // </Inner>
                _tokens--;
                return true;
            }
            // </Take>

            private int _tokens = 3;
        }
        """;

    private readonly TestSite _site = new();

    public SnippetIncludeTests()
    {
        _site.Write("snippets/17-api-gateway/TokenBucket.cs", Code);
        Directory.CreateDirectory(Path.Combine(_site.Root, "tests", "Snippets.Tests", "17-api-gateway"));
        File.WriteAllText(Path.Combine(_site.Root, "tests", "Snippets.Tests", "17-api-gateway", "TokenBucketTests.cs"), "class TokenBucketTests { TokenBucket b = new(); }");
    }

    private string Page(string body) => _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + "\nIntro.\n\n" + body + "\n");

    private (BuildResult Result, AngleSharp.Html.Dom.IHtmlDocument Html) BuildPage(bool strict = false, string? coverage = null)
    {
        var result = SiteBuilder.Build(_site.Options(strict) with { CoverageReport = coverage });
        var html = result.Succeeded ? new HtmlParser().ParseDocument(_site.ReadOutput("topics/a.html")) : new HtmlParser().ParseDocument("");
        return (result, html);
    }

    [Fact]
    public void A_region_is_inserted_dedented_with_tags_of_nested_regions_stripped()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)");
        var (result, html) = BuildPage();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var code = html.QuerySelector("figure.code pre code")!.TextContent;
        Assert.StartsWith("public bool TryTake()\n{\n    if (_tokens == 0) return false;", code);
        Assert.DoesNotContain("<Inner>", code);
        Assert.DoesNotContain("_tokens = 3", code);
        Assert.NotNull(html.QuerySelector("figure.code span.keyword"));
    }

    [Fact]
    public void The_caption_links_the_source_and_the_tests_and_says_nothing_of_coverage_without_a_report()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)");
        var (_, html) = BuildPage();
        var caption = html.QuerySelector("figure.code figcaption")!;
        Assert.Equal("https://github.com/example/site/blob/main/input/snippets/17-api-gateway/TokenBucket.cs#L6-L13", caption.QuerySelector("a.source")!.GetAttribute("href"));
        Assert.Contains(caption.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/example/site/blob/main/tests/Snippets.Tests/17-api-gateway/TokenBucketTests.cs");
        Assert.DoesNotContain("coverage", caption.TextContent);
        Assert.DoesNotContain("unknown", caption.TextContent);
    }

    [Fact]
    public void A_whole_file_and_highlighted_lines()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs \"highlight=3-4\")");
        var (result, html) = BuildPage();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var lines = html.QuerySelectorAll("figure.code span.line");
        Assert.Equal(13, lines.Length); // 17 lines less the four tag lines
        Assert.Equal([3, 4], lines.Select((l, i) => (l, i)).Where(x => x.l.ClassList.Contains("hl")).Select(x => x.i + 1));
    }

    [Fact]
    public void Coverage_share_is_shown_and_strict_fails_a_region_below_90_percent_naming_it()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)");
        // Executable lines of Take (file lines 6-13): 7, 9, 11, 12, 13 — only 9 and 12 ran.
        var report = Path.Combine(_site.Root, "coverage.cobertura.xml");
        File.WriteAllText(report, $"""
            <coverage><sources><source>{_site.Root}/</source></sources><packages><package><classes>
            <class filename="input/snippets/17-api-gateway/TokenBucket.cs"><lines>
            <line number="7" hits="0"/><line number="9" hits="4"/><line number="11" hits="0"/><line number="12" hits="2"/><line number="13" hits="0"/>
            </lines></class></classes></package></packages></coverage>
            """);
        var (lenient, html) = BuildPage(strict: false, coverage: report);
        Assert.True(lenient.Succeeded);
        Assert.Equal("40% covered", html.QuerySelector(".coverage.low")!.TextContent);
        Assert.Contains(lenient.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("region 'Take'"));

        var (strict, _) = BuildPage(strict: true, coverage: report);
        Assert.False(strict.Succeeded);
        var error = Assert.Single(strict.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/topics/a.md", 9), (error.Path, error.Line));
        Assert.Contains("region 'Take' of input/snippets/17-api-gateway/TokenBucket.cs has 40%", error.Message);
    }

    private void WriteRun(string run, DateTime written, params (int Line, int Hits)[] lines)
    {
        var folder = Path.Combine(_site.Root, "tests", "Snippets.Tests", "TestResults", run);
        Directory.CreateDirectory(folder);
        var report = Path.Combine(folder, "coverage.cobertura.xml");
        File.WriteAllText(report, $"""
            <coverage><sources><source>{_site.Root}/</source></sources><packages><package><classes>
            <class filename="input/snippets/17-api-gateway/TokenBucket.cs"><lines>
            {string.Concat(lines.Select(l => $"<line number=\"{l.Line}\" hits=\"{l.Hits}\"/>"))}
            </lines></class></classes></package></packages></coverage>
            """);
        File.SetLastWriteTimeUtc(report, written);
    }

    [Fact]
    public void A_filtered_test_run_that_skipped_a_snippet_does_not_make_it_look_untested()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)");
        var snippet = Path.Combine(_site.Input, "snippets", "17-api-gateway", "TokenBucket.cs");
        File.SetLastWriteTimeUtc(snippet, DateTime.UtcNow.AddHours(-3));

        // Only a partial run on record (`dotnet test --filter` of another snippet's tests): every line of this file has 0 hits.
        WriteRun("partial", DateTime.UtcNow.AddMinutes(-1), (7, 0), (9, 0), (11, 0), (12, 0), (13, 0));
        var (lenient, html) = BuildPage();
        Assert.True(lenient.Succeeded, string.Join("\n", lenient.Diagnostics));
        Assert.DoesNotContain(lenient.Diagnostics, d => d.Message.Contains("covered"));
        Assert.Null(html.QuerySelector("figure.code .coverage"));

        // An earlier full run (after the file last changed) covered it: the partial run is merged with it, not preferred.
        WriteRun("full", DateTime.UtcNow.AddHours(-1), (7, 3), (9, 3), (11, 1), (12, 2), (13, 2));
        var (strict, merged) = BuildPage(strict: true);
        Assert.True(strict.Succeeded, string.Join("\n", strict.Diagnostics));
        Assert.Equal("100% covered", merged.QuerySelector("figure.code .coverage")!.TextContent);

        // A run from before the code last changed describes other code: it does not count.
        File.SetLastWriteTimeUtc(snippet, DateTime.UtcNow.AddMinutes(-30));
        var (stale, _) = BuildPage(strict: true);
        var error = Assert.Single(stale.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("ran in none of the snippet test runs", error.Message);
    }

    [Theory]
    [InlineData("[snippet](../snippets/17-api-gateway/Missing.cs#Take)", "unknown snippet file")]
    [InlineData("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Taek)", "unknown region 'Taek'")]
    [InlineData("[snippet](../../secrets.cs)", "leads outside input/snippets/")]
    [InlineData("[snippet](/etc/passwd)", "is absolute")]
    [InlineData("[output](../../tests/Snippets.Tests/17-api-gateway/TokenBucketTests.Count.verified.txt)", "missing snapshot")]
    public void Bad_includes_fail_with_the_markdown_path_and_line_and_leave_output_alone(string include, string message)
    {
        Page("Fine.");
        Assert.True(_site.Build().Succeeded);
        var before = _site.SnapshotOutput();
        Page(include);
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(before, _site.SnapshotOutput());
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/topics/a.md", 9), (error.Path, error.Line));
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_symlink_that_leads_out_of_snippets_is_refused()
    {
        File.WriteAllText(Path.Combine(_site.Root, "outside.cs"), "class Outside {}");
        File.CreateSymbolicLink(Path.Combine(_site.Input, "snippets", "17-api-gateway", "Link.cs"), Path.Combine(_site.Root, "outside.cs"));
        Page("[snippet](../snippets/17-api-gateway/Link.cs)");
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Line == 9 && d.Message.Contains("leads outside input/snippets/"));
    }

    [Fact]
    public void Renaming_a_region_without_changing_the_markdown_fails_the_build()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)");
        Assert.True(_site.Build().Succeeded);
        _site.Write("snippets/17-api-gateway/TokenBucket.cs", Code.Replace("<Take>", "<TryTake>").Replace("</Take>", "</TryTake>"));
        var result = _site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/topics/a.md:9: error: unknown region 'Take' in input/snippets/17-api-gateway/TokenBucket.cs", error.ToString().Split('\n')[0]);
        Assert.Contains("did you mean 'TryTake'", error.Hint);
    }

    [Theory]
    [InlineData("// <Take>\nint a;\n", "region 'Take' is never closed")]
    [InlineData("// <Take>\nint a;\n// </Take>\n// <Take>\nint b;\n// </Take>\n", "region 'Take' is opened again (first opened on line 1)")]
    [InlineData("int a;\n// </Take>\n", "closes a region that is not open")]
    public void Broken_region_tags_are_reported_at_the_cs_file_line_naming_the_including_page(string code, string message)
    {
        _site.Write("snippets/17-api-gateway/Broken.cs", code);
        Page("[snippet](../snippets/17-api-gateway/Broken.cs)");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.All(errors, e => Assert.Equal("input/snippets/17-api-gateway/Broken.cs", e.Path));
        Assert.All(errors, e => Assert.Contains("included by input/topics/a.md:9", e.Message));
        var error = Assert.Single(errors, e => e.Message.Contains(message));
        Assert.InRange(error.Line, 1, code.Count(c => c == '\n'));
        // The page's error is the only one: no knock-on "region is not included by any page" warnings.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("is not included by any page"));
    }

    [Fact]
    public void A_snippet_that_is_not_utf8_fails_at_its_line_instead_of_showing_replacement_characters()
    {
        var path = Path.Combine(_site.Input, "snippets", "17-api-gateway", "Latin.cs");
        File.WriteAllBytes(path, [.. "// fine\n// caf"u8.ToArray(), 0xE9, (byte)'\n']);
        Page("[snippet](../snippets/17-api-gateway/Latin.cs)");
        var result = _site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/snippets/17-api-gateway/Latin.cs", 2), (error.Path, error.Line));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Highlighting_lines_past_the_end_of_the_region_is_an_error()
    {
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take \"highlight=40-50\")");
        var (result, _) = BuildPage();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/topics/a.md", 9), (error.Path, error.Line));
        Assert.Contains("highlight=40-50", error.Message);
        Assert.Contains("6 lines", error.Message);
    }

    [Fact]
    public void A_verified_snapshot_is_shown_and_a_region_no_page_uses_is_a_warning()
    {
        var snapshot = Path.Combine(_site.Root, "tests", "Snippets.Tests", "17-api-gateway", "TokenBucketTests.Count.verified.txt");
        File.WriteAllText(snapshot, "tokens left: 2\n");
        Page("[output](../../tests/Snippets.Tests/17-api-gateway/TokenBucketTests.Count.verified.txt)");
        var (result, html) = BuildPage();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("tokens left: 2", html.QuerySelector("figure.output pre code")!.TextContent);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message == "region 'Take' is not included by any page" && d.Path == "input/snippets/17-api-gateway/TokenBucket.cs");
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message == "region 'Inner' is not included by any page");
    }

    [Fact]
    public void A_rebuild_that_reuses_a_rendered_body_still_counts_its_includes()
    {
        // serve keeps rendered bodies: after an edit to another page, page a is not parsed again, yet its regions are used.
        Page("[snippet](../snippets/17-api-gateway/TokenBucket.cs#Take)\n\n[snippet](../snippets/17-api-gateway/TokenBucket.cs#Inner)");
        _site.Write("topics/b.md", TestSite.Page("B", "About B.", 2) + "\nFirst text.\n");
        var options = _site.Options() with { Memo = new Memo() };
        Assert.DoesNotContain(SiteBuilder.Build(options).Diagnostics, d => d.Message.Contains("is not included by any page"));

        _site.Write("topics/b.md", TestSite.Page("B", "About B.", 2) + "\nEdited text.\n");
        var rebuilt = SiteBuilder.Build(options);
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.DoesNotContain(rebuilt.Diagnostics, d => d.Message.Contains("is not included by any page"));
        Assert.Contains("Edited text.", _site.ReadOutput("topics/b.html"));
    }

    [Fact]
    public void Source_parsing_keeps_line_numbers_of_the_region()
    {
        var source = SnippetSource.Parse("x.cs", Code);
        Assert.Empty(source.Errors);
        Assert.Equal((6, 13), (source.Regions["Take"].StartLine, source.Regions["Take"].EndLine));
        Assert.Equal([9], source.Regions["Inner"].SourceLines);
    }

    public void Dispose() => _site.Dispose();
}
