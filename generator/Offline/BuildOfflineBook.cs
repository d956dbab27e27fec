using UnderLoad.Generator.Site;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Rendering;

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
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Phase => "offline";

    public IReadOnlyList<Product> Needs => [Products.Navigation, Products.ValidatedLinks, Products.Layouts];

    public IReadOnlyList<Product> Produces => [Products.OfflineBook];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Options.KeepPreviousOfflineFiles)
        {
            context.ExtraFiles[OfflineFiles.Book] = BuildContext.KeepPrevious;
            return documents;
        }

        // The layouts were parsed at the start of the build (ParseLayouts), as the page layout was.
        var layouts = context.Get(Products.Layouts).Task.Result;
        var where = $"theme/layouts/{Layout}.liquid";
        if (!layouts.TryGetValue(Layout, out var bookLayout))
        {
            context.ExtraFiles.TryRemove(OfflineFiles.Book, out _);
            context.Diagnostics.Warning(where, 0, $"the layout is missing, so output/{OfflineFiles.Book} was not written",
                "theme/layouts/book.liquid lays out the single-file handbook.");
            return documents;
        }

        if (bookLayout.Template is not { } template)
        {
            context.Diagnostics.Error(where, 0, $"the layout does not parse: {bookLayout.Error}", "check the Liquid tags ({% %}) and outputs ({{ }}).");
            return documents;
        }

        var nav = context.Get(Products.Navigation);
        var byPath = documents.ToDictionary(d => d.OutputPath, StringComparer.Ordinal);
        var order = nav.ReadingOrder.Where(item => byPath.ContainsKey(item.OutputPath)).ToList();
        var sections = BookScopes.Sections(documents, context);
        // Where each page goes in the book: the same scopes RenderMarkdown wrote the pages' book sections with.
        var scopeOf = BookScopes.For(documents, context);
        if (BookSectionLayout.Load(layouts, context) is not { } sectionLayout) return documents;
        var navigation = new LayoutNavigation(nav);
        var pages = order.Select(item =>
        {
            var scope = scopeOf(byPath[item.OutputPath])!;
            var section = new TemplateContext(new TemplateOptions());
            section.SetValue("site", new Dictionary<string, object?> { ["title"] = context.Site.Title, ["base_url"] = context.BaseUrl });
            section.SetValue("page", Section(byPath[item.OutputPath], scope, context, navigation));
            return new Dictionary<string, object?>
            {
                ["id"] = scope.SectionId, ["title"] = item.Title, ["topic"] = item.Topic, ["is_home"] = item.OutputPath == "index.html",
                ["content"] = sectionLayout.Render(section, HtmlEncoder.Default),
            };
        }).ToList();

        var model = new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?>
            {
                ["title"] = context.Site.Title, ["description"] = context.Site.Description, ["language"] = context.Site.Language,
                ["base_url"] = context.BaseUrl, ["repository"] = ApplyLayout.NullIfEmpty(context.Site.Repository),
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
            ["pages"] = pages,
        };

        var templateContext = new TemplateContext(new TemplateOptions());
        foreach (var (key, value) in model) templateContext.SetValue(key, value);
        var book = template.Render(templateContext, HtmlEncoder.Default);
        context.ExtraFiles[OfflineFiles.Book] = Utf8.GetBytes(book);
        // Served on the site, the book's one <style> element is allowed by its hash (SecurityHeaders.Policy).
        // Found with IndexOf, not with a regex parsed (and cached) for one search a build.
        for (var start = book.IndexOf("<style>", StringComparison.Ordinal); start >= 0; start = book.IndexOf("<style>", start, StringComparison.Ordinal))
        {
            start += "<style>".Length;
            var end = book.IndexOf("</style>", start, StringComparison.Ordinal);
            if (end < 0) break;
            context.InlineStyleHashes.TryAdd(SecurityHeaders.Hash(book[start..end]), 0);
            start = end + "</style>".Length;
        }
        return documents;
    }

    /// <summary>
    /// What the section layout (theme/layouts/book-section.liquid) gets of one page: what RenderMarkdown wrote of it for
    /// the book (<see cref="BookSection"/>) and the page header and related topics the page layout shows around it, with
    /// the book's links and ids. Text is escaped as in the page body (<see cref="HtmlText"/>) and written raw by the layout.
    /// </summary>
    private static Dictionary<string, object?> Section(Document document, BookScope scope, BuildContext context, LayoutNavigation navigation)
    {
        var page = (Dictionary<string, object?>)ApplyLayout.Model(document, context, navigation)["page"]!;
        string Text(object? value) => HtmlText.Text(value?.ToString() ?? "");
        var root = document.AbsoluteRoot ?? document.RootPrefix;
        return new Dictionary<string, object?>
        {
            ["id"] = scope.SectionId,
            ["topic"] = page["topic"],
            ["is_home"] = page["is_home"],
            ["title_html"] = Text(page["title"]),
            ["summary_html"] = Text(page["summary"]),
            ["part_html"] = page["part"] is null ? null : Text(page["part"]),
            ["site_title_html"] = Text(context.Site.Title),
            ["home_href"] = HtmlText.Attribute(scope.Link(root + "index.html", document.OutputPath, inline: false)),
            ["toc"] = document.BookSection?.Toc,
            ["body"] = document.BookSection?.Body ?? "",
            ["related"] = ((IEnumerable<object?>)page["related"]!).Cast<Dictionary<string, object?>>().Select(r => new Dictionary<string, object?>
            {
                ["href"] = HtmlText.Attribute(scope.Link((string)r["url"]!, document.OutputPath, inline: false)),
                ["label_html"] = Text($"{r["topic"]}. {r["title"]}"),
            }).ToList(),
        };
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
        // Loops, not LINQ: LINQ over dates (value types) is generic code ReadyToRun cannot precompile, ~50 methods
        // JIT-compiled on the main thread at the end of every build.
        DateTimeOffset? newestUpdate = null;
        foreach (var document in documents)
        {
            if (document.LastUpdated is { } updated && (newestUpdate is null || updated > newestUpdate)) newestUpdate = updated;
        }

        if (newestUpdate is { } built) return built;
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var input = Path.GetFullPath(context.Options.InputDir) + Path.DirectorySeparatorChar;
        // A file that is gone reads as 1601: no File.Exists first, one system call a page instead of two, twice a build.
        var newest = DateTime.UnixEpoch;
        foreach (var document in documents)
        {
            if (!document.SourcePath.StartsWith(input, StringComparison.Ordinal)) continue;
            var written = File.GetLastWriteTimeUtc(document.SourcePath);
            if (written > newest) newest = written;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc));
    }

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => n.ToString(CultureInfo.InvariantCulture) };
}
