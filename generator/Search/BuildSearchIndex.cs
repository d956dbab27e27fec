using System.Buffers;
using System.Text;
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

    public string Phase => "search index";

    public IReadOnlyList<Product> Needs => [Products.PageStructure, Products.ThemeAssets, Products.SearchEngine];

    public IReadOnlyList<Product> Produces => [Products.SearchIndex];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var (engine, problem, warning) = context.Get(Products.SearchEngine).Task.Result;
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
        var sections = pages.Select(p => p.Structure?.Sections).ToList();

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
    public static byte[] Script(IReadOnlyList<SearchPage> pages, IReadOnlyList<SectionJson?> sections,
        IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        // Written field by field (what the serializer wrote from a dictionary of object arrays, the same bytes, without
        // boxing and reflection over 16 MB at 3000 pages); the sections were encoded as their pages were rendered, so the
        // buffer is sized once from them instead of doubling (at 30,000 pages the index is over 100 MB).
        var buffer = new System.Buffers.ArrayBufferWriter<byte>((1 << 16) + sections.Sum(s => s is null ? 0 : s.Length + 8 * s.Count) + 200 * pages.Count);
        buffer.Write("window.UnderLoadSearchIndex="u8);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SectionJson.Encoder, SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("pages");
            foreach (var p in pages)
            {
                json.WriteStartArray();
                json.WriteStringValue(p.OutputPath);
                json.WriteStringValue(p.Title);
                if (p.Topic is { } topic) json.WriteNumberValue(topic);
                else json.WriteNullValue();
                json.WriteStringValue(string.Join(' ', p.Tags));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("sections");
            json.Flush();
            var first = true;
            for (var page = 0; page < sections.Count; page++) sections[page]?.WriteTo(buffer, page, ref first);
            json.WriteEndArray();
            json.WriteStartArray("synonyms");
            foreach (var group in synonyms)
            {
                json.WriteStartArray();
                foreach (var word in group) json.WriteStringValue(word);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
