using System.Text;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Page bodies between RenderMarkdown and ApplyLayout, kept in one file in the staging folder instead of in memory. The
/// layout waits for the search index, which needs every page, so every body would otherwise be held at once: at 30,000
/// pages that is over 600 MB of strings. A body is written as UTF-8 where its page is rendered (workers append at offsets
/// they reserve) and read back where the page is laid out. The file is gone before the staging folder becomes output/.
/// </summary>
public sealed class BodyStore(string stagingDir) : IDisposable
{
    /// <summary>Where in the staging folder the bodies are kept (a dot file: no page or link can name it).</summary>
    public const string FileName = ".page-bodies";

    private static readonly UTF8Encoding Utf8 = new(false, true);
    private readonly Lock _gate = new();
    private readonly string _path = Path.Combine(stagingDir, FileName);
    private FileStream? _file;
    private long _length;

    /// <summary>Keeps <paramref name="html"/> and says where it is.</summary>
    public StoredBody Add(string html)
    {
        var bytes = Utf8.GetBytes(html);
        long at;
        Microsoft.Win32.SafeHandles.SafeFileHandle file;
        lock (_gate)
        {
            _file ??= new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            at = _length;
            _length += bytes.Length;
            file = _file.SafeFileHandle;
        }

        RandomAccess.Write(file, bytes, at); // outside the lock: workers write their own ranges side by side
        return new StoredBody(at, bytes.Length);
    }

    /// <summary>The body kept at <paramref name="body"/>.</summary>
    public string Read(StoredBody body)
    {
        FileStream file;
        lock (_gate) file = _file ?? throw new InvalidOperationException("no page body was kept");
        var bytes = new byte[body.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(file.SafeFileHandle, bytes.AsSpan(read), body.Offset + read);
            if (n == 0) throw new IOException($"{_path} ended before the page body it holds at {body.Offset}");
            read += n;
        }

        return Utf8.GetString(bytes);
    }

    /// <summary>Deletes the file (the pages are laid out by now, or the build failed).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_file is null) return;
            _file.Dispose();
            _file = null;
            File.Delete(_path);
        }
    }
}
