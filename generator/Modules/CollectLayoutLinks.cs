using System.Net;
using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds the layout's links and ids (navigation, pager, skip link, table of contents) to those
/// <see cref="RenderMarkdown"/> recorded in the body, for <see cref="ValidateLinks"/>. The layout is our own
/// template, so its attributes are read with a pattern over the page outside the body rather than by parsing
/// the whole page again; layout links are output-relative already and are checked, not rewritten.
/// </summary>
public sealed partial class CollectLayoutLinks : PerDocumentModule
{
    public override string Phase => "post-process";

    public override IReadOnlyList<Product> Needs => [Products.LaidOutPages];

    public override IReadOnlyList<Product> Produces => [Products.LayoutLinks];

    protected override Document? Process(Document document, BuildContext context)
    {
        var page = document.Content;
        var body = document.Body;
        string[] layout = body is null || body.Start < 0 ? [page] : [page[..body.Start], page[(body.Start + body.Length)..]];
        var ids = new HashSet<string>(document.Structure?.Ids ?? [], StringComparer.Ordinal);
        var links = new List<PageLink>(document.Structure?.Links ?? []);
        foreach (var part in layout)
        {
            foreach (Match match in Attribute().Matches(part))
            {
                var value = WebUtility.HtmlDecode(match.Groups[2].Value);
                if (match.Groups[1].Value == "id")
                {
                    ids.Add(value);
                }
                else if (LinkResolver.Resolve(value, document, context, fromContent: false, line: 0, out _) is { } link)
                {
                    links.Add(link);
                }
            }
        }

        return document with { Structure = (document.Structure ?? new PageStructure([], [], null, null)) with { Ids = ids, Links = links } };
    }

    /// <summary>An id, href or src attribute in double quotes (as the layouts write them).</summary>
    [GeneratedRegex("\\s(id|href|src)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
