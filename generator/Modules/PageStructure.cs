namespace UnderLoad.Generator.Modules;

/// <summary>
/// What <see cref="RenderMarkdown"/> records while it writes a page body, for later modules: its ids and links (checked by
/// <see cref="ValidateLinks"/>, with the layout's added by <see cref="CollectLayoutLinks"/>), its "On this page"
/// list (an &lt;ol&gt;, only with two headings or more) and its search sections (for every page search indexes).
/// </summary>
public sealed record PageStructure(HashSet<string> Ids, List<PageLink> Links, string? Toc, Search.SectionJson? Sections);
