using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace UnderLoad.Generator.Modules;

/// <summary>A page's "On this page" list and the permalink (#) on each heading.</summary>
public static class TableOfContents
{
    /// <summary>Permalinks on h2/h3/h4; returns the "On this page" list, or null when it would hold fewer than two entries.</summary>
    public static string? Build(IHtmlDocument html, IElement body)
    {
        var list = html.CreateElement("ol");
        IElement? currentSub = null;
        var count = 0;
        foreach (var heading in body.QuerySelectorAll("h2, h3, h4"))
        {
            if (string.IsNullOrEmpty(heading.Id)) continue;
            var text = heading.TextContent.Trim();
            var anchor = html.CreateElement("a");
            anchor.ClassName = "anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", $"Link to “{text}”");
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
            if (heading.LocalName == "h4") continue;

            var item = html.CreateElement("li");
            var link = html.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = text;
            item.AppendChild(link);
            if (heading.LocalName == "h2")
            {
                list.AppendChild(item);
                currentSub = null;
            }
            else
            {
                if (currentSub is null)
                {
                    currentSub = html.CreateElement("ol");
                    (list.LastElementChild ?? list).AppendChild(currentSub);
                }

                currentSub.AppendChild(item);
            }

            count++;
        }

        return count < 2 ? null : list.OuterHtml;
    }
}
