using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the site navigation (context state) — topic pages grouped into the parts of input/site.yml, each
/// keeping its seed number — and checks that topic numbers are unique, placed in a part, and that every
/// <c>related</c> slug names a page. A site without parts or topics takes its navigation from SUMMARY.md
/// (<see cref="SummaryNavigation"/>), else site.yml's <c>nav</c> (<see cref="ConfiguredNavigation"/>), else its
/// folder tree (<see cref="FolderNavigation"/>); a page left out of SUMMARY.md or nav is built and warned about.
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

        var slugsByPath = NavSlugs.For(documents);
        NavItem Entry(Document doc, string title, int depth) => new(title, doc.OutputPath, doc.FrontMatter?.Topic, slugsByPath[doc.OutputPath], depth);
        var parts = topics.Count > 0 || context.Site.Parts.Count > 0 ? TopicParts(topics, context, Entry) : Untopical(documents, context, Entry);
        CheckRelated(documents, diagnostics);

        var home = documents.FirstOrDefault(d => d.OutputPath == "index.html");
        var inParts = parts.SelectMany(p => p.Items).ToList();
        var order = new List<NavItem>();
        if (home is not null && !inParts.Any(i => i.OutputPath == home.OutputPath)) order.Add(new NavItem(home.FrontMatter?.Title ?? context.Site.Title, home.OutputPath, null, "index"));
        order.AddRange(inParts.DistinctBy(i => i.OutputPath));
        context.Set(Products.Navigation, new Navigation(parts, order));
        return documents;
    }

    /// <summary>The handbook's navigation: the topics in the parts of site.yml, the rest under "More".</summary>
    private static List<NavPart> TopicParts(List<Document> topics, BuildContext context, Func<Document, string, int, NavItem> entry)
    {
        var diagnostics = context.Diagnostics;
        NavItem Item(Document doc) => entry(doc, doc.FrontMatter!.Title, 0);
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

        return parts;
    }

    /// <summary>A site without topics: SUMMARY.md, else site.yml's nav (an empty one turns navigation off), else the folder tree; pages they leave out are warned about.</summary>
    private static List<NavPart> Untopical(IReadOnlyList<Document> documents, BuildContext context, Func<Document, string, int, NavItem> entry)
    {
        var pages = documents.Where(d => !d.NoIndex).ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        var summary = Path.Combine(context.Options.InputDir, ReadFiles.Summary);
        var display = context.Options.Display(ReadFiles.Summary);
        var siteYml = Path.Combine(context.Options.InputDir, "site.yml");
        var nav = context.Site.NavEntries;
        List<NavPart> parts;
        if (File.Exists(summary))
        {
            var text = StrictText.Read(summary, display, context.Diagnostics);
            parts = text is null ? [] : SummaryNavigation.Read(text, display, pages, context.Diagnostics, entry);
        }
        else if (nav.Count > 0)
        {
            display = context.Options.Display("site.yml");
            parts = ConfiguredNavigation.Build(nav, siteYml, display, pages, context.Diagnostics, entry);
        }
        else if (context.Site.Nav is { Count: 0 })
        {
            return []; // `nav: []`: navigation turned off (no sidebar, previous/next or book chapters), nothing to warn about
        }
        else
        {
            return FolderNavigation.Build(pages.Values, context.Site.Title, entry);
        }

        var listed = parts.SelectMany(p => p.Items).Select(i => i.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Values.Where(p => !listed.Contains(p.OutputPath) && p.OutputPath is not ("index.html" or "404.html")))
        {
            context.Diagnostics.Warning(page.DisplayPath, 1, $"the page is not in {display}: it is built, but no navigation, previous/next or offline book leads to it",
                $"add an entry for {page.RelativePath} to {display}.");
        }

        return parts;
    }

    private static void CheckRelated(IReadOnlyList<Document> documents, Diagnostics diagnostics)
    {
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

    }

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
