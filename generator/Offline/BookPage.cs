using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Modules;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// One page of the site turned into a section of the single-file book: its content (the article and its related
/// topics, without the site's header, navigation and pager), every id prefixed with the section's id
/// (<c>surrogate-keys</c> on topic 9 becomes <c>t09-http-caching--surrogate-keys</c>) and every reference to an
/// id with it (<c>href="#…"</c>, <c>url(#…)</c>, <c>aria-labelledby</c>, <c>for</c>, …), links between pages
/// rewritten to in-file anchors, files of the site inlined as data: URLs (src) or sent to the hosted site (href).
/// </summary>
public static partial class BookPage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Attributes whose value is a space-separated list of ids on the same page.</summary>
    private static readonly FrozenSet<string> IdListAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "for", "headers", "list", "form", "popovertarget", "commandfor", "aria-activedescendant", "aria-controls",
        "aria-describedby", "aria-details", "aria-errormessage", "aria-flowto", "aria-labelledby", "aria-owns",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The id a page's section gets: <c>t09-http-caching</c> for a topic, <c>home</c> for the home page.</summary>
    public static string SectionId(NavItem item) =>
        item.Topic is not null ? "t" + item.Slug : item.OutputPath == "index.html" ? "home" : "p-" + item.Slug;

    /// <summary>An id of a page inside the book.</summary>
    public static string Scoped(string sectionId, string id) => sectionId + "--" + id;

    /// <summary>
    /// The section's inner HTML for one finished page.
    /// </summary>
    /// <param name="pageHtml">The whole page as the site ships it.</param>
    /// <param name="outputPath">Where the page lives on the site (topics/09-http-caching.html).</param>
    /// <param name="sectionId">The page's section id in the book.</param>
    /// <param name="sections">Output path of every page in the book → its section id.</param>
    /// <param name="siteFile">Bytes of a file of the site by output path (for images), or null.</param>
    /// <param name="baseUrl">Where the site is hosted, for links to files the book does not hold.</param>
    public static string Rewrite(string pageHtml, string outputPath, string sectionId, IReadOnlyDictionary<string, string> sections,
        Func<string, byte[]?> siteFile, string baseUrl)
    {
        var html = Parser.ParseDocument(pageHtml);
        var parts = new List<IElement>();
        if (html.QuerySelector("[data-page-content]") is { } article) parts.Add(article);
        else if (html.Body is { } body) parts.Add(body);
        if (html.QuerySelector("aside.related") is { } related) parts.Add(related);

        foreach (var part in parts)
        {
            foreach (var element in part.DescendantsAndSelf<IElement>().ToList())
            {
                foreach (var attribute in element.Attributes.ToList())
                {
                    var value = attribute.Value;
                    var name = attribute.LocalName;
                    string? changed = null;
                    if (name == "id" || (name == "name" && element.LocalName == "a"))
                    {
                        changed = value.Length == 0 ? value : Scoped(sectionId, value);
                    }
                    else if (name == "href")
                    {
                        changed = Link(value, outputPath, sectionId, sections, siteFile, baseUrl, inline: false);
                    }
                    else if (name == "src")
                    {
                        changed = Link(value, outputPath, sectionId, sections, siteFile, baseUrl, inline: true);
                    }
                    else if (IdListAttributes.Contains(attribute.Name))
                    {
                        changed = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => Scoped(sectionId, id)));
                    }

                    changed = ScopeUrlReferences(changed ?? value, sectionId);
                    if (changed != value) attribute.Value = changed;
                }

                // A page's link to the book saves it; in the book that link goes to the hosted copy and saves nothing.
                if (element.LocalName == "a" && element.HasAttribute("download")) element.RemoveAttribute("download");

                if (element.LocalName == "style")
                {
                    var css = ScopeUrlReferences(element.TextContent, sectionId);
                    if (css != element.TextContent) element.TextContent = css;
                }
            }
        }

        // Twenty-five "Related topics" asides would be twenty-five landmarks of one name: in the book they are
        // unnamed sections (no landmark), their heading as before.
        var asides = parts.Skip(1).Select(p => p.LocalName == "aside" ? Rename(p, "section") : p).ToList();
        parts = [.. parts.Take(1), .. asides];
        if (parts.Count > 0 && parts[0].HasAttribute("data-page-content"))
        {
            parts[0].RemoveAttribute("data-page-content");
            return parts[0].InnerHtml + string.Concat(parts.Skip(1).Select(p => p.OuterHtml));
        }

        return string.Concat(parts.Select(p => p is { LocalName: "body" } ? p.InnerHtml : p.OuterHtml));
    }

    private static IElement Rename(IElement element, string localName)
    {
        var renamed = element.Owner!.CreateElement(localName);
        foreach (var attribute in element.Attributes.Where(a => a.Name is not ("aria-labelledby" or "aria-label")))
        {
            renamed.SetAttribute(attribute.Name, attribute.Value);
        }

        renamed.InnerHtml = element.InnerHtml;
        return renamed;
    }

    /// <summary><c>url(#x)</c> (SVG markers, gradients, clip paths) → <c>url(#section--x)</c>.</summary>
    internal static string ScopeUrlReferences(string value, string sectionId) =>
        !value.Contains("url(", StringComparison.Ordinal) ? value
            : UrlReference().Replace(value, m => $"url({m.Groups[1].Value}#{Scoped(sectionId, m.Groups[2].Value)}{m.Groups[1].Value})");

    private static string Link(string value, string outputPath, string sectionId, IReadOnlyDictionary<string, string> sections,
        Func<string, byte[]?> siteFile, string baseUrl, bool inline)
    {
        if (value.Length == 0) return value;
        if (value.StartsWith('#'))
        {
            var own = Uri.UnescapeDataString(value[1..]);
            return own.Length == 0 ? "#" + sectionId : "#" + Uri.EscapeDataString(Scoped(sectionId, own));
        }

        if (LinkResolver.IsExternal(value)) return value;

        var hashIndex = value.IndexOf('#');
        var path = hashIndex >= 0 ? value[..hashIndex] : value;
        var fragment = hashIndex >= 0 ? Uri.UnescapeDataString(value[(hashIndex + 1)..]) : "";
        var query = "";
        var q = path.IndexOf('?');
        if (q >= 0) (path, query) = (path[..q], path[q..]);
        var dir = outputPath.Contains('/') ? outputPath[..(outputPath.LastIndexOf('/') + 1)] : "";
        var target = path.StartsWith('/') ? Uri.UnescapeDataString(path).TrimStart('/') : LinkResolver.Normalise(dir, Uri.UnescapeDataString(path));
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";

        if (sections.TryGetValue(target, out var targetSection))
        {
            return "#" + (fragment.Length == 0 ? targetSection : Uri.EscapeDataString(Scoped(targetSection, fragment)));
        }

        if (inline && siteFile(target) is { Length: > 0 } bytes)
        {
            return $"data:{MediaType(target)};base64,{Convert.ToBase64String(bytes)}";
        }

        // A file the book does not hold (the archive, a page outside the reading order): the hosted site has it.
        return baseUrl.TrimEnd('/') + "/" + target + query + (fragment.Length == 0 ? "" : "#" + Uri.EscapeDataString(fragment));
    }

    internal static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".css" => "text/css",
        ".js" => "text/javascript",
        _ => "application/octet-stream",
    };

    [GeneratedRegex("""url\(\s*(['"]?)#([^'")\s]+)\1\s*\)""")]
    private static partial Regex UrlReference();
}
