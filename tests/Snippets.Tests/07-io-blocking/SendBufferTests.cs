using System.Net.Sockets;
using UnderLoad.Snippets.IoBlocking;

namespace UnderLoad.Snippets.Tests.IoBlocking;

public class SendBufferTests
{
    private const int Buffer = 64 * 1024;

    [Fact]
    public async Task Linux_doubles_the_requested_buffer_size()
    {
        var (sender, receiver) = await LoopbackPair.CreateAsync(Buffer, Buffer);
        using (sender) using (receiver)
        {
            Assert.True(sender.SendBufferSize >= Buffer);
            Assert.True(receiver.ReceiveBufferSize >= Buffer);
            if (OperatingSystem.IsLinux())
            {
                Assert.Equal(2 * Buffer, sender.SendBufferSize); // socket(7): doubled for bookkeeping overhead
                Assert.Equal(2 * Buffer, receiver.ReceiveBufferSize);
            }
        }
    }

    [Fact]
    public async Task Kernel_accepts_only_about_two_buffers_then_pushes_back()
    {
        var (sender, receiver) = await LoopbackPair.CreateAsync(Buffer, Buffer);
        using (sender) using (receiver)
        {
            var accepted = KernelBuffers.BytesKernelAcceptsBeforeBlocking(sender);
            Assert.InRange(accepted, Buffer, 8L * Buffer); // a few hundred KB, not megabytes
        }
    }

    [Fact]
    public async Task A_limit_below_the_buffers_is_reported_as_no_push_back()
    {
        var (sender, receiver) = await LoopbackPair.CreateAsync(Buffer, Buffer);
        using (sender) using (receiver)
        {
            Assert.Throws<InvalidOperationException>(() => KernelBuffers.BytesKernelAcceptsBeforeBlocking(sender, chunkSize: 1024, limit: 4096));
        }
    }

    [Fact]
    public async Task A_writer_that_never_awaits_piles_up_pending_sends_in_process_memory()
    {
        var (sender, receiver) = await LoopbackPair.CreateAsync(Buffer, Buffer);
        using (sender) using (receiver)
        {
            var writer = new FireAndForgetWriter(sender);
            const int chunks = 100;
            for (var i = 0; i < chunks; i++) writer.Write(Enumerable.Repeat((byte)i, Buffer).ToArray()); // 6.4 MB "sent"

            // the kernel holds a few hundred KB; everything else waits in this process
            Assert.True(writer.Pending >= chunks / 2, $"only {writer.Pending} of {chunks} sends pending");

            // once someone reads, the backlog drains, in order
            var total = new byte[chunks * Buffer];
            var reading = Task.Run(async () =>
            {
                var got = 0;
                while (got < total.Length)
                {
                    var n = await receiver.ReceiveAsync(total.AsMemory(got));
                    if (n == 0) break;
                    got += n;
                }
                return got;
            });
            await writer.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, writer.Pending);
            Assert.Equal(total.Length, await reading.WaitAsync(TimeSpan.FromSeconds(10)));
            for (var i = 0; i < chunks; i++) Assert.Equal((byte)i, total[i * Buffer + Buffer - 1]);
        }
    }
}
