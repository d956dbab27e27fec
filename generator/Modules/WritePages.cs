using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Writes every laid-out page into the staging folder as soon as its layout links are read, and lets the page's text
/// go: from here on a page is its file (the archive reads it back), so a large site is not held in memory to the end.
/// A build that fails deletes the staging folder; output/ is only replaced by a build that passed.
/// </summary>
public sealed class WritePages : PerDocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private string? _previous;

    public override string Phase => "write";

    public override IReadOnlyList<Product> Needs => [Products.LayoutLinks];

    public override IReadOnlyList<Product> Produces => [Products.StagedPages];

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context) => _previous = StagedFile.Previous(context);

    protected override Document? Process(Document document, BuildContext context)
    {
        StagedFile.Write(context.StagingDir, _previous, document.OutputPath, Utf8.GetBytes(document.Content));
        return document with { Content = "", Staged = true };
    }
}
