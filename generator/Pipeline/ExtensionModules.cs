namespace UnderLoad.Generator.Pipeline;

/// <summary>Modules contributed by features (snippets, diagrams, search) — kept in one place.</summary>
public static class ExtensionModules
{
    public static IEnumerable<IModule> AfterMarkdown(BuildOptions options) => [new Search.BuildSearchIndex(), new Offline.ReserveOfflineFiles()];

    public static IEnumerable<IModule> Outputs(BuildOptions options) => [new Offline.BuildOfflineBook()];
}
