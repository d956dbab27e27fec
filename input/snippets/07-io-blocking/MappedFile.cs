using System.IO.MemoryMappedFiles;

namespace UnderLoad.Snippets.IoBlocking;

// <MappedRecords>
/// <summary>
/// Fixed-size records read straight out of the page cache through a memory map: Java's
/// FileChannel.map → MappedByteBuffer. Record N is one address computation, not a read() call,
/// and pages are loaded by page faults only when touched.
/// </summary>
public sealed class MappedRecords : IDisposable
{
    public const int RecordSize = 16; // long id + long value

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;

    public long Count { get; }

    public MappedRecords(string path, bool writable = false)
    {
        var length = new FileInfo(path).Length;
        if (length % RecordSize != 0) throw new InvalidDataException($"{length} bytes is not a whole number of records.");
        Count = length / RecordSize;
        var access = writable ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.Read;
        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, access);
        _view = _map.CreateViewAccessor(0, length, access);
    }

    public (long Id, long Value) Read(long index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((ulong)index, (ulong)Count, nameof(index));
        var offset = index * RecordSize;
        return (_view.ReadInt64(offset), _view.ReadInt64(offset + 8));
    }

    /// <summary>A store into the mapping dirties the page in the page cache; the kernel writes it back later.</summary>
    public void WriteValue(long index, long value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((ulong)index, (ulong)Count, nameof(index));
        _view.Write(index * RecordSize + 8, value);
    }

    /// <summary>msync: force dirty pages to the disk (MappedByteBuffer.force in Java).</summary>
    public void Flush() => _view.Flush();

    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
    }
}
// </MappedRecords>
