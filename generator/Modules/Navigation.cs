namespace UnderLoad.Generator.Modules;

/// <summary>The site's reading order: the parts of site.yml with the topic pages that exist, in order.</summary>
public sealed record Navigation(IReadOnlyList<NavPart> Parts, IReadOnlyList<NavItem> ReadingOrder)
{
    public NavItem? Previous(string outputPath) => Neighbour(outputPath, -1);

    public NavItem? Next(string outputPath) => Neighbour(outputPath, +1);

    private NavItem? Neighbour(string outputPath, int step)
    {
        var list = ReadingOrder;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].OutputPath == outputPath)
            {
                var j = i + step;
                return j >= 0 && j < list.Count ? list[j] : null;
            }
        }

        return null;
    }
}
