using UnderLoad.Generator.Modules;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// How a page of the site becomes a section of the single-file book: its section id (every id of the page takes it as
/// prefix: <c>surrogate-keys</c> on topic 9 becomes <c>t09-http-caching--surrogate-keys</c>), and where its links go —
/// links between pages become in-file anchors, files of the site are inlined as data: URLs (src) or sent to the
/// hosted site (href). RenderMarkdown writes each page of the book a second time from its syntax tree with these
/// (<see cref="Rendering.BookScope"/>); the book layout adds the page header and related topics around it.
/// </summary>
public static class BookPage
{
    /// <summary>The id a page's section gets: <c>t09-http-caching</c> for a topic, <c>home</c> for the home page.</summary>
    public static string SectionId(NavItem item) =>
        item.Topic is not null ? "t" + item.Slug : item.OutputPath == "index.html" ? "home" : "p-" + item.Slug;

    /// <summary>An id of a page inside the book.</summary>
    public static string Scoped(string sectionId, string id) => sectionId + "--" + id;

    /// <summary>A link as the site page carries it (relative to <paramref name="outputPath"/>), as the book carries it.</summary>
    internal static string Link(string value, string outputPath, string sectionId, IReadOnlyDictionary<string, string> sections,
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
}
