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
    /// <param name="layouts">The theme's layouts as <see cref="Modules.ParseLayouts"/> parsed them.</param>
    public static IFluidTemplate? Load(IReadOnlyDictionary<string, Modules.ParsedLayout> layouts, BuildContext context)
    {
        var name = Path.GetFileNameWithoutExtension(File);
        string? error;
        if (layouts.TryGetValue(name, out var theme))
        {
            if (theme.Template is { } parsed) return parsed;
            error = theme.Error;
        }
        else
        {
            using var stream = typeof(BookSectionLayout).Assembly.GetManifestResourceStream("theme/layouts/" + File)!;
            if (Modules.ApplyLayout.Parser.TryParse(new StreamReader(stream).ReadToEnd(), out var template, out error)) return template;
        }

        context.Diagnostics.Error($"theme/layouts/{File}", 0, $"the layout does not parse: {error}", "check the Liquid tags ({% %}) and outputs ({{ }}).");
        return null;
    }
}
