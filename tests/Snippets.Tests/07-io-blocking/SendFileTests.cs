using System.Security.Cryptography;
using UnderLoad.Snippets.IoBlocking;

namespace UnderLoad.Snippets.Tests.IoBlocking;

public sealed class SendFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"payload-{Guid.NewGuid():N}.bin");
    private readonly byte[] _content;

    public SendFileTests()
    {
        _content = new byte[3 * 1024 * 1024 + 123]; // not a multiple of the buffer
        new Random(7).NextBytes(_content);
        File.WriteAllBytes(_path, _content);
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Copy_loop_moves_every_byte_through_user_space_twice()
    {
        var (client, received) = await FileOverSocket.ConnectLoopbackAsync();
        FileOverSocket.SendStats stats;
        using (client)
        {
            stats = FileOverSocket.CopyLoop(_path, client, bufferSize: 64 * 1024);
            client.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        }
        var bytes = await received.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SHA256.HashData(_content), SHA256.HashData(bytes));
        Assert.Equal(2L * _content.Length, stats.BytesThroughUserSpace);
        Assert.Equal((_content.Length + 65_535) / 65_536, stats.ReadCalls);
        Assert.True(stats.SendCalls >= stats.ReadCalls);
    }

    [Fact]
    public async Task SendFile_delivers_identical_bytes_without_a_user_space_buffer()
    {
        // warm up so one-time JIT and socket setup allocations are not counted
        var (warm, warmReceived) = await FileOverSocket.ConnectLoopbackAsync();
        using (warm) { FileOverSocket.ZeroCopy(_path, warm); FileOverSocket.CopyLoop(_path, warm); warm.Shutdown(System.Net.Sockets.SocketShutdown.Send); }
        await warmReceived.WaitAsync(TimeSpan.FromSeconds(10));

        var (client, received) = await FileOverSocket.ConnectLoopbackAsync();
        long zeroCopyAlloc, copyLoopAlloc;
        using (client)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            FileOverSocket.ZeroCopy(_path, client);
            zeroCopyAlloc = GC.GetAllocatedBytesForCurrentThread() - before;

            before = GC.GetAllocatedBytesForCurrentThread();
            FileOverSocket.CopyLoop(_path, client);
            copyLoopAlloc = GC.GetAllocatedBytesForCurrentThread() - before;
            client.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        }
        var bytes = await received.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2 * _content.Length, bytes.Length);
        Assert.Equal(SHA256.HashData(_content), SHA256.HashData(bytes.AsSpan(0, _content.Length)));
        Assert.Equal(SHA256.HashData(_content), SHA256.HashData(bytes.AsSpan(_content.Length)));
        Assert.True(copyLoopAlloc >= 64 * 1024, $"copy loop allocated {copyLoopAlloc:N0} bytes");
        Assert.True(zeroCopyAlloc < 8 * 1024, $"SendFile allocated {zeroCopyAlloc:N0} bytes");
    }
}
