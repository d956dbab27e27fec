namespace UnderLoad.Generator.Search;

/// <summary>The engine as it loads: <see cref="Task"/> completes with it (a missing engine or esbuild is in the result, not thrown).</summary>
public sealed record SearchEngineLoad(Task<SearchEngine> Task);
