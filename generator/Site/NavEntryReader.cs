namespace UnderLoad.Generator.Site;

/// <summary>Turns one item of site.yml's <c>nav</c>, as YamlDotNet reads it (text, a one-key mapping, a list), into a <see cref="NavEntry"/>.</summary>
public static class NavEntryReader
{
    public static NavEntry Read(object item) => item switch
    {
        string path => new NavEntry(null, path, [], 0),
        IDictionary<object, object> { Count: 1 } map => map.First() switch
        {
            { Value: string path } pair => new NavEntry(pair.Key.ToString(), path, [], 0),
            { Value: IList<object> children } pair => new NavEntry(pair.Key.ToString(), null, children.Select(Read).ToList(), 0),
            var pair => new NavEntry(pair.Key.ToString(), null, [], 0),
        },
        _ => new NavEntry(item?.ToString(), null, [], 0),
    };
}
