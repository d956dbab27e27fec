using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>The files that carry the handbook off the site: one HTML file, the whole site zipped, the printed book.</summary>
public static class OfflineFiles
{
    /// <summary>Every page in reading order in one self-contained file (written by <see cref="BuildOfflineBook"/>).</summary>
    public const string Book = "under-load.html";

    /// <summary>The whole multi-page site for reading from file:// (written by <see cref="PackSiteArchive"/>).</summary>
    public const string Archive = "under-load.zip";

    /// <summary>
    /// Whether this build writes (or, in `serve`, keeps) the book: a link to it then saves it (<c>download</c>) — it is
    /// made to be read from disk (opened on the site it is styled too: the CSP allows its &lt;style&gt; by hash).
    /// </summary>
    public static bool BookIsWritten(BuildContext context) =>
        context.Options.KeepPreviousOfflineFiles || File.Exists(Path.Combine(context.Options.ThemeDir, "layouts", BuildOfflineBook.Layout + ".liquid"));

    /// <summary>The single file printed by Chromium (the <c>pdf</c> verb; never part of a plain build).</summary>
    public const string Pdf = "under-load.pdf";
}
