namespace UnderLoad.Generator.Pipeline;

/// <summary>What a build was asked to do.</summary>
public sealed record BuildOptions
{
    public required string InputDir { get; init; }
    /// <summary>The input folder as the user gave it, relative to the working directory ("input", "../docs", "."): messages start with it.</summary>
    public string InputDisplay { get; init; } = "input";
    public required string ThemeDir { get; init; }
    public required string OutputDir { get; init; }
    /// <summary>Overrides site.yml's base_url when set.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>CI mode: warnings that would ship a worse site (uncached diagrams, low coverage) become errors.</summary>
    public bool Strict { get; init; }
    /// <summary>Where the generator looks for a coverage report of the snippets (Cobertura XML).</summary>
    public string? CoverageReport { get; init; }
    /// <summary>Folder of the repository, for "Edit this page", last-updated dates and source links.</summary>
    public string? RepositoryRoot { get; init; }
    /// <summary>
    /// What `serve` keeps in memory for its next build (rendered bodies, highlighted code, ...), or null. A one-off
    /// build has none: holding every body until exit only raises its peak memory.
    /// </summary>
    public Memo? Memo { get; init; }

    /// <summary>Whether results are kept in memory for the next build of this process (`serve`).</summary>
    public bool KeepCaches => Memo is not null;
    /// <summary>
    /// Folder of the <see cref="BuildCache"/> kept between builds (highlighted code, rewritten diagrams, processed pages);
    /// null for none.
    /// The CLI passes <see cref="BuildCache.DefaultFolder"/> unless told otherwise.
    /// </summary>
    public string? CacheDir { get; init; }
    /// <summary>
    /// `serve`, right after a save: leave the offline book and archive of the previous output in place (pages link to
    /// them) instead of building them, so the reload is not kept waiting; a full build follows and replaces them.
    /// </summary>
    public bool KeepPreviousOfflineFiles { get; init; }

    /// <summary>A path under the input folder as messages print it: <c>docs/guide/install.md</c> for --input docs.</summary>
    public string Display(string inputRelative) => InputDisplay is "" or "." ? inputRelative : InputDisplay.TrimEnd('/') + "/" + inputRelative;
}
