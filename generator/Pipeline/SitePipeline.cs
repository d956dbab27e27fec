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
        new ReadFiles(),            // input/**/*.md → documents (strict UTF-8, unique output paths)
        new ReadGitHistory(),       // + last-updated date and repository path
        new FingerprintAssets(),    // theme/assets → assets/name.hash.ext
        new ExtractFrontMatter(),   // + title, topic, summary, tags, related (schema-checked)
        new BuildNavigation(),      // parts, reading order, related pages exist
        ..ExtensionModules.BeforeMarkdown(options), // snippets, diagrams (registered by their features)
        new RenderMarkdown(),       // markdown → HTML body (highlighted code, inline diagrams)
        ..ExtensionModules.AfterMarkdown(options),  // search sections
        new AddGeneratedPages(),    // + 404
        new ApplyLayout(),          // theme/layouts/page.liquid around the body
        new PostProcessHtml(),      // TOC, permalinks, relative links
        new ValidateLinks(),        // every link and #anchor resolves
        ..ExtensionModules.Outputs(options), // search index, offline book
        new WriteSiteFiles(),       // sitemap.xml, robots.txt, _headers
        new WriteFiles(),           // everything into the staging folder
    ];
}

/// <summary>Modules contributed by features (snippets, diagrams, search) — kept in one place.</summary>
public static class ExtensionModules
{
    public static IEnumerable<IModule> BeforeMarkdown(BuildOptions options) => [];

    public static IEnumerable<IModule> AfterMarkdown(BuildOptions options) => [];

    public static IEnumerable<IModule> Outputs(BuildOptions options) => [];
}
