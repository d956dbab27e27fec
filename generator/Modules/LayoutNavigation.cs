namespace UnderLoad.Generator.Modules;

/// <summary>
/// The navigation as each page's layout reads it, worked out once per build instead of once per page: related pages by
/// slug, the previous/next order (pages in no part first, then the parts' pages, as the sidebar lists them) and the part
/// each page is in. Per page, these were scans of the whole navigation, so a site of n pages in its navigation paid n³.
/// </summary>
public sealed class LayoutNavigation
{
    private readonly Dictionary<string, int> _orderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _partIndex = new(StringComparer.Ordinal);

    public LayoutNavigation(Navigation nav)
    {
        Nav = nav;
        Titles = nav.ReadingOrder.DistinctBy(i => i.Slug).ToDictionary(i => i.Slug, i => i, StringComparer.Ordinal);
        var inParts = nav.Parts.SelectMany(p => p.Items).ToList();
        var inPartPaths = inParts.Select(i => i.OutputPath).ToHashSet(StringComparer.Ordinal);
        Order = nav.ReadingOrder.Where(i => !inPartPaths.Contains(i.OutputPath)).Concat(inParts).ToList();
        for (var i = 0; i < Order.Count; i++) _orderIndex.TryAdd(Order[i].OutputPath, i); // a page listed twice: its first place
        for (var p = 0; p < nav.Parts.Count; p++)
        {
            foreach (var item in nav.Parts[p].Items) _partIndex.TryAdd(item.OutputPath, p);
        }
    }

    public Navigation Nav { get; }

    /// <summary>The pages of the reading order by slug (for related topics).</summary>
    public IReadOnlyDictionary<string, NavItem> Titles { get; }

    /// <summary>The order previous and next follow.</summary>
    public IReadOnlyList<NavItem> Order { get; }

    /// <summary>The page's place in <see cref="Order"/>, or -1.</summary>
    public int OrderIndexOf(string outputPath) => _orderIndex.GetValueOrDefault(outputPath, -1);

    /// <summary>The index of the first part listing the page, or -1.</summary>
    public int PartIndexOf(string outputPath) => _partIndex.GetValueOrDefault(outputPath, -1);
}
