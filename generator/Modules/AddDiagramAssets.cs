using System.Text;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the diagrams' stylesheet (fingerprinted, linked by the layout) and, on the rare page whose diagram
/// could not be rendered at build time, the self-hosted Mermaid bundle and its init script — on that page only.
/// </summary>
public sealed class AddDiagramAssets : IModule
{
    public string Phase => "diagrams";

    public IReadOnlyList<Product> Needs => [Products.Diagrams, Products.ThemeAssets];

    public IReadOnlyList<Product> Produces => [Products.DiagramAssets];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var store = context.Get(Products.Diagrams);
        FingerprintAssets.Add(context, "diagrams.css", Encoding.UTF8.GetBytes(store.Css));
        if (store.ClientRenderedPages.Count == 0) return documents;

        var bundle = File.Exists(store.BundlePath) ? FingerprintAssets.Add(context, "mermaid.min.js", File.ReadAllBytes(store.BundlePath)) : null;
        if (bundle is null || !context.Assets.TryGetValue("mermaid-init.js", out var init)) return documents;
        return documents.Select(doc => store.NeedsClientRendering(doc.RelativePath)
            ? doc with { ExtraScripts = [bundle, init] }
            : doc).ToList();
    }
}
