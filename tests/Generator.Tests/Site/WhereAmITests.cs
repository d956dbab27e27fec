using AngleSharp.Html.Parser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>A reader knows where they are: the breadcrumb names the page's part, and previous/next follow the sidebar.</summary>
[Collection(BuiltSiteCollection.Name)]
public class WhereAmITests(BuiltSite site)
{
    [Fact]
    public void Breadcrumb_names_the_part_and_previous_next_follow_the_sidebar_order()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        // The sidebar's order: every topic link with the part it is listed under.
        var sidebar = home.QuerySelectorAll(".site-nav .nav-part").SelectMany(part => part.QuerySelectorAll("a[href]")
            .Select(a => (Href: Path.GetFileName(a.GetAttribute("href")!), Part: part.QuerySelector("h2, h3, .nav-part-title, summary")?.TextContent ?? ""))).ToList();
        Assert.True(sidebar.Count >= 25, $"{sidebar.Count} topics in the sidebar");

        for (var i = 0; i < sidebar.Count; i++)
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "topics", sidebar[i].Href)));
            var crumb = page.QuerySelector(".breadcrumb")!.TextContent;
            var partTitle = sidebar[i].Part.Trim();
            Assert.Contains(partTitle[(partTitle.IndexOf(' ') + 1)..].Trim(), crumb); // "I. The request path" → "The request path"

            var prev = page.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href");
            var next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            if (i > 0) Assert.Equal(sidebar[i - 1].Href, Path.GetFileName(prev));
            if (i + 1 < sidebar.Count) Assert.Equal(sidebar[i + 1].Href, Path.GetFileName(next));
        }
    }
}
