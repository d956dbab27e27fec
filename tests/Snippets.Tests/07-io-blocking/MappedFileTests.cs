using UnderLoad.Snippets.IoBlocking;

namespace UnderLoad.Snippets.Tests.IoBlocking;

public sealed class MappedFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"records-{Guid.NewGuid():N}.bin");
    private const int Count = 10_000;

    public MappedFileTests()
    {
        using var writer = new BinaryWriter(File.Create(_path));
        for (long i = 0; i < Count; i++) { writer.Write(i); writer.Write(i * i); }
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Reads_any_record_by_offset()
    {
        using var records = new MappedRecords(_path);
        Assert.Equal(Count, records.Count);
        Assert.Equal((0L, 0L), records.Read(0));
        Assert.Equal((7_777L, 7_777L * 7_777L), records.Read(7_777));
        Assert.Equal((Count - 1L, (Count - 1L) * (Count - 1L)), records.Read(Count - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => records.Read(Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => records.Read(-1));
    }

    [Fact]
    public void A_store_into_the_map_is_what_an_ordinary_read_sees()
    {
        using (var records = new MappedRecords(_path, writable: true))
        {
            records.WriteValue(42, -1);
            Assert.Throws<ArgumentOutOfRangeException>(() => records.WriteValue(Count, 0));
            // no Flush yet: a plain read() is served from the same page cache page the map points at
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var bytes = new byte[8];
            file.Position = 42 * MappedRecords.RecordSize + 8;
            file.ReadExactly(bytes);
            Assert.Equal(-1L, BitConverter.ToInt64(bytes));
            records.Flush();
        }
        using var reopened = new MappedRecords(_path);
        Assert.Equal((42L, -1L), reopened.Read(42));
        Assert.Equal((43L, 43L * 43L), reopened.Read(43));
    }

    [Fact]
    public void Rejects_a_file_that_is_not_whole_records()
    {
        File.AppendAllText(_path, "x");
        Assert.Throws<InvalidDataException>(() => new MappedRecords(_path));
    }
}
