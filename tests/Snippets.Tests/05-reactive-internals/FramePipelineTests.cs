using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using UnderLoad.Snippets.ReactiveInternals;

namespace UnderLoad.Snippets.Tests.ReactiveInternals;

public class FramePipelineTests
{
    private sealed class Collect : IInboundHandler
    {
        public List<string> Messages { get; } = [];
        public void ChannelRead(HandlerContext context, object message) { Messages.Add((string)message); context.FireChannelRead(message); }
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, like a socket under load.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], ct);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), ct);
    }

    private static (ChannelPipeline Pipeline, Collect Sink) NewPipeline()
    {
        var sink = new Collect();
        return (new ChannelPipeline().AddLast(new Utf8StringDecoder()).AddLast(sink).AddLast(new Utf8FrameEncoder()), sink);
    }

    private static byte[] Wire(params string[] messages)
    {
        var (pipeline, _) = NewPipeline();
        return messages.SelectMany(m => (byte[])pipeline.Write(m)).ToArray();
    }

    [Theory]
    [InlineData(1)]    // every frame split into single bytes, header included
    [InlineData(3)]    // header split 3+1
    [InlineData(7)]    // frames straddle read boundaries
    [InlineData(4096)] // all frames merged into one read
    public async Task Frames_come_out_whole_whatever_the_read_sizes(int chunk)
    {
        var messages = new[] { "hello", "", "wörld, in UTF-8", new string('x', 300) };
        var (pipeline, sink) = NewPipeline();
        var reader = PipeReader.Create(new TrickleStream(Wire(messages), chunk));

        var reads = await FrameReadLoop.RunAsync(reader, pipeline, maxFrameLength: 1024);

        Assert.Equal(messages, sink.Messages);
        var totalBytes = Wire(messages).Length;
        if (chunk == 1) Assert.True(reads > totalBytes - 1, $"expected split reads, got {reads}");
        if (chunk == 4096) Assert.True(reads <= 2, $"expected one merged read, got {reads}"); // data + end of stream
    }

    [Fact]
    public void Decoder_waits_for_the_rest_of_a_split_frame()
    {
        var bytes = LengthPrefixedFrames.Encode("abc"u8);
        var partial = new ReadOnlySequence<byte>(bytes, 0, 5); // header + 1 byte of body
        Assert.False(LengthPrefixedFrames.TryReadFrame(ref partial, 100, out _));
        Assert.Equal(5, partial.Length); // nothing consumed

        var whole = new ReadOnlySequence<byte>(bytes.Concat(LengthPrefixedFrames.Encode("de"u8)).ToArray());
        Assert.True(LengthPrefixedFrames.TryReadFrame(ref whole, 100, out var frame));
        Assert.Equal("abc", Encoding.UTF8.GetString(frame.ToArray()));
        Assert.Equal(LengthPrefixedFrames.HeaderSize + 2, whole.Length); // the next frame stays buffered
    }

    [Fact]
    public async Task Oversized_length_is_rejected_before_buffering_it()
    {
        var (pipeline, sink) = NewPipeline();
        var reader = PipeReader.Create(new MemoryStream(Wire(new string('y', 2000))));
        await Assert.ThrowsAsync<InvalidDataException>(() => FrameReadLoop.RunAsync(reader, pipeline, maxFrameLength: 1024));
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task Stream_ending_inside_a_frame_is_an_error()
    {
        var (pipeline, sink) = NewPipeline();
        var wire = Wire("one", "two");
        var reader = PipeReader.Create(new MemoryStream(wire[..^1]));
        await Assert.ThrowsAsync<InvalidDataException>(() => FrameReadLoop.RunAsync(reader, pipeline, 1024));
        Assert.Equal(["one"], sink.Messages);
    }

    [Fact]
    public void Outbound_handlers_run_tail_to_head()
    {
        var order = new List<string>();
        var pipeline = new ChannelPipeline()
            .AddLast(new Tag("A", order))
            .AddLast(new Tag("B", order));
        Assert.Equal("msg|B|A", pipeline.Write("msg"));
        Assert.Equal(["B", "A"], order);
    }

    private sealed class Tag(string name, List<string> order) : IOutboundHandler
    {
        public object Write(object message) { order.Add(name); return $"{message}|{name}"; }
    }
}
