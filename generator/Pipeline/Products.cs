using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Modules;

namespace UnderLoad.Generator.Pipeline;

/// <summary>Every product the modules of <see cref="SitePipeline"/> hand on, in the order a page meets them.</summary>
public static class Products
{
    /// <summary>The pages read from input/: markdown with front matter, strict UTF-8, unique output paths.</summary>
    public static readonly Product Pages = new("the pages read from input/");
    /// <summary>Where each markdown file is published (README.md and index.md → their folder's index.html).</summary>
    public static readonly Product<PagePaths> PagePaths = new("the pages' output paths");
    /// <summary>Each page's repository path and last-commit date.</summary>
    public static readonly Product GitHistory = new("the pages' git history");
    /// <summary>theme/assets fingerprinted into <see cref="BuildContext.Assets"/>.</summary>
    public static readonly Product ThemeAssets = new("the fingerprinted theme assets");
    /// <summary>input/images fingerprinted into <see cref="BuildContext.StaticFiles"/>.</summary>
    public static readonly Product StaticFiles = new("the fingerprinted static files");
    /// <summary>Each page's validated front matter; its content is the markdown body from here on.</summary>
    public static readonly Product FrontMatter = new("the pages' front matter");
    /// <summary>Parts and reading order.</summary>
    public static readonly Product<Navigation> Navigation = new("the navigation");
    /// <summary>Each page's social card (og:image).</summary>
    public static readonly Product SocialCards = new("the social cards");
    /// <summary>Each page's body parsed once into a markdown syntax tree.</summary>
    public static readonly Product Syntax = new("the syntax trees of the pages that may hold diagrams");
    /// <summary>Every diagram of the site rendered to inline SVG.</summary>
    public static readonly Product<DiagramStore> Diagrams = new("the diagram store");
    /// <summary>The stylesheet of the diagrams and, on a page that fell back, the Mermaid scripts.</summary>
    public static readonly Product DiagramAssets = new("the diagram assets");
    /// <summary>Snippet regions, verified outputs and .mmd includes of this build.</summary>
    public static readonly Product<IncludeResolver> Includes = new("the include resolver");
    /// <summary>Each page's content is its body as HTML from here on.</summary>
    public static readonly Product BodyHtml = new("the pages' HTML bodies");
    /// <summary>The generated pages (404).</summary>
    public static readonly Product GeneratedPages = new("the generated pages");
    /// <summary>Each page's ids, links, table of contents and search sections, from its body.</summary>
    public static readonly Product PageStructure = new("the pages' structure (ids, links, contents, search sections)");
    /// <summary>The theme's layouts, parsed on the side from the start of the build.</summary>
    public static readonly Product<Modules.LayoutsLoad> Layouts = new("the parsed layouts");
    /// <summary>The search engine (MiniSearch, minified), loading on the side from the start of the build.</summary>
    public static readonly Product<Search.SearchEngineLoad> SearchEngine = new("the search engine");
    /// <summary>The search index and engine (fingerprinted assets the layout links).</summary>
    public static readonly Product SearchIndex = new("the search index");
    /// <summary>The offline book's and archive's paths, reserved so pages may link them.</summary>
    public static readonly Product OfflinePaths = new("the offline files' paths");
    /// <summary>Each page's content is the whole page in its layout from here on.</summary>
    public static readonly Product LaidOutPages = new("the pages in their layout");
    /// <summary>The layout's own links and ids, added to each page's structure.</summary>
    public static readonly Product LayoutLinks = new("the layout's links");
    /// <summary>Files beside the pages that pages link to (not under input/images/), copied as they are.</summary>
    public static readonly Product LinkedFiles = new("the files pages link to");
    /// <summary>Every page written into the staging folder (its text no longer held).</summary>
    public static readonly Product StagedPages = new("the pages written to the staging folder");
    /// <summary>The pages deflated for the site archive as they were written (a small site's; none for a large one).</summary>
    public static readonly Product<Offline.ArchiveEntries> ArchiveEntries = new("the pages deflated for the archive");
    /// <summary>Every link and anchor checked; nothing may change a page after this.</summary>
    public static readonly Product ValidatedLinks = new("the validated links");
    /// <summary>The offline book (under-load.html).</summary>
    public static readonly Product OfflineBook = new("the offline book");
    /// <summary>sitemap.xml, robots.txt, _headers.</summary>
    public static readonly Product SiteFiles = new("the site files (sitemap, robots, headers)");
    /// <summary>The site archive (under-load.zip), started in the background.</summary>
    public static readonly Product Archive = new("the site archive");
}
