using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Search;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Search;

public class SectionExtractorTests
{
    /// <summary>Sections of a page written in markdown, read off its syntax tree as a build reads them.</summary>
    private static IReadOnlyList<SearchSection> Sections(string markdown, string title, string summary) =>
        SectionExtractor.Extract(Markdig.Markdown.Parse(markdown, UnderLoad.Generator.Modules.RenderMarkdown.BuildPipeline(includes: true)), title, summary);

    [Fact]
    public void Sections_split_at_h2_and_h3_with_their_anchor_and_prose()
    {
        var sections = Sections("""
            Intro words.

            ## Retry storms

            Each layer *retries* three times.

            ### A budget

            Caps the multiplication.

            #### Deeper

            Still the budget.
            """, "Failures", "What breaks.");

        Assert.Equal(["", "retry-storms", "a-budget"], sections.Select(s => s.Anchor));
        Assert.Equal(["Failures", "Retry storms", "A budget"], sections.Select(s => s.Heading));
        Assert.Equal("What breaks. Intro words.", sections[0].Lead);
        Assert.Equal("Each layer retries three times.", sections[1].Lead);
        Assert.Contains("Deeper", sections[2].Lead);
    }

    [Fact]
    public void Code_gives_its_identifiers_and_an_undrawn_diagram_gives_nothing()
    {
        var sections = Sections("""
            ## Limits

            Bound the calls; `maxConnections` and a [link](https://example.com) are prose.

            ```csharp
            private readonly SemaphoreSlim _slots = new(4, 4); // bound
            ```

            ```mermaid
            sequenceDiagram MermaidOnly
            ```

            <details>
            <summary>Why `RawHtmlSummary` counts</summary>
            """, "T", "");

        var limits = sections.Single(s => s.Anchor == "limits");
        Assert.Contains("SemaphoreSlim", limits.Code);
        Assert.Contains("_slots", limits.Code);
        Assert.DoesNotContain("readonly", limits.Code);
        Assert.DoesNotContain("MermaidOnly", limits.Code.Concat(limits.MoreWords));
        Assert.Contains("maxConnections", limits.Lead);
        Assert.Contains("Why RawHtmlSummary counts", limits.Lead);
    }

    [Fact]
    public void The_references_weigh_less_than_prose()
    {
        var sections = Sections("## A\n\nProse.\n\n## References\n\n- RFC 9110\n", "T", "");
        Assert.Equal(1, sections.Single(s => s.Anchor == "a").Weight);
        Assert.Equal(SectionExtractor.ReferencesWeight, sections.Single(s => s.Anchor == "references").Weight);
    }

    [Fact]
    public void A_long_section_keeps_its_first_sentences_as_text_and_every_other_word_once()
    {
        var sentence = "Partitions split the load evenly across brokers. ";
        var body = $"## P\n\n{string.Concat(Enumerable.Repeat(sentence, 30))}Rebalancing moves partitions.\n";
        var section = Sections(body, "T", "").Single(s => s.Anchor == "p");
        Assert.True(section.Lead.Length <= SectionExtractor.LeadLength);
        Assert.EndsWith(".", section.Lead);
        Assert.Contains("rebalancing", section.MoreWords);
        Assert.DoesNotContain("partitions", section.MoreWords); // already in the lead
        Assert.Equal(section.MoreWords.Count, section.MoreWords.Distinct().Count());
    }
}

public class SearchSynonymsTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Groups_load_and_a_bad_group_is_reported_at_its_line()
    {
        _site.Write(SearchSynonyms.FileName, "- [HOL, head-of-line blocking]\n- [2PC]\n- [LB, load balancer]\n");
        var diagnostics = new Diagnostics();
        var groups = SearchSynonyms.Load(_site.Input, diagnostics);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["HOL", "head-of-line blocking"], groups[0]);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal("input/search-synonyms.yml", error.Path);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void The_real_synonyms_file_loads_without_problems()
    {
        var diagnostics = new Diagnostics();
        var groups = SearchSynonyms.Load(Path.Combine(TestSite.RepositoryRoot, "input"), diagnostics);
        Assert.Empty(diagnostics.All);
        Assert.Contains(groups, g => g.Contains("HOL") && g.Contains("head-of-line blocking"));
    }

    public void Dispose() => _site.Dispose();
}

