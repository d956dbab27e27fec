using Fluid;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the theme's layouts being parsed on the side (<see cref="Products.Layouts"/>). Making Fluid's parser and
/// parsing the layouts takes ~0.1 s (most of it compiling the parser's generic code) and needs nothing from the pages:
/// it starts before they are read, and <see cref="ApplyLayout"/> takes the result. Problems are reported there, for
/// the layouts pages use.
/// </summary>
public sealed class ParseLayouts : IModule
{
    public string Phase => "layout";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.Layouts];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var folder = Path.GetFullPath(Path.Combine(context.Options.ThemeDir, "layouts"));
        context.Set(Products.Layouts, new LayoutsLoad(folder, SideThread.Start(() => Parse(folder))));
        return documents;
    }

    private static IReadOnlyDictionary<string, ParsedLayout> Parse(string folder)
    {
        var layouts = new Dictionary<string, ParsedLayout>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return layouts;
        foreach (var file in Directory.EnumerateFiles(folder, "*.liquid"))
        {
            var parsed = ApplyLayout.Parser.TryParse(File.ReadAllText(file), out var template, out var error);
            layouts[Path.GetFileNameWithoutExtension(file)] = new ParsedLayout(parsed ? template : null, parsed ? null : error);
        }

        return layouts;
    }
}
