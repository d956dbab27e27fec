using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>The files that carry the handbook off the site: one HTML file, the whole site zipped, the printed book.</summary>
public static class OfflineFiles
{
    /// <summary>Every page in reading order in one self-contained file (written by <see cref="BuildOfflineBook"/>).</summary>
    public const string Book = "under-load.html";

    /// <summary>The whole multi-page site for reading from file:// (written by <see cref="PackSiteArchive"/>).</summary>
    public const string Archive = "under-load.zip";

    /// <summary>The single file printed by Chromium (the <c>pdf</c> verb; never part of a plain build).</summary>
    public const string Pdf = "under-load.pdf";
}
