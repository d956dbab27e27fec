using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Pipeline;
using Document = UnderLoad.Generator.Pipeline.Document;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds, with one AngleSharp parse of the page body (before the layout wraps it): its search sections (taken
/// before anything below changes the body), a permalink on every heading, the on-page table of contents (h2/h3)
/// for the layout, table alignment as classes, links rewritten to relative paths (markdown links become .html,
/// links to repository files go to the repository), and the lists of ids and links that
/// <see cref="ValidateLinks"/> checks. The layout's own links and ids are added by <see cref="CollectLayoutLinks"/>.
/// </summary>
public sealed partial class PostProcessHtml : PerDocumentModule
{
    private static readonly HtmlParser Parser = new();

    public override string Phase => "post-process";

    public override IReadOnlyList<Product> Needs => [Products.BodyHtml, Products.GeneratedPages, Products.StaticFiles];

    public override IReadOnlyList<Product> Produces => [Products.PageStructure];

    /// <summary>Whether search indexes a page: every page with front matter but the home page and unlisted ones.</summary>
    public static bool Searchable(Document document) =>
        document.FrontMatter is not null && document.OutputPath != "index.html" && !document.NoIndex;

    /// <summary>The kind of result in the <see cref="BuildCache"/>: what this module makes of one page body.</summary>
    public const string CacheKind = "post-process";

    /// <summary>
    /// Bodies from this size (characters) are kept in the build cache. A handbook topic with its diagrams and code is
    /// 30–150 KB and costs milliseconds to parse; a short page is cheap to redo, and keeping 3000 of them would add
    /// ~90 MB to a cold build's peak memory and half a second to its time, to save about as much on a warm one.
    /// </summary>
    internal const int CacheFrom = 32 * 1024;

    protected override Document? Process(Document document, BuildContext context)
    {
        PostProcessResult result;
        if (context.Cache is { } cache && document.Content.Length >= CacheFrom)
        {
            // The body and everything Resolve reads: where the page is, where input/ and the repository are.
            var searchable = Searchable(document);
            var key = BuildCache.Key(document.Content, document.OutputPath, document.RelativePath,
                searchable ? document.FrontMatter!.Title + "\u0002" + document.FrontMatter.Summary : "\u0003",
                Path.GetFullPath(context.Options.InputDir), context.RepositoryRoot, context.Site.Repository, context.Site.Branch,
                string.Join('\u0001', context.StaticFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value)));
            // `serve` keeps the result object too: 27 pages are 4 MB to read back on every save.
            PostProcessResult Cached() => cache.GetOrAdd(CacheKind, key, () => Compute(document, context), PostProcessResult.Write, PostProcessResult.Read);
            result = context.Options.Memo is { } memo ? memo.GetOrAdd(CacheKind, key, Cached) : Cached();
        }
        else
        {
            result = Compute(document, context);
        }

        return document with
        {
            Content = result.Body,
            Structure = new PageStructure(result.Ids.ToHashSet(StringComparer.Ordinal), result.Links.ToList(), result.Toc, result.Sections),
        };
    }

    private static PostProcessResult Compute(Document document, BuildContext context)
    {
        // Highlighted code is a span per token and per line, most of a page's elements, and nothing here changes inside
        // it: each <pre> goes into the parse as its bare text (all search needs of it) and comes back out untouched.
        var kept = new List<string>();
        var light = Preformatted().Replace(document.Content, m =>
        {
            // A <pre> written in raw HTML may hold links or ids: that one is parsed like the rest.
            if (LinkOrId().IsMatch(m.Groups[1].Value)) return m.Value;
            kept.Add(AsSerialized(m.Value));
            return $"<pre data-kept=\"{kept.Count - 1}\">{Tag().Replace(m.Groups[1].Value, "")}</pre>";
        });
        var html = Parser.ParseDocument("<!doctype html><html><body>" + light + "</body></html>");
        var body = html.Body!;
        var sections = Searchable(document) ? Search.SectionExtractor.Extract(body, document.FrontMatter!.Title, document.FrontMatter.Summary) : null;
        var toc = TableOfContents.Build(html, body);
        MoveAlignmentToClasses(html);
        var links = new List<PageLink>();
        foreach (var element in body.QuerySelectorAll("[href], [src]").ToList())
        {
            var attribute = element.HasAttribute("href") ? "href" : "src";
            var value = element.GetAttribute(attribute)!;
            var lineText = element.GetAttribute(RenderMarkdown.SourceLineAttribute);
            element.RemoveAttribute(RenderMarkdown.SourceLineAttribute);
            var fromContent = lineText is not null;
            var line = fromContent ? int.Parse(lineText!, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var link = LinkResolver.Resolve(value, document, context, fromContent, line, out var rewritten);
            if (rewritten != value) element.SetAttribute(attribute, rewritten);
            if (link is not null) links.Add(link);
        }

        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(body.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).Distinct(StringComparer.Ordinal).ToList();
        var inner = body.InnerHtml;
        if (kept.Count > 0) inner = KeptPreformatted().Replace(inner, m => kept[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return new PostProcessResult(inner, sections, toc, ids, links);
    }

    /// <summary>
    /// Markdig writes a pipe table's column alignment as <c>style="text-align: …"</c>; the CSP allows no inline
    /// style, so the alignment becomes a class the stylesheet knows.
    /// </summary>
    private static void MoveAlignmentToClasses(IHtmlDocument html)
    {
        foreach (var cell in html.QuerySelectorAll("th[style], td[style]"))
        {
            var match = System.Text.RegularExpressions.Regex.Match(cell.GetAttribute("style")!, @"^\s*text-align:\s*(left|right|center)\s*;?\s*$");
            if (!match.Success) continue;
            cell.RemoveAttribute("style");
            cell.ClassList.Add("align-" + match.Groups[1].Value);
        }
    }

    /// <summary>A &lt;pre&gt; element (its content, escaped code, holds no "&lt;/pre&gt;").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<pre\b[^>]*>(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Preformatted();

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tag();

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]*\s(href|src|id|name)\s*=")]
    private static partial System.Text.RegularExpressions.Regex LinkOrId();

    /// <summary>
    /// Writes the character references of highlighted code (ColorCode escapes quotes, apostrophes and characters from
    /// U+00A0 as references) as AngleSharp's serializer writes text, so a page is the same bytes either way.
    /// </summary>
    internal static string AsSerialized(string html) => Reference().Replace(html, m =>
    {
        if (m.Value == "&quot;") return "\"";
        var code = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return code switch
        {
            39 => "'",
            160 => "&nbsp;",
            > 160 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) => char.ConvertFromUtf32(code),
            _ => m.Value,
        };
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"&quot;|&#(\d+);")]
    private static partial System.Text.RegularExpressions.Regex Reference();

    /// <summary>A placeholder of <see cref="Compute"/> as AngleSharp writes it back.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<pre data-kept=""(\d+)"">.*?</pre>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex KeptPreformatted();
}
