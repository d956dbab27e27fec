using AngleSharp.Html.Parser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Modules;

/// <summary>What the navigation, previous/next and the last-updated dates tell a reader, and the errors behind them.</summary>
public sealed class NavigationTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_related_page_that_does_not_exist_fails_at_its_line_with_the_nearest_slug()
    {
        _site.Write("topics/01-http.md", TestSite.Page("HTTP", "S.", topic: 1) + "\nText.\n");
        _site.Write("topics/02-cache.md", TestSite.Page("Cache", "S.", topic: 2, extra: "related: [01-htp]\n") + "\nText.\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("related page", StringComparison.Ordinal));
        Assert.Equal(("input/topics/02-cache.md", 5), (error.Path, error.Line)); // ---, title, summary, topic, related
        Assert.Contains("'01-htp' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean '01-http'?", error.Hint);
    }

    [Fact]
    public void A_topic_in_no_part_is_listed_under_More_with_a_warning_and_previous_next_follow_the_sidebar()
    {
        _site.Write("topics/01-a.md", TestSite.Page("Alpha", "S.", topic: 1) + "\nText.\n");
        _site.Write("topics/02-b.md", TestSite.Page("Beta", "S.", topic: 2) + "\nText.\n");
        _site.Write("topics/07-c.md", TestSite.Page("Gamma", "S.", topic: 7) + "\nText.\n"); // site.yml's part holds 1 and 2

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("in no part", StringComparison.Ordinal));
        Assert.Equal(("input/topics/07-c.md", 4), (warning.Path, warning.Line));
        var page = new HtmlParser().ParseDocument(_site.ReadOutput("topics/02-b.html"));
        var parts = page.QuerySelectorAll("#site-nav .nav-part h2").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains(parts, p => p.EndsWith("More", StringComparison.Ordinal));
        Assert.Equal("07-c.html", Path.GetFileName(page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")));
        Assert.Equal("01-a.html", Path.GetFileName(page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")));
    }

    [Fact]
    public void Pages_show_the_date_of_their_last_commit_and_the_sitemap_carries_it()
    {
        _site.Write("topics/01-a.md", TestSite.Page("Alpha", "S.", topic: 1) + "\nText.\n");
        Tool.Run(_site.Root, "git", ["init", "-q"]);
        Tool.CommitAll(_site.Root, "2026-01-02T10:00:00Z");
        _site.Write("topics/02-b.md", TestSite.Page("Beta", "S.", topic: 2) + "\nText.\n");
        Tool.CommitAll(_site.Root, "2026-03-04T10:00:00Z");
        _site.Write("topics/01-a.md", TestSite.Page("Alpha", "S.", topic: 1) + "\nText, edited.\n");
        Tool.CommitAll(_site.Root, "2026-05-06T10:00:00Z");
        _site.Write("topics/03-c.md", TestSite.Page("Gamma", "S.", topic: 3) + "\nNot committed yet.\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string? Updated(string page) => new HtmlParser().ParseDocument(_site.ReadOutput(page)).QuerySelector(".updated time")?.GetAttribute("datetime");
        Assert.Equal("2026-05-06", Updated("topics/01-a.html")); // the newest commit that touched it
        Assert.Equal("2026-03-04", Updated("topics/02-b.html"));
        Assert.Null(Updated("topics/03-c.html")); // never committed: no date rather than a wrong one
        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("topics/01-a</loc><lastmod>2026-05-06</lastmod>", sitemap);
        Assert.Contains("topics/03-c</loc></url>", sitemap);
    }
}
