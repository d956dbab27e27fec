using System.Buffers.Binary;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Social;

/// <summary>A shared link previews as the page: every page names a 1200×630 PNG card of its own, served from the site.</summary>
[Collection(BuiltSiteCollection.Name)]
public class SocialCardTests(BuiltSite site)
{
    [Fact]
    public void Every_page_has_its_own_large_png_card_at_an_absolute_url()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var cards = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in site.Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var head = new HtmlParser().ParseDocument(File.ReadAllText(page)).Head!;
            var image = head.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.False(string.IsNullOrEmpty(image), $"{page} has no og:image");
            Assert.StartsWith("https://under-load.netlify.app/assets/social/", image);
            Assert.Equal("summary_large_image", head.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));

            var png = File.ReadAllBytes(Path.Combine(site.Output, image!["https://under-load.netlify.app/".Length..]));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // IHDR: width and height, big-endian, at bytes 16 and 20.
            Assert.Equal((1200, 630), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
            cards[image] = page;
        }

        Assert.True(cards.Count >= 26, $"each page has a card of its own: {cards.Count} distinct cards");
    }

    [Fact]
    public void A_strict_build_draws_no_card_and_names_the_missing_one()
    {
        using var test = new TestSite();
        test.Write("site.yml", "title: Test Site\nbase_url: https://example.test\nsocial_cards: true\nparts:\n  - title: First part\n    topics: [1]\n");
        test.Write("topics/a.md", TestSite.Page("A page with no card yet", "About A.", 1) + "\nText.\n");
        var result = SiteBuilder.Build(test.Options(strict: true));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Path == "input/topics/a.md" && d.Message.Contains("social card is not in input/social-cache/"));
        Assert.False(Directory.Exists(Path.Combine(test.Input, "social-cache")));
    }
}
