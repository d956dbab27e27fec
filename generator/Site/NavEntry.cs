namespace UnderLoad.Generator.Site;

/// <summary>
/// One entry of site.yml's <c>nav</c> (MkDocs' shape): a page (<c>- guide/install.md</c> or <c>- Install: guide/install.md</c>)
/// or a section with entries of its own (<c>- Guide: [ ... ]</c>).
/// </summary>
public sealed record NavEntry(string? Title, string? Path, IReadOnlyList<NavEntry> Children, int Line);
