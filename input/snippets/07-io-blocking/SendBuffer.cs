using System.Net;
using System.Net.Sockets;

namespace UnderLoad.Snippets.IoBlocking;

// <KernelBuffers>
public static class KernelBuffers
{
    /// <summary>
    /// Writes into a connection whose peer never reads, without ever blocking, until the kernel says
    /// EWOULDBLOCK. What it accepted is the sender's send buffer plus the receiver's receive buffer
    /// (and anything in flight): that is all the "async" a socket write has before it must wait.
    /// </summary>
    public static long BytesKernelAcceptsBeforeBlocking(Socket sender, int chunkSize = 16 * 1024, long limit = 64L << 20)
    {
        var chunk = new byte[chunkSize];
        sender.Blocking = false;
        long accepted = 0;
        while (accepted < limit)
        {
            var n = sender.Send(chunk, 0, chunk.Length, SocketFlags.None, out var error);
            if (error == SocketError.WouldBlock) return accepted; // a blocking socket would park the thread here
            if (error != SocketError.Success) throw new SocketException((int)error);
            accepted += n;
        }
        throw new InvalidOperationException($"The kernel took {limit:N0} bytes without pushing back.");
    }
}
// </KernelBuffers>

// <NeverAwaits>
public sealed class FireAndForgetWriter(Socket socket)
{
    private readonly List<Task> _inFlight = [];

    /// <summary>
    /// The bug: start a send and move on. When the socket buffer is full, each call leaves a pending
    /// operation holding its buffer in this process, and nothing slows the producer down.
    /// </summary>
    public void Write(byte[] payload) => _inFlight.Add(socket.SendAsync(payload, SocketFlags.None));

    public int Pending => _inFlight.Count(t => !t.IsCompleted);

    public Task DrainAsync() => Task.WhenAll(_inFlight);
}
// </NeverAwaits>

public static class LoopbackPair
{
    /// <summary>A connected pair with small, fixed kernel buffers (setting them turns off Linux autotuning).</summary>
    public static async Task<(Socket Sender, Socket Receiver)> CreateAsync(int sendBuffer, int receiveBuffer)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.ReceiveBufferSize = receiveBuffer; // inherited by the accepted socket, before the handshake
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var sender = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { SendBufferSize = sendBuffer };
        await sender.ConnectAsync(listener.LocalEndPoint!);
        var receiver = await listener.AcceptAsync();
        return (sender, receiver);
    }
}
