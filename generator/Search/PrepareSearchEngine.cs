using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Search;

/// <summary>
/// Adds: the search engine being loaded on the side (<see cref="Products.SearchEngine"/>). Minifying MiniSearch runs
/// esbuild, ~0.2 s of a process start and work that needs nothing from the pages: it starts here, before the pages are
/// read, and <see cref="BuildSearchIndex"/> takes the result when it needs it.
/// </summary>
public sealed class PrepareSearchEngine : IModule
{
    public string Phase => "search index";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.SearchEngine];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        context.Set(Products.SearchEngine, new SearchEngineLoad(SideThread.Start(() =>
        {
            var bytes = SearchEngineBundle.Load(context, out var problem, out var warning);
            return new SearchEngine(bytes, problem, warning);
        })));
        return documents;
    }
}
