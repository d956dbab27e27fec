using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Writes a zip archive whose entries are deflated on every core, a window of entries ahead of the one being written,
/// and written in order. The archive is the last thing a build waits for: ZipArchive deflates one entry after the other
/// on one thread, and at 300 pages that thread ran ~85 ms alone after everything else was done. At the levels ZipArchive
/// offers (<see cref="ZipArchiveLevel"/>) the bytes are ZipArchive's (same headers, same deflate streams: a test compares); the
/// writer also takes zlib's levels in between (<see cref="Balanced"/>). Archives that would need Zip64 (65,535 entries, 4 GB) are refused with
/// <see cref="ArchiveTooLargeException"/>, and the caller writes them with ZipArchive.
/// </summary>
public static class ArchiveWriter
{
    /// <summary>
    /// One entry: its name in the archive and a function that returns its bytes (called on any thread), or the entry
    /// deflated already (<see cref="Deflate"/>, at the archive's level).
    /// </summary>
    public sealed record Entry(string Name, Func<byte[]> Content, Deflated? Ready = null);

    /// <summary>zlib levels: entries stored, and ZipArchive's Fastest and Optimal.</summary>
    public const int Stored = 0, Fastest = 1, Optimal = 6;

    /// <summary>
    /// zlib's level 3: on the pages of a 300-page site (6 MB of HTML) 2% larger than Optimal and deflated in 42% of the
    /// time (41 against 97 ms of CPU); Fastest is 25 ms but 36% larger.
    /// </summary>
    public const int Balanced = 3;

    /// <summary>
    /// ZipArchive's level nearest to a zlib level: the same one at <see cref="Stored"/>, <see cref="Fastest"/> and
    /// <see cref="Optimal"/> (where the bytes are ZipArchive's), Optimal for the levels between.
    /// </summary>
    public static CompressionLevel ZipArchiveLevel(int level) => level switch
    {
        Stored => CompressionLevel.NoCompression,
        Fastest => CompressionLevel.Fastest,
        _ => CompressionLevel.Optimal,
    };

    /// <summary>An entry as the archive holds it: its encoded name, CRC-32, size, and data (deflated, or stored).</summary>
    public sealed record Deflated(byte[] Name, bool Utf8Name, uint Crc, long Size, byte[] Data, int Length, ushort Method);

    public static void Write(Stream output, IReadOnlyList<Entry> entries, DateTimeOffset lastWrite, int level)
    {
        if (entries.Count >= ushort.MaxValue) throw new ArchiveTooLargeException();
        var (time, date) = DosTime(lastWrite.DateTime);
        var central = new MemoryStream();
        long offset = 0;
        var header = new byte[46];
        // Entries are deflated on the thread pool a window ahead of the one being written, and written in order.
        var window = Math.Max(64, Environment.ProcessorCount * 16);
        var pending = new Queue<Task<Deflated>>();
        var next = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            for (; next < entries.Count && next < i + window; next++)
            {
                var toDeflate = entries[next];
                pending.Enqueue(toDeflate.Ready is { } ready ? Task.FromResult(ready) : Task.Run(() => Deflate(toDeflate.Name, toDeflate.Content(), level)));
            }

            var entry = pending.Dequeue().GetAwaiter().GetResult();
            if (offset + 30 + entry.Name.Length + entry.Length > uint.MaxValue || entry.Size > uint.MaxValue) throw new ArchiveTooLargeException();
            // Bit 11: the name is UTF-8; bits 1-2: 11 = the fastest level (ZipArchive marks every entry made at it).
            var flags = (ushort)((entry.Utf8Name ? 0x800 : 0) | (level == Fastest ? 0x6 : 0));
            // Local header: signature, the fields it shares with the central directory, no extra field.
            var span = header.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(span, 0x04034b50);
            Shared(span[4..], entry, flags, time, date);
            BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0);
            output.Write(header, 0, 30);
            output.Write(entry.Name);
            output.Write(entry.Data, 0, entry.Length);

            // Its central directory record: made by version 2.0 on Unix, a regular file readable by all (rw-r--r--).
            BinaryPrimitives.WriteUInt32LittleEndian(span, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 0x0314);
            Shared(span[6..], entry, flags, time, date);
            span[30..42].Clear(); // extra field, comment, disk number, internal attributes: none
            BinaryPrimitives.WriteUInt32LittleEndian(span[38..], 0x81A4u << 16);
            BinaryPrimitives.WriteUInt32LittleEndian(span[42..], (uint)offset);
            central.Write(header, 0, 46);
            central.Write(entry.Name);
            offset += 30 + entry.Name.Length + entry.Length;
        }

        if (offset + central.Length > uint.MaxValue) throw new ArchiveTooLargeException();
        central.Position = 0;
        central.CopyTo(output);
        // End of central directory: one disk, the entry count twice, the directory's size and offset, no comment.
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        output.Write(end);
    }

    /// <summary>
    /// The fields the local header and the central directory record share, in the same order: version needed (2.0),
    /// flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
    /// </summary>
    private static void Shared(Span<byte> at, Deflated entry, ushort flags, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, 20);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], (ushort)entry.Name.Length);
    }

    /// <summary>An entry deflated at zlib's <paramref name="level"/> as ZipArchive would (stored when empty or at level 0).</summary>
    public static Deflated Deflate(string entryName, byte[] content, int level)
    {
        var utf8 = !Ascii.IsValid(entryName);
        var name = utf8 ? Encoding.UTF8.GetBytes(entryName) : Encoding.ASCII.GetBytes(entryName);
        var crc = Crc32.HashToUInt32(content);
        // ZipArchive stores an entry nothing was written to, and one written at NoCompression; it deflates the rest.
        if (content.Length == 0 || level == Stored) return new Deflated(name, utf8, crc, content.Length, content, content.Length, 0);
        var data = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(data, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) deflate.Write(content);
        return new Deflated(name, utf8, crc, content.Length, data.GetBuffer(), (int)data.Length, 8);
    }

    /// <summary>The MS-DOS time and date of a zip header (2-second resolution, years from 1980).</summary>
    private static (ushort Time, ushort Date) DosTime(DateTime t) =>
        ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
}
