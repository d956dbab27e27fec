using System.Net;
using System.Net.Sockets;

namespace UnderLoad.Snippets.IoBlocking;

public static class FileOverSocket
{
    /// <summary>What the sending process did with the file's bytes.</summary>
    public sealed record SendStats(long BytesThroughUserSpace, int ReadCalls, int SendCalls);

    // <CopyLoop>
    /// <summary>
    /// The classic loop: read() copies page cache → our buffer, send() copies our buffer → socket buffer.
    /// Every byte crosses the user/kernel boundary twice, and each chunk costs two system calls.
    /// </summary>
    public static SendStats CopyLoop(string path, Socket socket, int bufferSize = 64 * 1024)
    {
        var buffer = new byte[bufferSize];
        long through = 0;
        int reads = 0, sends = 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        int n;
        while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            reads++;
            through += n; // kernel → user
            var sent = 0;
            while (sent < n)
            {
                sent += socket.Send(buffer, sent, n - sent, SocketFlags.None);
                sends++;
            }
            through += n; // user → kernel
        }
        return new SendStats(through, reads, sends);
    }
    // </CopyLoop>

    // <ZeroCopy>
    /// <summary>
    /// sendfile(2) on Linux: the kernel moves pages from the page cache to the socket itself.
    /// The file's bytes never enter this process: no buffer, no read loop.
    /// </summary>
    public static void ZeroCopy(string path, Socket socket) => socket.SendFile(path);
    // </ZeroCopy>

    /// <summary>A loopback receiver that collects everything until the sender closes.</summary>
    public static async Task<(Socket Client, Task<byte[]> Received)> ConnectLoopbackAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        var server = await listener.AcceptAsync();
        var received = Task.Run(async () =>
        {
            using var s = server;
            using var all = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = await s.ReceiveAsync(buffer)) > 0) all.Write(buffer, 0, n);
            return all.ToArray();
        });
        return (client, received);
    }
}
