using System.Collections.Concurrent;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Pages deflated for the site archive by <see cref="Modules.WritePages"/> while it has their bytes at hand, on the
/// workers that lay the pages out, instead of <see cref="PackSiteArchive"/> reading every page back and deflating it
/// at the end of the build, the last thing a small site waited for. Only while the archive is deflated at Balanced (a
/// site of up to <see cref="PackSiteArchive.FastestAbovePages"/> pages, ~4 MB of entries held until the archive is
/// written); a larger site's pages are read back and deflated as the archive is written, so they are not all held.
/// </summary>
public sealed class ArchiveEntries(int level, bool deflating)
{
    private readonly ConcurrentDictionary<string, ArchiveWriter.Deflated> _pages = new(StringComparer.Ordinal);

    /// <summary>The zlib level the archive is deflated at (the entries' level).</summary>
    public int Level { get; } = level;

    /// <summary>Whether pages are deflated as they are written.</summary>
    public bool Deflating { get; } = deflating;

    public void Add(string outputPath, ArchiveWriter.Deflated entry) => _pages[outputPath] = entry;

    /// <summary>The page's entry, or null when it was not deflated as it was written.</summary>
    public ArchiveWriter.Deflated? For(string outputPath) => _pages.GetValueOrDefault(outputPath);
}
