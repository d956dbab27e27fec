using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// A heading with its id; h2-h4 end in a permalink (<c>#</c>), and h2/h3 go into the page's "On this page" list
/// (<see cref="PageOutline.Headings"/>).
/// </summary>
public sealed class HeadingRenderer(PageOutline outline) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = "h" + obj.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var attributes = obj.TryGetAttributes();
        var id = attributes?.Id;
        renderer.Write("<" + tag);
        if (!string.IsNullOrEmpty(id))
        {
            renderer.Write(" id=\"");
            HtmlText.WriteAttribute(renderer, outline.Id(id));
            renderer.Write("\"");
        }

        renderer.WriteAttributes(attributes is null ? null : new HtmlAttributes { Classes = attributes.Classes, Properties = attributes.Properties });
        renderer.Write(">");
        renderer.WriteLeafInline(obj);
        if (!string.IsNullOrEmpty(id) && obj.Level is >= 2 and <= 4)
        {
            var text = PlainText.Of(obj.Inline).Trim();
            var href = outline.Link("#" + id, 0, fromContent: false);
            renderer.Write("<a class=\"anchor\" href=\"");
            HtmlText.WriteAttribute(renderer, href);
            renderer.Write("\" aria-label=\"");
            HtmlText.WriteAttribute(renderer, $"Link to “{text}”");
            renderer.Write("\">#</a>");
            outline.Headings.Add(new OutlineHeading(obj.Level, id, text));
        }

        renderer.WriteLine("</" + tag + ">");
        renderer.EnsureLine();
    }
}
