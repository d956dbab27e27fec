namespace UnderLoad.Generator.Site;

public sealed class SitePart
{
    public string Title { get; set; } = "";
    public List<int> Topics { get; set; } = [];
}
