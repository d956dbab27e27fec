using UnderLoad.Snippets.ContentDelivery;

namespace UnderLoad.Snippets.Tests.ContentDelivery;

public class MessageFramingTests
{
    [Fact]
    public void Content_length_alone_frames_the_body()
    {
        var d = MessageFraming.ForRequest([], ["42"]);
        Assert.Equal((BodyFraming.ContentLength, 42L, false), (d.Framing, d.Length, d.CloseAfterResponse));
        Assert.Equal(BodyFraming.ContentLength, MessageFraming.ForRequest([], ["42, 42"]).Framing);
        Assert.Equal(BodyFraming.None, MessageFraming.ForRequest([], []).Framing);
    }

    [Fact]
    public void Transfer_encoding_wins_over_content_length_and_the_connection_closes()
    {
        // the CL.TE smuggling shape: a front end that trusts Content-Length disagrees with this
        var d = MessageFraming.ForRequest(["chunked"], ["6"]);
        Assert.Equal(BodyFraming.Chunked, d.Framing);
        Assert.True(d.CloseAfterResponse);
        Assert.False(MessageFraming.ForRequest(["gzip, chunked"], []).CloseAfterResponse);
    }

    [Theory]
    [InlineData("chunked, gzip")]     // chunked not final
    [InlineData("gzip")]
    [InlineData("chunked, chunked")]
    [InlineData("xchunked")]          // obfuscated coding names
    [InlineData(" ")]
    public void Transfer_codings_without_a_final_chunked_are_rejected(string te) =>
        Assert.Equal(BodyFraming.Reject, MessageFraming.ForRequest([te], []).Framing);

    [Theory]
    [InlineData("42", "43")]          // differing duplicates
    [InlineData("-1", null)]
    [InlineData("+42", null)]
    [InlineData("4 2", null)]
    [InlineData("", null)]
    [InlineData("99999999999999999999", null)] // overflow
    public void Invalid_content_length_is_rejected(string first, string? second)
    {
        string[] values = second is null ? [first] : [first, second];
        Assert.Equal(BodyFraming.Reject, MessageFraming.ForRequest([], values).Framing);
    }
}
