using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.FileProviders;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the whole page, by rendering theme/layouts/page.liquid (Fluid) around the body with the site's
/// navigation, prev/next, canonical URL, meta and Open Graph tags, edit link and last-updated date.
/// </summary>
public sealed class ApplyLayout : PerDocumentModule
{
    /// <summary>Escapes what HTML needs (&lt; &gt; &amp; quotes) and leaves other characters as UTF-8 text.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    internal static readonly FluidParser Parser = new();
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private TemplateOptions? _options;
    private LayoutNavigation? _navigation;

    public override string Phase => "layout";

    public override IReadOnlyList<Product> Needs => [Products.PageStructure, Products.Navigation, Products.GitHistory, Products.SocialCards, Products.DiagramAssets, Products.SearchIndex, Products.OfflinePaths, Products.ThemeAssets, Products.Layouts];

    public override IReadOnlyList<Product> Produces => [Products.LaidOutPages];

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context)
    {
        var loaded = context.Get(Products.Layouts);
        _options = new TemplateOptions { FileProvider = new PhysicalFileProvider(loaded.Folder) };
        _templates.Clear();
        _navigation = new LayoutNavigation(context.Get(Products.Navigation));
        var parsed = loaded.Task.Result;
        foreach (var name in documents.Select(d => d.Layout).Distinct())
        {
            if (!parsed.TryGetValue(name, out var layout))
            {
                context.Diagnostics.Error($"theme/layouts/{name}.liquid", 0, "layout not found", "theme/layouts/ must hold page.liquid.");
            }
            else if (layout.Template is { } template)
            {
                _templates[name] = template;
            }
            else
            {
                var error = layout.Error ?? "";
                context.Diagnostics.Error($"theme/layouts/{name}.liquid", LineOf(error), $"the layout does not parse: {error}", "check the Liquid tags ({% %}) and outputs ({{ }}) near that line.");
            }
        }
    }

    protected override Document? Process(Document document, BuildContext context)
    {
        var layout = document.Layout;
        if (!_templates.TryGetValue(layout, out var template))
        {
            return document;
        }

        if (document.StoredBody is { } stored) document = document with { Content = context.Bodies.Read(stored), StoredBody = null };
        var model = Model(document, context, _navigation!);
        var templateContext = new TemplateContext(_options!);
        foreach (var (key, value) in model)
        {
            templateContext.SetValue(key, value);
        }

        var html = template.Render(templateContext, Encoder);
        var at = document.Content.Length == 0 ? -1 : html.IndexOf(document.Content, StringComparison.Ordinal);
        return document with { Content = html, Body = new BodyRange(at, document.Content.Length) };
    }

    /// <param name="navigation">The navigation worked out for layouts, once per build by the caller.</param>
    internal static Dictionary<string, object?> Model(Document doc, BuildContext context, LayoutNavigation navigation)
    {
        var nav = navigation.Nav;
        var front = doc.FrontMatter ?? new FrontMatter();
        var absoluteRoot = doc.AbsoluteRoot;
        var root = absoluteRoot ?? doc.RootPrefix;
        var url = doc.OutputPath == "index.html" ? "" : doc.OutputPath;
        var site = context.Site;
        string? editUrl = null;
        if (!string.IsNullOrEmpty(site.Repository) && doc.RepositoryPath is { } repoPath)
        {
            editUrl = $"{site.Repository.TrimEnd('/')}/edit/{site.Branch}/{repoPath}";
        }

        var updated = doc.LastUpdated;
        object? Link(NavItem? item) => item is null ? null : new Dictionary<string, object?>
        {
            ["title"] = item.Title, ["url"] = root + item.OutputPath, ["topic"] = item.Topic,
        };

        var titles = navigation.Titles;
        // Previous and next follow the sidebar (parts, then their topics), so the two never disagree; a page in no part
        // (the home page) keeps its place in the reading order before them.
        var order = navigation.Order;
        var at = navigation.OrderIndexOf(doc.OutputPath);
        var partIndex = navigation.PartIndexOf(doc.OutputPath);
        return new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?>
            {
                ["title"] = site.Title, ["description"] = site.Description, ["language"] = site.Language,
                ["base_url"] = context.BaseUrl, ["repository"] = NullIfEmpty(site.Repository), // in Liquid "" is true: no repository, no link
            },
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = front.Title,
                ["summary"] = front.Summary,
                ["topic"] = front.Topic,
                ["part"] = partIndex < 0 || nav.Parts[partIndex].Title.Length == 0 ? null : $"{ToRoman(nav.Parts.Take(partIndex + 1).Count(p => p.Title.Length > 0))}. {nav.Parts[partIndex].Title}",
                ["meta"] = front.Meta,
                ["tags"] = front.Tags,
                ["related"] = front.Related.Where(titles.ContainsKey).Select(s => Link(titles[s])).ToList(),
                ["content"] = doc.Content,
                ["toc"] = doc.Structure?.Toc,
                ["url"] = url,
                ["canonical"] = context.BaseUrl + "/" + (url.EndsWith(".html", StringComparison.Ordinal) ? url[..^5] : url),
                ["edit_url"] = editUrl,
                ["last_updated"] = updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["last_updated_display"] = updated?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                ["is_home"] = doc.OutputPath == "index.html",
                ["is_topic"] = front.Topic is not null,
                ["social_image"] = doc.SocialImage is { } card ? context.BaseUrl + "/" + card : null,
                ["extra_scripts"] = doc.ExtraScripts.Select(s => root + s).ToList(),
            },
            ["nav"] = nav.Parts.Select((part, index) => new Dictionary<string, object?>
            {
                ["title"] = part.Title,
                // Parts without a title (SUMMARY.md's chapters before the first part) take no number.
                ["number"] = ToRoman(nav.Parts.Take(index + 1).Count(p => p.Title.Length > 0)),
                ["items"] = part.Items.Select(item => new Dictionary<string, object?>
                {
                    ["title"] = item.Title, ["url"] = root + item.OutputPath, ["topic"] = item.Topic,
                    ["current"] = item.OutputPath == doc.OutputPath, ["depth"] = item.Depth,
                }).ToList(),
            }).ToList(),
            ["prev"] = Link(at > 0 ? order[at - 1] : null),
            ["next"] = Link(at >= 0 && at + 1 < order.Count ? order[at + 1] : null),
            ["root"] = root,
            ["home_url"] = root + "index.html",
            ["assets"] = new Dictionary<string, object?>
            {
                ["css"] = root + (context.Assets.TryGetValue("site.css", out var css) ? css : "assets/site.css"),
                ["js"] = root + (context.Assets.TryGetValue("site.js", out var js) ? js : "assets/site.js"),
                ["theme_js"] = context.Assets.TryGetValue("theme.js", out var tj) ? root + tj : null,
                ["search_js"] = context.Assets.TryGetValue("search.js", out var s) ? root + s : null,
                ["search_index"] = context.Assets.TryGetValue("search-index.js", out var si) ? root + si : null,
                ["search_engine"] = context.Assets.TryGetValue("minisearch.js", out var se) ? root + se : null,
                ["diagrams_css"] = context.Assets.TryGetValue("diagrams.css", out var d) ? root + d : null,
                ["favicon"] = root + (context.Assets.TryGetValue("favicon.svg", out var f) ? f : "assets/favicon.svg"),
            },
        };
    }

    /// <summary>Liquid treats an empty string as true: a setting that is not set reaches layouts as nil.</summary>
    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static int LineOf(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"line (\d+)|\((\d+):");
        return match.Success ? int.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
    }
}
