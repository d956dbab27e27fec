using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Writes a zip archive whose entries are compressed on every core. ZipArchive compresses one entry after the other on
/// one thread, and at 3000 pages (45 MB of HTML) that is the last second of a build, with the other core idle. Here each
/// entry is deflated on its own (DeflateStream, the same raw deflate ZipArchive writes; CRC-32 from System.IO.Hashing),
/// then the local headers, data and central directory are written in order (PKWARE APPNOTE 6.3: no data descriptors,
/// UTF-8 names, no Zip64 — an archive that would need it is written by ZipArchive instead).
/// </summary>
public static class ZipWriter
{
    public sealed record Entry(string Name, Func<byte[]> Content);

    public static void Write(string path, IReadOnlyList<Entry> entries, DateTime modified, CompressionLevel level)
    {
        var packed = new (byte[] Data, uint Crc, long Size, ushort Method)[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var raw = entries[i].Content();
            var crc = Crc32.HashToUInt32(raw);
            if (level == CompressionLevel.NoCompression)
            {
                packed[i] = (raw, crc, raw.Length, (ushort)0);
                return;
            }

            var buffer = new MemoryStream(raw.Length / 3 + 64);
            using (var deflate = new DeflateStream(buffer, level, leaveOpen: true)) deflate.Write(raw);
            // Stored when deflate does not help (tiny or already compressed files), as ZipArchive does.
            packed[i] = buffer.Length < raw.Length ? (buffer.ToArray(), crc, raw.Length, (ushort)8) : (raw, crc, raw.Length, (ushort)0);
        });

        if (entries.Count >= ushort.MaxValue || packed.Sum(p => (long)p.Data.Length + 128) >= uint.MaxValue || packed.Any(p => p.Size >= uint.MaxValue))
        {
            WithZipArchive(path, entries, modified, level);
            return;
        }

        var (time, date) = DosTime(modified);
        var names = entries.Select(e => Encoding.UTF8.GetBytes(e.Name)).ToArray();
        var offsets = new uint[entries.Count];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> header = stackalloc byte[46];
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = (uint)file.Position;
            var (data, crc, size, method) = packed[i];
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);      // local file header
            Fields(header[4..], method, time, date, crc, (uint)data.Length, (uint)size, names[i].Length);
            file.Write(header[..30]);
            file.Write(names[i]);
            file.Write(data);
        }

        var directory = (uint)file.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var (data, crc, size, method) = packed[i];
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);      // central directory header
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);         // made by: 2.0, MS-DOS attributes
            Fields(header[6..], method, time, date, crc, (uint)data.Length, (uint)size, names[i].Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offsets[i]);
            file.Write(header);
            file.Write(names[i]);
        }

        var end = (uint)file.Position;
        Span<byte> tail = stackalloc byte[22];
        tail.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(tail, 0x06054b50);            // end of central directory
        BinaryPrimitives.WriteUInt16LittleEndian(tail[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(tail[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(tail[12..], end - directory);
        BinaryPrimitives.WriteUInt32LittleEndian(tail[16..], directory);
        file.Write(tail);
    }

    /// <summary>The fields a local header and its central directory entry share, version needed to name length.</summary>
    private static void Fields(Span<byte> at, ushort method, ushort time, ushort date, uint crc, uint compressed, uint size, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, 20);                      // version needed: 2.0
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], 0x0800);             // names are UTF-8
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], (ushort)nameLength);
    }

    /// <summary>MS-DOS date and time (two-second resolution, from 1980), as zip headers hold them.</summary>
    internal static (ushort Time, ushort Date) DosTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1);
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }

    private static void WithZipArchive(string path, IReadOnlyList<Entry> entries, DateTime modified, CompressionLevel level)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in entries)
        {
            var zipEntry = zip.CreateEntry(entry.Name, level);
            zipEntry.LastWriteTime = modified;
            using var stream = zipEntry.Open();
            stream.Write(entry.Content());
        }
    }
}
