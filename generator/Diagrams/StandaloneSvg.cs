namespace UnderLoad.Generator.Diagrams;

/// <summary>A diagram's full-size file, linked under each inlined figure ("Open the diagram full size").</summary>
public static class StandaloneSvg
{
    /// <summary>
    /// An inlined SVG as a file of its own: XML, at its natural size, styled by figures/diagrams.css through an
    /// xml-stylesheet instruction (no inline style: the site's CSP applies to it as to every file).
    /// </summary>
    public static string Of(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + markup + "</body></html>");
        var svg = document.Body!.Children.First();
        if (SvgRewriter.ViewBoxWidth(svg) is { } width)
        {
            var box = svg.GetAttribute("viewBox")!.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            svg.SetAttribute("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            svg.SetAttribute("height", box[3]);
        }

        svg.SetAttribute("xmlns", "http://www.w3.org/2000/svg");
        if (svg.QuerySelector("[*|href]") is not null || markup.Contains("xlink:", StringComparison.Ordinal))
        {
            svg.SetAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
        }

        var xml = AngleSharp.FormatExtensions.ToHtml(svg, AngleSharp.Xhtml.XhtmlMarkupFormatter.Instance);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/css\" href=\"diagrams.css\"?>\n" + xml + "\n";
    }
}
