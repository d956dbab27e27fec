using System.Diagnostics;
using UnderLoad.Snippets.Observability;

namespace UnderLoad.Snippets.Tests.Observability;

public class TraceParentTests
{
    [Theory] // the examples in W3C Trace Context §3.2 and §3.2.2.2
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true)]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", false)]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", true)]
    [InlineData("cc-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-what-the-future-will-be", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", true)]
    [InlineData(" 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 ", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", true)]
    public void Parses_valid_headers(string header, string traceId, string parentId, bool sampled)
    {
        Assert.True(TraceParent.TryParse(header, out var tp));
        Assert.Equal(traceId, tp.TraceId);
        Assert.Equal(parentId, tp.ParentId);
        Assert.Equal(sampled, tp.Sampled);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")]                      // no flags
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]                   // zero trace id
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")]                   // zero parent id
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01")]                   // upper case
    [InlineData("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]                   // forbidden version
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")]             // v00 must be 55 chars
    [InlineData("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01extra")]              // future: needs '-'
    [InlineData("00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01")]                   // wrong delimiter
    [InlineData("0g-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]                   // not hex
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0z")]                   // bad flags
    public void Rejects_invalid_headers(string? header)
    {
        Assert.False(TraceParent.TryParse(header, out _));
    }

    [Fact]
    public void Agrees_with_the_runtime_parser_on_the_examples()
    {
        const string header = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        Assert.True(ActivityContext.TryParse(header, null, out var ctx));
        Assert.True(TraceParent.TryParse(header, out var tp));
        Assert.Equal(ctx.TraceId.ToHexString(), tp.TraceId);
        Assert.Equal(ctx.SpanId.ToHexString(), tp.ParentId);
    }

    [Fact]
    public void Generated_headers_round_trip_and_children_keep_the_trace()
    {
        var root = TraceParent.NewRoot(sampled: true);
        var child = root.Child();

        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$", root.ToString());
        Assert.True(TraceParent.TryParse(child.ToString(), out var parsed));
        Assert.Equal(root.TraceId, parsed.TraceId);
        Assert.NotEqual(root.ParentId, parsed.ParentId);
        Assert.EndsWith("-00", TraceParent.NewRoot(sampled: false).ToString());
        Assert.NotEqual(root.TraceId, TraceParent.NewRoot(true).TraceId);
    }
}
