namespace UnderLoad.Generator.Pipeline;

/// <summary>Modules contributed by features (snippets, diagrams, search) — kept in one place.</summary>
public static class ExtensionModules
{
    /// <summary>Work that needs nothing from the pages and is started on the side first: the search engine's minifying.</summary>
    public static IEnumerable<IModule> First(BuildOptions options) => [new Search.PrepareSearchEngine()];

    public static IEnumerable<IModule> AfterMarkdown(BuildOptions options) => [new Search.BuildSearchIndex(), new Offline.ReserveOfflineFiles()];

    public static IEnumerable<IModule> Outputs(BuildOptions options) => [new Offline.BuildOfflineBook()];
}
