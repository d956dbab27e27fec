using System.Net;
using Microsoft.Playwright;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Social;

/// <summary>
/// Adds: a social card per page (a 1200×630 PNG for <c>og:image</c>: the page's title, its part and the site's name
/// in the site's colours), so a link shared in chat or on a social site previews as the page. Cards are drawn by the
/// same headless Chromium as the diagrams and kept, like them, in a committed cache (input/social-cache/, by a hash
/// of the card's HTML): a build without Chromium (Netlify, CI) uses the cache, and a --strict build never draws.
/// Social sites take PNG or JPEG, not SVG, which is why the card is drawn rather than written as markup. On when
/// site.yml says <c>social_cards: true</c>.
/// </summary>
public sealed class RenderSocialCards : IModule
{
    public const string CacheFolder = "social-cache";
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Changes when the card's look changes, so every card is drawn again.</summary>
    private const string Version = "card-1";

    public string Phase => "social cards";

    public IReadOnlyList<Product> Needs => [Products.FrontMatter, Products.Navigation];

    public IReadOnlyList<Product> Produces => [Products.SocialCards];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (!context.Site.SocialCards) return documents;
        var nav = context.Get(Products.Navigation);
        var cacheDir = Path.Combine(context.Options.InputDir, CacheFolder);
        var cards = new Dictionary<string, (string Html, List<int> Pages)>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            if (doc.FrontMatter is null) continue;
            var part = nav?.Parts.FirstOrDefault(p => p.Items.Any(item => item.OutputPath == doc.OutputPath))?.Title;
            var html = Card(doc.FrontMatter.Title, doc.FrontMatter.Topic, part, context.Site.Title);
            var key = Diagrams.DiagramCache.Hash(Version + "\n" + html, 16);
            if (!cards.TryGetValue(key, out var entry)) cards[key] = entry = (html, []);
            entry.Pages.Add(i);
        }

        var missing = cards.Where(c => !File.Exists(Path.Combine(cacheDir, c.Key + ".png"))).ToList();
        if (missing.Count > 0 && context.Options.Strict)
        {
            foreach (var (_, (_, pages)) in missing)
            {
                foreach (var page in pages)
                {
                    context.Diagnostics.Error(documents[page].DisplayPath, 1, "the page's social card is not in input/social-cache/: a --strict build draws none",
                        "run `dotnet run --project generator -- build` (without --strict) on a machine with Chromium, then commit the new files it names in input/social-cache/.");
                }
            }
        }
        else if (missing.Count > 0)
        {
            if (!Diagrams.Browser.IsAvailable)
            {
                context.Diagnostics.Warning(context.Options.Display(CacheFolder + "/"), 0, $"{missing.Count} social card(s) are not cached and Chromium is not here to draw them: those pages have no og:image",
                    "build once on a machine with Chromium (apt-get install chromium) and commit the new files in input/social-cache/.");
            }
            else
            {
                Directory.CreateDirectory(cacheDir);
                Task.Run(() => DrawAsync(missing.Select(m => (m.Key, m.Value.Html)).ToList(), cacheDir)).GetAwaiter().GetResult();
                Console.Out.Write($"New social cards in {context.Options.Display(CacheFolder)}/: commit these {missing.Count} file(s) with your change:\n" +
                                  string.Concat(missing.Select(m => $"  {context.Options.Display(CacheFolder)}/{m.Key}.png  ({documents[m.Value.Pages[0]].DisplayPath})\n")));
            }
        }

        var result = documents.ToArray();
        foreach (var (key, (_, pages)) in cards)
        {
            var file = Path.Combine(cacheDir, key + ".png");
            if (!File.Exists(file)) continue;
            var output = $"assets/social/{key}.png";
            context.ExtraFiles[output] = File.ReadAllBytes(file);
            foreach (var page in pages) result[page] = result[page] with { SocialImage = output };
        }

        return result;
    }

    /// <summary>The card as a page of its own: system fonts, the site's palette, the title as large as fits.</summary>
    internal static string Card(string title, int? topic, string? part, string site)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var eyebrow = topic is null ? (part ?? "") : $"Topic {topic}" + (part is null ? "" : $" · {part}");
        var size = title.Length switch { <= 30 => 84, <= 55 => 70, <= 80 => 58, _ => 48 };
        return $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            html,body{margin:0;width:{{Width}}px;height:{{Height}}px}
            body{box-sizing:border-box;padding:72px 80px;display:flex;flex-direction:column;justify-content:space-between;
              background:#0f1216;color:#e8eaed;font-family:system-ui,"Liberation Sans",Arial,sans-serif;border-left:24px solid #e8590c}
            .eyebrow{font-size:30px;color:#f59f00;letter-spacing:.02em}
            h1{font-size:{{size}}px;line-height:1.12;margin:0;font-weight:700}
            .site{display:flex;align-items:center;gap:18px;font-size:32px;color:#adb5bd}
            .mark{background:#e8590c;color:#fff;font-weight:800;font-size:28px;padding:8px 12px;border-radius:8px}
            </style></head><body>
            <div class="eyebrow">{{E(eyebrow)}}</div>
            <h1>{{E(title)}}</h1>
            <div class="site"><span class="mark">UL</span>{{E(site)}}</div>
            </body></html>
            """;
    }

    private static async Task DrawAsync(IReadOnlyList<(string Key, string Html)> cards, string cacheDir)
    {
        await using var browser = await Diagrams.Browser.LaunchChromiumAsync().ConfigureAwait(false);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = Width, Height = Height } }).ConfigureAwait(false);
        foreach (var (key, html) in cards)
        {
            await page.SetContentAsync(html).ConfigureAwait(false);
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png }).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(cacheDir, key + ".png"), png).ConfigureAwait(false);
        }
    }
}
