using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Search;

/// <summary>
/// Adds: the search index, assets/search-index.HASH.js, and the engine, assets/minisearch.HASH.js. Runs after
/// RenderMarkdown (which reads each page's sections off its syntax tree: page content only, no navigation, no
/// footer) and before ApplyLayout, so the layout knows the fingerprinted names (<c>assets.search_index</c>,
/// <c>assets.search_engine</c>). The index is a script that sets <c>window.UnderLoadSearchIndex</c>, so search
/// works from file:// as well; theme/assets/search.js loads it on first use and builds the MiniSearch index.
/// Without MiniSearch the build warns and ships no search (the field stays hidden).
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    public const string IndexAsset = "search-index.js";
    public const string EngineAsset = "minisearch.js";
    public const string ClientAsset = "search.js";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Phase => "search index";

    public IReadOnlyList<Product> Needs => [Products.PageStructure, Products.ThemeAssets];

    public IReadOnlyList<Product> Produces => [Products.SearchIndex];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var engine = SearchEngineBundle.Load(context, out var problem, out var warning);
        if (engine is null)
        {
            const string hint = "install Node.js and npm, then run npm ci in theme/ (it installs the pinned minisearch).";
            var message = $"the site is built without search: {problem}";
            if (context.Options.Strict) context.Diagnostics.Error("theme/package.json", 0, message, hint);
            else context.Diagnostics.Warning("theme/package.json", 0, message, hint);
            // No engine, no client: the layout then leaves the search field hidden and loads no search script.
            if (context.Assets.TryRemove(ClientAsset, out var client)) context.ExtraFiles.TryRemove(client, out _);
            return WithoutSections(documents);
        }

        if (warning is not null) context.Diagnostics.Warning("theme/package.json", 0, warning);
        var synonyms = SearchSynonyms.Load(context.Options.InputDir, context.Diagnostics, context.Options.Display(""));
        var pages = documents
            .Where(RenderMarkdown.Searchable)
            .OrderBy(d => d.FrontMatter!.Topic ?? int.MaxValue).ThenBy(d => d.OutputPath, StringComparer.Ordinal)
            .ToList();
        // RenderMarkdown read each page's sections off the tree it wrote the body from.
        var sections = pages.Select(p => p.Structure?.Sections ?? []).ToList();

        var index = Script(pages.Select(p => new SearchPage(p.OutputPath, p.FrontMatter!.Title, p.FrontMatter.Topic, p.FrontMatter.Tags)).ToList(), sections, synonyms);
        FingerprintAssets.Add(context, IndexAsset, index);
        FingerprintAssets.Add(context, EngineAsset, engine);
        return WithoutSections(documents);
    }

    /// <summary>The sections are in the index now: later modules do not need them, and 3000 pages' worth is tens of MB.</summary>
    private static List<Document> WithoutSections(IReadOnlyList<Document> documents) =>
        documents.Select(d => d.Structure?.Sections is null ? d : d with { Structure = d.Structure with { Sections = null } }).ToList();

    /// <summary>
    /// The index script. Compact on purpose (it is the largest download of search): pages once, then each section as
    /// [page, heading, anchor, lead text, more words, code identifiers(, weight when not 1)], and the synonym groups.
    /// </summary>
    public static byte[] Script(IReadOnlyList<SearchPage> pages, IReadOnlyList<IReadOnlyList<SearchSection>> sections,
        IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var data = new Dictionary<string, object>
        {
            ["pages"] = pages.Select(p => new object?[] { p.OutputPath, p.Title, p.Topic, string.Join(' ', p.Tags) }),
            ["sections"] = sections.SelectMany((list, page) => list.Select(s => Section(page, s))),
            ["synonyms"] = synonyms,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(data, Json);
        return [.. "window.UnderLoadSearchIndex="u8, .. json, .. ";\n"u8];
    }

    private static object[] Section(int page, SearchSection s)
    {
        object[] fields = [page, s.Heading, s.Anchor, s.Lead, string.Join(' ', s.MoreWords), string.Join(' ', s.Code)];
        return s.Weight == 1 ? fields : [.. fields, s.Weight];
    }
}
