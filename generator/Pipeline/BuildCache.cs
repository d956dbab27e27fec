using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Results that are slow to compute and a pure function of their inputs — highlighted code, rewritten diagram SVG —
/// kept between builds in a folder outside the repository (by default <c>$XDG_CACHE_HOME/under-load/…</c>, one per
/// input folder; <c>build --cache DIR</c> moves it, <c>--no-cache</c> turns it off). Each kind is one file, read once
/// when a build first asks for it and rewritten after a successful build that computed something new or stopped
/// using something (so it never holds more than the last build needed). Keys are SHA-256 hashes of everything the
/// result depends on; a file written by another build of the generator or its libraries is ignored.
/// A cold build (no cache folder, as on CI or Netlify) computes everything and produces the same site.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, BuildCacheStore> _stores = new(StringComparer.Ordinal);

    /// <summary>
    /// The cache in <paramref name="folder"/>; each kind is read from disk when a build first asks for it. A one-off
    /// build opens its own and drops it at the end; `serve` keeps one in its <see cref="Memo"/> between builds.
    /// </summary>
    public BuildCache(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    /// <summary>The cache a build uses: none without a folder, serve's kept copy, else a fresh one.</summary>
    public static BuildCache? For(BuildOptions options) =>
        options.CacheDir is not { } folder ? null
        : options.Memo?.GetOrAdd("build-cache", Path.GetFullPath(folder), () => new BuildCache(folder)) ?? new BuildCache(folder);

    /// <summary>The default folder for a site: <see cref="Root"/>/&lt;hash of the input path&gt;.</summary>
    public static string DefaultFolder(string inputDir) => Path.Combine(Root, Hash(Path.GetFullPath(inputDir))[..16]);

    /// <summary>Where the default caches are: $XDG_CACHE_HOME (else ~/.cache)/under-load.</summary>
    public static string Root => Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
        ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "under-load");

    /// <summary>A key from the parts a result depends on.</summary>
    public static string Key(params string[] parts) => Hash(string.Join('\u0001', parts));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The cached text of <paramref name="kind"/> for <paramref name="key"/>, computing and keeping it on a miss.</summary>
    public string GetOrAdd(string kind, string key, Func<string> compute) =>
        GetOrAdd(kind, key, compute, (w, text) => w.Write(text), r => r.ReadString());

    /// <summary>
    /// The cached result of <paramref name="kind"/> for <paramref name="key"/>: read back with <paramref name="read"/>, or
    /// computed and kept (as the bytes <paramref name="write"/> makes of it) on a miss.
    /// </summary>
    public T GetOrAdd<T>(string kind, string key, Func<T> compute, Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
    {
        var store = _stores.GetOrAdd(kind, k => new BuildCacheStore(Path.Combine(Folder, k + ".bin")));
        if (store.TryGet(key, out var bytes))
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            return read(reader);
        }

        var value = compute();
        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) write(writer, value);
        store.Add(key, buffer.ToArray());
        return value;
    }

    /// <summary>Writes a string that may be null (for <see cref="GetOrAdd{T}"/>'s writers).</summary>
    public static void WriteNullable(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    public static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteList(BinaryWriter writer, IReadOnlyCollection<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items) writer.Write(item);
    }

    public static List<string> ReadList(BinaryReader reader)
    {
        var items = new List<string>(reader.ReadInt32());
        for (var i = items.Capacity; i > 0; i--) items.Add(reader.ReadString());
        return items;
    }

    /// <summary>How many results of this kind the current build took from the cache and how many it computed.</summary>
    public (int Hits, int Misses) Counts(string kind) => _stores.TryGetValue(kind, out var s) ? (s.Hits, s.Misses) : (0, 0);

    /// <summary>Hits and misses of every kind this build asked for.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> AllCounts() =>
        _stores.Keys.Order(StringComparer.Ordinal).ToDictionary(k => k, Counts, StringComparer.Ordinal);

    /// <summary>Starts a build: counts and the record of what is used start again.</summary>
    public void BeginBuild()
    {
        foreach (var store in _stores.Values) store.BeginBuild();
    }

    /// <summary>After a successful build: rewrites the files of kinds that changed (new results, or results not used).</summary>
    public void Save()
    {
        try
        {
            Directory.CreateDirectory(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // a cache that cannot be written only makes the next build slower
        }

        foreach (var store in _stores.Values) store.SaveIfChanged();
    }
}
