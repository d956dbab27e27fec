using UnderLoad.Generator.Site;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Adds: output/under-load.html — the home page and every topic in reading order in one file that needs nothing
/// else (opened from any folder, with the network off): theme/layouts/book.liquid around the pages' content
/// (<see cref="BookPage"/>), site.css, diagrams.css and book.css inlined in one &lt;style&gt;, diagrams as the
/// inline SVG the pages already carry, a table of contents, links between topics as in-file anchors, the light
/// and dark themes without script. Printed, book.css makes it a book (the <c>pdf</c> verb).
/// </summary>
public sealed class BuildOfflineBook : IModule
{
    public const string Layout = "book";
    /// <summary>The kind of result in the <see cref="BuildCache"/>: a page rewritten as a section of the book.</summary>
    public const string CacheKind = "book-page";
    /// <summary>The page layout's parser: a FluidParser costs ~100 ms to construct, once is enough.</summary>
    private static FluidParser Parser => Modules.ApplyLayout.Parser;
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Phase => "offline";

    public IReadOnlyList<Product> Needs => [Products.Navigation, Products.ValidatedLinks];

    public IReadOnlyList<Product> Produces => [Products.OfflineBook];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Options.KeepPreviousOfflineFiles)
        {
            context.ExtraFiles[OfflineFiles.Book] = BuildContext.KeepPrevious;
            return documents.Select(MarkDownloadLinks).ToList();
        }

        var layoutPath = Path.Combine(context.Options.ThemeDir, "layouts", Layout + ".liquid");
        var where = $"theme/layouts/{Layout}.liquid";
        if (!File.Exists(layoutPath))
        {
            context.ExtraFiles.TryRemove(OfflineFiles.Book, out _);
            context.Diagnostics.Warning(where, 0, $"the layout is missing, so output/{OfflineFiles.Book} was not written",
                "theme/layouts/book.liquid lays out the single-file handbook.");
            return documents;
        }

        if (!Parser.TryParse(File.ReadAllText(layoutPath), out var template, out var error))
        {
            context.Diagnostics.Error(where, 0, $"the layout does not parse: {error}", "check the Liquid tags ({% %}) and outputs ({{ }}).");
            return documents;
        }

        var nav = context.Get(Products.Navigation);
        var byPath = documents.ToDictionary(d => d.OutputPath, StringComparer.Ordinal);
        var order = nav.ReadingOrder.Where(item => byPath.ContainsKey(item.OutputPath)).ToList();
        var sections = order.ToDictionary(i => i.OutputPath, BookPage.SectionId, StringComparer.Ordinal);
        byte[]? SiteFile(string path) => context.ExtraFiles.TryGetValue(path, out var bytes) ? bytes : null;

        var sectionList = string.Join('\n', sections.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + " " + kv.Value));
        var bodies = new string[order.Count];
        Parallel.For(0, order.Count, i =>
        {
            var item = order[i];
            var page = byPath[item.OutputPath].Content;
            string Rewrite() => BookPage.Rewrite(page, item.OutputPath, sections[item.OutputPath], sections, SiteFile, context.BaseUrl);
            // Kept between builds when the page inlines no file (an image's bytes are not in the key).
            bodies[i] = context.Cache is { } cache && !page.Contains("<img", StringComparison.OrdinalIgnoreCase)
                ? cache.GetOrAdd(CacheKind, BuildCache.Key(page, item.OutputPath, sectionList, context.BaseUrl), Rewrite)
                : Rewrite();
        });

        var model = new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?>
            {
                ["title"] = context.Site.Title, ["description"] = context.Site.Description, ["language"] = context.Site.Language,
                ["base_url"] = context.BaseUrl, ["repository"] = context.Site.Repository,
            },
            ["css"] = Stylesheet(context),
            ["built"] = BuiltOn(documents, context).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["home"] = order.FirstOrDefault(i => i.Topic is null && i.OutputPath == "index.html") is { } home
                ? new Dictionary<string, object?> { ["title"] = home.Title, ["id"] = sections[home.OutputPath] } : null,
            ["parts"] = nav.Parts.Select((part, index) => new Dictionary<string, object?>
            {
                ["title"] = part.Title,
                ["number"] = ToRoman(nav.Parts.Take(index + 1).Count(p => p.Title.Length > 0)),
                ["items"] = part.Items.Where(i => sections.ContainsKey(i.OutputPath)).Select(i => new Dictionary<string, object?>
                {
                    ["title"] = i.Title, ["topic"] = i.Topic, ["id"] = sections[i.OutputPath],
                }).ToList(),
            }).ToList(),
            ["pages"] = order.Select((item, i) => new Dictionary<string, object?>
            {
                ["id"] = sections[item.OutputPath], ["title"] = item.Title, ["topic"] = item.Topic, ["content"] = bodies[i],
                ["is_home"] = item.OutputPath == "index.html",
            }).ToList(),
        };

        var templateContext = new TemplateContext(new TemplateOptions());
        foreach (var (key, value) in model) templateContext.SetValue(key, value);
        var book = template.Render(templateContext, HtmlEncoder.Default);
        context.ExtraFiles[OfflineFiles.Book] = Utf8.GetBytes(book);
        // Served on the site, the book's one <style> element is allowed by its hash (SecurityHeaders.Policy).
        foreach (System.Text.RegularExpressions.Match style in System.Text.RegularExpressions.Regex.Matches(book, "<style>(.*?)</style>", System.Text.RegularExpressions.RegexOptions.Singleline))
            context.InlineStyleHashes.TryAdd(SecurityHeaders.Hash(style.Groups[1].Value), 0);
        return documents.Select(MarkDownloadLinks).ToList();
    }

    /// <summary>
    /// A link to the book saves it (<c>download</c>): it is made to be read from disk (opened on the site, it is styled
    /// too: the CSP allows its &lt;style&gt; by hash).
    /// </summary>
    private static Document MarkDownloadLinks(Document page)
    {
        var link = $"<a href=\"{page.RootPrefix}{OfflineFiles.Book}\"";
        return page.Content.Contains(link, StringComparison.Ordinal)
            ? page with { Content = page.Content.Replace(link, link + " download", StringComparison.Ordinal) }
            : page;
    }

    /// <summary>site.css, then the diagrams' styles, then book.css (screen and print rules of the single file).</summary>
    private static string Stylesheet(BuildContext context)
    {
        var css = new StringBuilder();
        foreach (var logical in new[] { "site.css", "diagrams.css", "book.css" })
        {
            if (!context.Assets.TryGetValue(logical, out var path) || !context.ExtraFiles.TryGetValue(path, out var bytes)) continue;
            css.Append("/* ").Append(logical).Append(" */\n").Append(Utf8.GetString(bytes).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase)).Append('\n');
        }

        return css.ToString();
    }

    /// <summary>
    /// The date the book and the archive carry, chosen so that the same sources build to the same bytes: the newest
    /// page's last commit; outside git, <c>SOURCE_DATE_EPOCH</c> when set (the reproducible-builds convention), else the
    /// newest source file's modification time. The clock is never read.
    /// </summary>
    internal static DateTimeOffset BuiltOn(IReadOnlyList<Document> documents, BuildContext context)
    {
        var dates = documents.Select(d => d.LastUpdated)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        if (dates.Count > 0) return dates.Max();
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var input = Path.GetFullPath(context.Options.InputDir) + Path.DirectorySeparatorChar;
        var newest = documents.Select(d => d.SourcePath).Where(p => p.StartsWith(input, StringComparison.Ordinal) && File.Exists(p))
            .Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc));
    }

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => n.ToString(CultureInfo.InvariantCulture) };
}
