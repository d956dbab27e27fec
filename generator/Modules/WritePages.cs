using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Writes every laid-out page into the staging folder as soon as its layout links are read, and lets the page's text
/// go: from here on a page is its file (a large site's archive reads it back), so a large site is not held in memory
/// to the end. A small site's pages are also deflated for the archive here, while their bytes are at hand
/// (<see cref="Offline.ArchiveEntries"/>). A build that fails deletes the staging folder; output/ is only replaced by
/// a build that passed.
/// </summary>
public sealed class WritePages : PerDocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private string? _previous;
    private Offline.ArchiveEntries? _archive;

    public override string Phase => "write";

    public override IReadOnlyList<Product> Needs => [Products.LayoutLinks];

    public override IReadOnlyList<Product> Produces => [Products.StagedPages, Products.ArchiveEntries];

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context)
    {
        _previous = StagedFile.Previous(context);
        _archive = Offline.PackSiteArchive.Entries(documents.Count, context);
        context.Set(Products.ArchiveEntries, _archive);
    }

    protected override Document? Process(Document document, BuildContext context)
    {
        var bytes = Utf8.GetBytes(document.Content);
        StagedFile.Write(context.StagingDir, _previous, document.OutputPath, bytes);
        if (_archive!.Deflating)
        {
            _archive.Add(document.OutputPath, Offline.PackSiteArchive.Deflate(document, bytes, _archive.Level, context));
        }
        return document with { Content = "", Staged = true };
    }
}
