using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the site navigation (context state) — topic pages grouped into the parts of input/site.yml, each
/// keeping its seed number — and checks that topic numbers are unique, placed in a part, and that every
/// <c>related</c> slug names a page.
/// </summary>
public sealed class BuildNavigation : IModule
{
    public string Phase => "front matter";

    public IReadOnlyList<Product> Needs => [Products.FrontMatter];

    public IReadOnlyList<Product> Produces => [Products.Navigation];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var topics = documents.Where(d => d.FrontMatter?.Topic is not null).ToList();
        foreach (var clash in topics.GroupBy(d => d.FrontMatter!.Topic!.Value).Where(g => g.Count() > 1))
        {
            foreach (var doc in clash)
            {
                diagnostics.Error(doc.DisplayPath, LineOf(doc, "topic:"), $"topic {clash.Key} is claimed by {string.Join(" and ", clash.Select(d => d.DisplayPath))}",
                    "each seed topic has exactly one page; give each page its own seed number.");
            }
        }

        foreach (var doc in topics)
        {
            // 27-slug.md with topic: 28 is a typo in one of the two; the file name's number is what contributors see.
            var name = Path.GetFileName(doc.RelativePath);
            var digits = name.TakeWhile(char.IsAsciiDigit).Count();
            if (digits > 0 && digits < name.Length && name[digits] == '-' && int.Parse(name[..digits], System.Globalization.CultureInfo.InvariantCulture) != doc.FrontMatter!.Topic)
            {
                diagnostics.Error(doc.DisplayPath, LineOf(doc, "topic:"), $"the file name says topic {int.Parse(name[..digits], System.Globalization.CultureInfo.InvariantCulture)} but the front matter says topic: {doc.FrontMatter!.Topic}",
                    "make the number in the file name and topic: the same.");
            }
        }

        foreach (var doc in documents.Where(d => d.FrontMatter is { Topic: null } && d.RelativePath.StartsWith("topics/", StringComparison.Ordinal)))
        {
            diagnostics.Problem(context.Options.Strict, doc.DisplayPath, 1, "this topic page has no 'topic:', so it is missing from the navigation, the home page, previous/next and the offline book",
                "add 'topic: N' (its number in the seed list) to the front matter, and list N in a part of input/site.yml.");
        }

        var byTopic = topics.GroupBy(d => d.FrontMatter!.Topic!.Value).ToDictionary(g => g.Key, g => g.First());
        var placed = new HashSet<int>();
        var parts = new List<NavPart>();
        foreach (var part in context.Site.Parts)
        {
            var items = new List<NavItem>();
            foreach (var topic in part.Topics)
            {
                if (byTopic.TryGetValue(topic, out var doc) && placed.Add(topic))
                {
                    items.Add(Item(doc));
                }
            }

            if (items.Count > 0)
            {
                parts.Add(new NavPart(part.Title, items));
            }
        }

        var unplaced = topics.Where(d => !placed.Contains(d.FrontMatter!.Topic!.Value)).OrderBy(d => d.FrontMatter!.Topic).ToList();
        if (unplaced.Count > 0)
        {
            if (context.Site.Parts.Count > 0)
            {
                foreach (var doc in unplaced)
                {
                    diagnostics.Warning(doc.DisplayPath, LineOf(doc, "topic:"), $"topic {doc.FrontMatter!.Topic} is in no part of input/site.yml, so it is listed under 'More'",
                        "add its number to a part's topics in input/site.yml.");
                }
            }

            parts.Add(new NavPart(context.Site.Parts.Count > 0 ? "More" : "Topics", unplaced.Select(Item).ToList()));
        }

        var slugs = documents.Select(d => Slug(d.OutputPath)).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var related in doc.FrontMatter?.Related ?? [])
            {
                if (!slugs.Contains(related))
                {
                    var near = Suggest.Closest(slugs, related);
                    diagnostics.Error(doc.DisplayPath, LineOf(doc, "related:"), $"related page '{related}' does not exist",
                        near is null ? "related lists other pages' slugs (file names without .md)." : $"did you mean '{near}'?");
                }
            }
        }

        var order = new List<NavItem>();
        var home = documents.FirstOrDefault(d => d.OutputPath == "index.html");
        if (home is not null) order.Add(new NavItem(home.FrontMatter?.Title ?? context.Site.Title, home.OutputPath, null, "index"));
        order.AddRange(parts.SelectMany(p => p.Items));
        context.Set(Products.Navigation, new Navigation(parts, order));
        return documents;
    }

    private static NavItem Item(Document doc) => new(doc.FrontMatter!.Title, doc.OutputPath, doc.FrontMatter.Topic, Slug(doc.OutputPath));

    internal static string Slug(string outputPath) => Path.GetFileNameWithoutExtension(outputPath);

    /// <summary>The 1-based file line where a front-matter key starts (for messages).</summary>
    internal static int LineOf(Document doc, string prefix)
    {
        try
        {
            var lines = File.ReadLines(doc.SourcePath).Take(Math.Max(doc.BodyLineOffset, 1)).ToList();
            var index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
            return index >= 0 ? index + 1 : 1;
        }
        catch (IOException)
        {
            return 1;
        }
    }
}
