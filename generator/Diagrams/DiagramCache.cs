using System.Security.Cryptography;
using System.Text;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// input/diagrams-cache/: one file per diagram and theme, <c>&lt;key&gt;.svg</c>, holding the SVG exactly as Mermaid
/// returned it. The key is a hash of (Mermaid version, theme configuration, source), so any change to one of them is a
/// miss, and the folder is committed: a build whose diagrams are all cached never starts a browser. The CSP and id
/// rewriting happens on every build (it is cheap), so changing it never invalidates the cache.
/// </summary>
public sealed class DiagramCache
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public DiagramCache(string folder) => Folder = folder;

    public string Folder { get; }

    public static string Key(string mermaidVersion, DiagramTheme theme, string source) =>
        Hash($"mermaid {mermaidVersion}\n{theme.ConfigJson}\n{source}", 16);

    /// <summary>Lower-case hex of SHA-256, first <paramref name="length"/> characters.</summary>
    public static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];

    public string PathOf(string key) => Path.Combine(Folder, key + ".svg");

    /// <summary>Marks <paramref name="key"/> as used by this build, whether or not it is cached yet.</summary>
    public void MarkUsed(string key)
    {
        lock (_gate)
        {
            _used.Add(key);
        }
    }

    public bool TryRead(string key, out string svg)
    {
        MarkUsed(key);
        var path = PathOf(key);
        if (Memo is not null && Memo.TryGet<string>(MemoKind, path, out var kept))
        {
            svg = kept;
            return true;
        }

        svg = File.Exists(path) ? File.ReadAllText(path) : "";
        if (Memo is not null && svg.Length > 0) Memo.Set(MemoKind, path, svg);
        return svg.Length > 0;
    }

    /// <summary>`serve`'s memo: a file's name is the hash of what it renders, so once read it need not be read again.</summary>
    public Pipeline.Memo? Memo { get; init; }

    private const string MemoKind = "diagram-cache-file";

    public void Write(string key, string svg)
    {
        MarkUsed(key);
        Directory.CreateDirectory(Folder);
        var temporary = PathOf(key) + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temporary, svg, new UTF8Encoding(false));
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <summary>Deletes cached files no diagram of this build used; returns their names.</summary>
    public IReadOnlyList<string> Prune()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var stale = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.svg"))
        {
            var key = Path.GetFileNameWithoutExtension(file);
            bool used;
            lock (_gate)
            {
                used = _used.Contains(key);
            }

            if (!used)
            {
                File.Delete(file);
                stale.Add(Path.GetFileName(file));
            }
        }

        stale.Sort(StringComparer.Ordinal);
        return stale;
    }
}
