namespace UnderLoad.Generator.Search;

/// <summary>The engine's bytes (minified when esbuild is there), or why there is none; a warning when it ships unminified.</summary>
public sealed record SearchEngine(byte[]? Bytes, string? Problem, string? Warning);
