using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;

namespace UnderLoad.Snippets.ReactiveInternals;

// <FrameDecoder>
/// <summary>A 4-byte big-endian length, then the payload: Netty's LengthFieldBasedFrameDecoder(…, 0, 4, 0, 4).</summary>
public static class LengthPrefixedFrames
{
    public const int HeaderSize = 4;

    /// <summary>Takes one whole frame off the front of <paramref name="buffer"/>, or returns false and waits for more bytes.</summary>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxFrameLength, out ReadOnlySequence<byte> frame)
    {
        frame = default;
        if (buffer.Length < HeaderSize) return false;          // header split across reads

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > maxFrameLength)              // never trust a length you did not write
            throw new InvalidDataException($"Frame length {length} is outside 0..{maxFrameLength}.");

        if (buffer.Length < HeaderSize + length) return false; // body split across reads

        frame = buffer.Slice(HeaderSize, length);
        buffer = buffer.Slice(HeaderSize + length);             // the rest may hold the next frames
        return true;
    }

    public static byte[] Encode(ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, payload.Length);
        payload.CopyTo(bytes.AsSpan(HeaderSize));
        return bytes;
    }
}
// </FrameDecoder>

// <Pipeline>
public interface IInboundHandler
{
    void ChannelRead(HandlerContext context, object message);
}

public interface IOutboundHandler
{
    object Write(object message);
}

public readonly record struct HandlerContext(ChannelPipeline Pipeline, int Index)
{
    /// <summary>Pass the (transformed) message to the next inbound handler, like ctx.fireChannelRead.</summary>
    public void FireChannelRead(object message) => Pipeline.InvokeRead(Index + 1, message);
}

/// <summary>Inbound events run head → tail, outbound writes run tail → head, as in Netty.</summary>
public sealed class ChannelPipeline
{
    private readonly List<IInboundHandler> _inbound = [];
    private readonly List<IOutboundHandler> _outbound = [];

    public ChannelPipeline AddLast(IInboundHandler handler) { _inbound.Add(handler); return this; }
    public ChannelPipeline AddLast(IOutboundHandler handler) { _outbound.Add(handler); return this; }

    public void FireChannelRead(object message) => InvokeRead(0, message);

    internal void InvokeRead(int index, object message)
    {
        if (index < _inbound.Count) _inbound[index].ChannelRead(new HandlerContext(this, index), message);
    }

    public object Write(object message)
    {
        for (var i = _outbound.Count - 1; i >= 0; i--) message = _outbound[i].Write(message);
        return message;
    }
}

public sealed class Utf8StringDecoder : IInboundHandler
{
    public void ChannelRead(HandlerContext context, object message) =>
        context.FireChannelRead(Encoding.UTF8.GetString((byte[])message));
}

public sealed class Utf8FrameEncoder : IOutboundHandler
{
    public object Write(object message) => LengthPrefixedFrames.Encode(Encoding.UTF8.GetBytes((string)message));
}
// </Pipeline>

// <ReadLoop>
public static class FrameReadLoop
{
    /// <summary>The transport side: whatever sizes the reads come in, only whole frames enter the pipeline.</summary>
    public static async Task<int> RunAsync(PipeReader reader, ChannelPipeline pipeline, int maxFrameLength,
        CancellationToken ct = default)
    {
        var reads = 0;
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            reads++;
            var buffer = result.Buffer;
            while (LengthPrefixedFrames.TryReadFrame(ref buffer, maxFrameLength, out var frame))
                pipeline.FireChannelRead(frame.ToArray());

            var insideFrame = !buffer.IsEmpty;
            // consumed: up to the first incomplete frame; examined: everything, so the next
            // ReadAsync waits for new bytes instead of spinning on the same partial frame
            reader.AdvanceTo(buffer.Start, buffer.End);

            if (result.IsCompleted)
            {
                await reader.CompleteAsync();
                if (insideFrame) throw new InvalidDataException("Stream ended inside a frame.");
                return reads;
            }
        }
    }
}
// </ReadLoop>
