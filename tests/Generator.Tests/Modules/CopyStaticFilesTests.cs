using AngleSharp.Html.Parser;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Modules;

/// <summary>Images in input/images/: copied fingerprinted, linked relative from markdown, checked, described, inlined in the book.</summary>
public class CopyStaticFilesTests : IDisposable
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly TestSite _site = new();

    public CopyStaticFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_site.Input, "images"));
        File.WriteAllBytes(Path.Combine(_site.Input, "images", "queue.png"), Png);
    }

    private void Page(string body) => _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n\n" + body + "\n");

    [Fact]
    public void An_image_is_published_under_a_fingerprinted_name_and_linked_relative_to_the_page()
    {
        Page("![Queue depth rising](../images/queue.png)");
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var img = new HtmlParser().ParseDocument(_site.ReadOutput("topics/a.html")).QuerySelector("article img")!;
        Assert.Equal("Queue depth rising", img.GetAttribute("alt"));
        var src = img.GetAttribute("src")!;
        Assert.Matches(@"^\.\./assets/images/queue\.[0-9a-f]{10}\.png$", src);
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(_site.Output, "topics", src)));
    }

    [Fact]
    public void The_offline_book_holds_the_image_itself()
    {
        Page("![Queue depth rising](../images/queue.png)");
        Assert.True(_site.Build().Succeeded);
        var book = new HtmlParser().ParseDocument(_site.ReadOutput(UnderLoad.Generator.Offline.OfflineFiles.Book));
        var img = book.QuerySelectorAll("img").Single(i => i.GetAttribute("alt") == "Queue depth rising");
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(Png), img.GetAttribute("src"));
    }

    [Fact]
    public void A_missing_image_is_a_broken_link_that_says_where_images_go()
    {
        Page("![Queue depth rising](../images/queues.png)");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/topics/a.md", 9), (error.Path, error.Line));
        Assert.Contains("broken link '../images/queues.png'", error.Message);
        Assert.Contains("input/images/", error.Hint);
    }

    [Fact]
    public void An_image_without_alt_text_fails_at_its_line()
    {
        Page("![](../images/queue.png)");
        var result = _site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/topics/a.md", 9), (error.Path, error.Line));
        Assert.Contains("has no alt text", error.Message);
        Assert.False(result.Succeeded);
    }

    public void Dispose() => _site.Dispose();
}
