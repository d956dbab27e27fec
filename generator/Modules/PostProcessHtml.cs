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

    /// <summary>Everything this module adds to a page, as kept in the <see cref="BuildCache"/>.</summary>
    internal sealed record Result(string Body, IReadOnlyList<Search.SearchSection>? Sections, string? Toc, IReadOnlyList<string> Ids, IReadOnlyList<PageLink> Links)
    {
        public static void Write(BinaryWriter w, Result r)
        {
            w.Write(r.Body);
            w.Write(r.Sections?.Count ?? -1);
            foreach (var s in r.Sections ?? [])
            {
                w.Write(s.Heading);
                w.Write(s.Anchor);
                w.Write(s.Lead);
                BuildCache.WriteList(w, s.MoreWords);
                BuildCache.WriteList(w, s.Code);
                w.Write(s.Weight);
            }

            BuildCache.WriteNullable(w, r.Toc);
            BuildCache.WriteList(w, r.Ids);
            w.Write(r.Links.Count);
            foreach (var l in r.Links)
            {
                w.Write(l.Href);
                w.Write(l.Line);
                BuildCache.WriteNullable(w, l.TargetOutputPath);
                BuildCache.WriteNullable(w, l.TargetFile);
                BuildCache.WriteNullable(w, l.Fragment);
                w.Write(l.FromContent);
            }
        }

        public static Result Read(BinaryReader r)
        {
            var body = r.ReadString();
            var count = r.ReadInt32();
            List<Search.SearchSection>? sections = count < 0 ? null : new(count);
            for (var i = 0; i < count; i++)
            {
                sections!.Add(new Search.SearchSection(r.ReadString(), r.ReadString(), r.ReadString(), BuildCache.ReadList(r), BuildCache.ReadList(r), r.ReadDouble()));
            }

            var toc = BuildCache.ReadNullable(r);
            var ids = BuildCache.ReadList(r);
            var links = new List<PageLink>(r.ReadInt32());
            for (var i = links.Capacity; i > 0; i--)
            {
                links.Add(new PageLink(r.ReadString(), r.ReadInt32(), BuildCache.ReadNullable(r), BuildCache.ReadNullable(r), BuildCache.ReadNullable(r), r.ReadBoolean()));
            }

            return new Result(body, sections, toc, ids, links);
        }
    }

    /// <summary>
    /// Bodies from this size (characters) are kept in the build cache. A handbook topic with its diagrams and code is
    /// 30–150 KB and costs milliseconds to parse; a short page is cheap to redo, and keeping 3000 of them would add
    /// ~90 MB to a cold build's peak memory and half a second to its time, to save about as much on a warm one.
    /// </summary>
    internal const int CacheFrom = 32 * 1024;

    protected override Document? Process(Document document, BuildContext context)
    {
        Result result;
        if (context.Cache is { } cache && document.Content.Length >= CacheFrom)
        {
            // The body and everything Resolve reads: where the page is, where input/ and the repository are.
            var searchable = Searchable(document);
            var key = BuildCache.Key(document.Content, document.OutputPath, document.RelativePath,
                searchable ? document.FrontMatter!.Title + "\u0002" + document.FrontMatter.Summary : "\u0003",
                Path.GetFullPath(context.Options.InputDir), context.RepositoryRoot, context.Site.Repository, context.Site.Branch,
                string.Join('\u0001', context.StaticFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value)));
            // `serve` keeps the result object too: 27 pages are 4 MB to read back on every save.
            Result Cached() => cache.GetOrAdd(CacheKind, key, () => Compute(document, context), Result.Write, Result.Read);
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

    private static Result Compute(Document document, BuildContext context)
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
        var toc = BuildToc(html, body);
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
            var link = Resolve(value, document, context, fromContent, line, out var rewritten);
            if (rewritten != value) element.SetAttribute(attribute, rewritten);
            if (link is not null) links.Add(link);
        }

        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(body.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).Distinct(StringComparer.Ordinal).ToList();
        var inner = body.InnerHtml;
        if (kept.Count > 0) inner = KeptPreformatted().Replace(inner, m => kept[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return new Result(inner, sections, toc, ids, links);
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

    /// <summary>Permalinks on h2/h3/h4; returns the "On this page" list, or null when it would hold fewer than two entries.</summary>
    private static string? BuildToc(IHtmlDocument html, IElement body)
    {
        var list = html.CreateElement("ol");
        IElement? currentSub = null;
        var count = 0;
        foreach (var heading in body.QuerySelectorAll("h2, h3, h4"))
        {
            if (string.IsNullOrEmpty(heading.Id)) continue;
            var text = heading.TextContent.Trim();
            var anchor = html.CreateElement("a");
            anchor.ClassName = "anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", $"Link to “{text}”");
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
            if (heading.LocalName == "h4") continue;

            var item = html.CreateElement("li");
            var link = html.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = text;
            item.AppendChild(link);
            if (heading.LocalName == "h2")
            {
                list.AppendChild(item);
                currentSub = null;
            }
            else
            {
                if (currentSub is null)
                {
                    currentSub = html.CreateElement("ol");
                    (list.LastElementChild ?? list).AppendChild(currentSub);
                }

                currentSub.AppendChild(item);
            }

            count++;
        }

        return count < 2 ? null : list.OuterHtml;
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

    /// <summary>Rewrites one URL for the output and says what it points at.</summary>
    internal static PageLink? Resolve(string value, Document page, BuildContext context, bool fromContent, int line, out string rewritten)
    {
        rewritten = value;
        if (value.Length == 0) return new PageLink(value, line, page.OutputPath, null, null, fromContent);
        if (IsExternal(value)) return null;

        var hashIndex = value.IndexOf('#');
        var path = hashIndex >= 0 ? value[..hashIndex] : value;
        var fragment = hashIndex >= 0 ? Uri.UnescapeDataString(value[(hashIndex + 1)..]) : null;
        var query = "";
        var q = path.IndexOf('?');
        if (q >= 0) (path, query) = (path[..q], path[q..]);
        path = Uri.UnescapeDataString(path);

        if (path.Length == 0)
        {
            return new PageLink(value, line, page.OutputPath, null, fragment, fromContent);
        }

        if (!fromContent)
        {
            // Layout links are already output-relative, or rooted at the base URL's path for the 404 page
            // ("/repo/assets/site.css" on a project site served under /repo/).
            var target = !path.StartsWith('/') ? Normalise(Dir(page.OutputPath), path)
                : path.StartsWith(context.BasePath, StringComparison.Ordinal) ? path[context.BasePath.Length..]
                : path.TrimStart('/');
            return new PageLink(value, line, target, null, fragment, fromContent);
        }

        // A link written in markdown: resolve it against the source file in input/.
        var sourceDir = Dir(page.RelativePath);
        var inputRelative = path.StartsWith('/') ? path.TrimStart('/') : Normalise(sourceDir, path);
        var ext = Path.GetExtension(inputRelative);
        if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            var targetOutput = Path.ChangeExtension(inputRelative, ".html");
            rewritten = Relative(page.OutputPath, targetOutput) + query + (fragment is null ? "" : "#" + Uri.EscapeDataString(fragment));
            return new PageLink(value, line, targetOutput, null, fragment, fromContent);
        }

        if (inputRelative.StartsWith("../", StringComparison.Ordinal) || inputRelative.StartsWith("snippets/", StringComparison.Ordinal) || inputRelative.StartsWith("diagrams", StringComparison.Ordinal))
        {
            // A file of the repository that is not a page (a snippet, a test): link to it in the repository.
            var full = Path.GetFullPath(Path.Combine(context.Options.InputDir, inputRelative));
            var repoPath = Path.GetRelativePath(context.RepositoryRoot, full).Replace('\\', '/');
            if (context.SourceUrl(repoPath) is { } url)
            {
                rewritten = url + (fragment is null ? "" : "#" + fragment);
            }

            return new PageLink(value, line, null, full, null, fromContent);
        }

        // A static file of input/images/: its fingerprinted copy.
        if (context.StaticFiles.TryGetValue(inputRelative, out var copied))
        {
            rewritten = Relative(page.OutputPath, copied) + query + (fragment is null ? "" : "#" + fragment);
            return new PageLink(value, line, copied, null, fragment, fromContent);
        }

        // Anything else is a file of the site itself (an image or asset beside the page).
        rewritten = Relative(page.OutputPath, inputRelative) + query + (fragment is null ? "" : "#" + fragment);
        return new PageLink(value, line, inputRelative, null, fragment, fromContent);
    }

    internal static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) ||
        System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static string Dir(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "" : path[..(i + 1)];
    }

    /// <summary>Joins and collapses ./ and ../ segments; a result escaping the root keeps its leading ../.</summary>
    internal static string Normalise(string baseDir, string relative)
    {
        var parts = new List<string>();
        foreach (var segment in (baseDir + relative).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>The relative URL from one output file to another (both output-relative).</summary>
    public static string Relative(string fromOutput, string toOutput)
    {
        var fromDir = Dir(fromOutput).TrimEnd('/');
        var fromParts = fromDir.Length == 0 ? [] : fromDir.Split('/');
        var toParts = toOutput.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var ups = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        return ups + string.Join('/', toParts[common..]);
    }
}
