using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Modules;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// The pipeline, top to bottom: every page goes through these modules in this order. Following one page
/// from input/ to output/ never leaves this list.
/// </summary>
public static class SitePipeline
{
    public static IReadOnlyList<IModule> Modules(BuildOptions options) =>
    [
        new ParseLayouts(),         // theme/layouts/*.liquid, parsed on the side while the pages are built
        ..ExtensionModules.First(options), // the search engine, minified on the side while the pages are built
        new ReadFiles(),            // input/**/*.md → documents (strict UTF-8, unique output paths)
        new ReadGitHistory(),       // + last-updated date and repository path
        new FingerprintAssets(),    // theme/assets → assets/name.hash.ext
        new CopyStaticFiles(),      // input/images/** → assets/images/name.hash.ext
        new ExtractFrontMatter(),   // + title, topic, summary, tags, related (schema-checked)
        new BuildNavigation(),      // parts, reading order, related pages exist
        new Social.RenderSocialCards(), // + og:image: a 1200×630 PNG card per page (cached in input/social-cache/)
        new ParseMarkdown(),        // + the body's syntax tree: the one parse of the page
        new RenderDiagrams(),       // ```mermaid and .mmd in the tree → SVG (cached in input/diagrams-cache/)
        new AddDiagramAssets(),     // + diagrams.css; the Mermaid bundle only on a page that fell back
        new PrepareIncludes(),      // snippet regions, verified outputs and .mmd diagrams become includes
        new RenderMarkdown(),       // tree → HTML body (highlighted code, snippets, diagrams, permalinks, relative links) + ids, links, TOC, search sections
        new CheckSnippetUsage(),    // unused regions warned; strict builds need coverage
        new AddGeneratedPages(),    // + 404
        ..ExtensionModules.AfterMarkdown(options),  // search index
        new PageStages(             // page by page: a laid-out page is written and let go before the next one
            new ApplyLayout(),          // theme/layouts/page.liquid around the body
            new CollectLayoutLinks(),   // + the layout's links and ids
            new WritePages()),          // the page into the staging folder; its text is let go
        new CopyLinkedFiles(),      // + files beside the pages that pages link to (not input/images/), at the same path
        new ValidateLinks(),        // every link and #anchor resolves
        ..ExtensionModules.Outputs(options), // search index, offline book
        new WriteSiteFiles(),       // sitemap.xml, robots.txt, _headers
        new Offline.PackSiteArchive(), // under-load.zip: every file above, for reading from file://
        new WriteFiles(),           // the other files into the staging folder
    ];
}
