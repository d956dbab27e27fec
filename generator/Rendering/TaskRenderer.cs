using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.Rendering;

/// <summary>A task list item's box: a disabled checkbox.</summary>
public sealed class TaskRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (obj.Checked) renderer.Write(" checked=\"checked\"");
        renderer.Write(">");
    }
}