public class SearchWithoutEngineTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "ul-theme-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Without_MiniSearch_the_build_warns_and_ships_no_search_script()
    {
        // The theme without node_modules and without a lock file: npm ci cannot run, so there is no engine.
        foreach (var dir in new[] { "assets", "layouts" })
        {
            Directory.CreateDirectory(Path.Combine(_theme, dir));
            foreach (var file in Directory.GetFiles(Path.Combine(TestSite.ThemeDir, dir)))
                File.Copy(file, Path.Combine(_theme, dir, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(TestSite.ThemeDir, "package.json"), Path.Combine(_theme, "package.json"));
        var result = SiteBuilder.Build(_site.Options() with { ThemeDir = _theme });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("without search", StringComparison.Ordinal));
        var html = _site.ReadOutput("index.html");
        Assert.DoesNotContain("assets/search.", html, StringComparison.Ordinal);
        Assert.Contains("data-index=\"\"", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_site.Output, "assets"), "search*"));
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_theme)) Directory.Delete(_theme, recursive: true);
    }
}

/// <summary>The search files of the real site: where they are, what they hold, and the size budgets.</summary>
[Collection(BuiltSiteCollection.Name)]
public partial class SearchOutputTests(BuiltSite site)
{
    /// <summary>
    /// The index may take 2 bytes gzipped per word of the topic pages (it was 150 KB for 78,000 words): it grows with the
    /// handbook, and a change that bloats it per word (storing markup, numbers, stop words) still fails. It is fetched on
    /// the first search, never at page load.
    /// </summary>
    private static long IndexBudget => 2 * Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "input", "topics"), "*.md")
        .Sum(f => (long)File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    private const int ScriptBudget = 15 * 1024;

    [Fact]
    public void Pages_load_the_client_deferred_and_name_the_index_without_loading_it()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "topics", "01-http.html"));
        Assert.Matches(SearchScript(), html);
        var index = IndexAttribute().Match(html);
        Assert.True(index.Success, "the search field names the fingerprinted index");
        Assert.True(File.Exists(Path.Combine(site.Output, "topics", index.Groups[1].Value)), "the index URL resolves from the page");
        Assert.DoesNotContain("<script src=\"../assets/search-index.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_holds_every_topic_section_and_no_navigation()
    {
        var script = File.ReadAllText(Single("search-index.*.js"));
        Assert.StartsWith("window.UnderLoadSearchIndex=", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script["window.UnderLoadSearchIndex=".Length..].TrimEnd().TrimEnd(';'));
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().Select(p => p[0].GetString()).ToList();
        var topics = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "input", "topics"), "*.md").Length;
        Assert.Equal(topics, pages.Count);
        Assert.DoesNotContain("index.html", pages);
        var text = string.Join(' ', json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s[3].GetString()));
        Assert.DoesNotContain("Edit this page", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to content", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_and_the_search_scripts_stay_within_their_gzip_budgets()
    {
        var index = Gzipped(Single("search-index.*.js"));
        var scripts = Gzipped(Single("minisearch.*.js")) + Gzipped(Single("search.*.js"));
        Assert.True(index <= IndexBudget, $"the search index is {index} bytes gzipped; the budget is {IndexBudget}");
        Assert.True(scripts <= ScriptBudget, $"MiniSearch + search.js are {scripts} bytes gzipped; the budget is {ScriptBudget}");
    }

    private string Single(string pattern) => Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), pattern));

    private static long Gzipped(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(File.ReadAllBytes(path));
        return buffer.Length;
    }

    [GeneratedRegex("""<script src="\.\./assets/search\.[0-9a-f]{10}\.js" defer(="")?>""")]
    private static partial Regex SearchScript();

    [GeneratedRegex(@"data-index=""(\.\./assets/search-index\.[0-9a-f]{10}\.js)""")]
    private static partial Regex IndexAttribute();
}
