using Fluid;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// The layout of one page in the book (theme/layouts/book-section.liquid): the theme's, or — for a theme written before
/// the section was a layout of its own, whose book.liquid still expects each page whole — the generator's own copy of
/// the default.
/// </summary>
public static class BookSectionLayout
{
    public const string File = "book-section.liquid";

    /// <summary>The parsed layout, or null when the theme's does not parse (reported).</summary>
    public static IFluidTemplate? Load(BuildContext context)
    {
        var path = Path.Combine(context.Options.ThemeDir, "layouts", File);
        string text;
        if (System.IO.File.Exists(path))
        {
            text = System.IO.File.ReadAllText(path);
        }
        else
        {
            using var stream = typeof(BookSectionLayout).Assembly.GetManifestResourceStream("theme/layouts/" + File)!;
            text = new StreamReader(stream).ReadToEnd();
        }

        if (Modules.ApplyLayout.Parser.TryParse(text, out var template, out var error)) return template;
        context.Diagnostics.Error($"theme/layouts/{File}", 0, $"the layout does not parse: {error}", "check the Liquid tags ({% %}) and outputs ({{ }}).");
        return null;
    }
}
