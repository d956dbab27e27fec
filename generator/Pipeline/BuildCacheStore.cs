using System.Collections.Concurrent;
using System.Text;

namespace UnderLoad.Generator.Pipeline;

/// <summary>One kind of result of the <see cref="BuildCache"/>: a dictionary in memory, one file on disk.</summary>
internal sealed class BuildCacheStore
{
    private const string Magic = "under-load cache 2";
    private readonly string _path;
    private readonly Lazy<ConcurrentDictionary<string, byte[]>> _entries;
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _loaded;
    private int _hits;
    private int _misses;

    public BuildCacheStore(string path)
    {
        _path = path;
        _entries = new Lazy<ConcurrentDictionary<string, byte[]>>(() =>
        {
            var entries = Load(path);
            _loaded = entries.Count;
            return entries;
        });
    }

    public int Hits => _hits;
    public int Misses => _misses;

    /// <summary>The assemblies whose code makes the results: a file written by other builds of them is not read.</summary>
    private static readonly string Stamp = string.Join(',', new[] { typeof(BuildCache), typeof(ColorCode.ILanguage), typeof(AngleSharp.IConfiguration) }
        .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    public bool TryGet(string key, out byte[] value)
    {
        _used.TryAdd(key, 0);
        if (_entries.Value.TryGetValue(key, out value!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Add(string key, byte[] value) => _entries.Value[key] = value;

    public void BeginBuild()
    {
        _used = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        _hits = 0;
        _misses = 0;
    }

    public void SaveIfChanged()
    {
        if (!_entries.IsValueCreated) return;
        var entries = _entries.Value;
        // Only what this build used survives: the file follows the site instead of growing forever.
        foreach (var unused in entries.Keys.Where(k => !_used.ContainsKey(k)).ToList()) entries.TryRemove(unused, out _);
        if (_misses == 0 && entries.Count == _loaded) return;

        var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Stamp);
                var snapshot = entries.ToArray();
                writer.Write(snapshot.Length);
                foreach (var (key, value) in snapshot)
                {
                    writer.Write(key);
                    writer.Write(value.Length);
                    writer.Write(value);
                }
            }

            File.Move(temporary, _path, overwrite: true);
            _loaded = entries.Count;
        }
        catch (IOException)
        {
            // A cache that cannot be written only makes the next build slower.
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static ConcurrentDictionary<string, byte[]> Load(string path)
    {
        var entries = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path)) return entries;
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != Stamp) return entries;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var length = reader.ReadInt32();
                var value = reader.ReadBytes(length);
                if (value.Length != length) throw new EndOfStreamException();
                entries[key] = value;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // Damaged or unreadable: start empty (EndOfStreamException is an IOException).
            entries.Clear();
        }

        return entries;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
    }
}
