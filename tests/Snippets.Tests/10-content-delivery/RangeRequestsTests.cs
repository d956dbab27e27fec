using System.Text;
using UnderLoad.Snippets.ContentDelivery;

namespace UnderLoad.Snippets.Tests.ContentDelivery;

public class RangeRequestsTests
{
    // RFC 9110 §14.1.2 examples use a 10000-byte representation
    private static readonly byte[] Rep = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 251)).ToArray();

    [Theory]
    [InlineData("bytes=0-499", 0, 499)]         // the first 500 bytes
    [InlineData("bytes=500-999", 500, 999)]     // the second 500 bytes
    [InlineData("bytes=-500", 9500, 9999)]      // the final 500 bytes
    [InlineData("bytes=9500-", 9500, 9999)]     // the final 500 bytes
    [InlineData("bytes=9500-20000", 9500, 9999)] // last-pos past the end is clamped
    [InlineData("bytes=-20000", 0, 9999)]       // suffix longer than the representation
    public void Single_ranges_from_RFC_9110_get_206_and_a_Content_Range(string header, int first, int last)
    {
        var r = RangeRequests.Respond(Rep, header, "application/octet-stream");
        Assert.Equal(206, r.Status);
        Assert.Equal($"bytes {first}-{last}/10000", r.Headers["Content-Range"]);
        Assert.Equal(Rep[first..(last + 1)], r.Body);
    }

    [Fact]
    public void First_and_last_bytes_come_back_as_multipart_byteranges()
    {
        var r = RangeRequests.Respond(Rep, "bytes=0-0,-1", "text/plain");    // RFC 9110 §14.1.2
        Assert.Equal(206, r.Status);
        Assert.Equal("multipart/byteranges; boundary=THIS_STRING_SEPARATES", r.Headers["Content-Type"]);
        var body = Encoding.Latin1.GetString(r.Body);
        Assert.Equal(
            "\r\n--THIS_STRING_SEPARATES\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-0/10000\r\n\r\n" + (char)Rep[0] +
            "\r\n--THIS_STRING_SEPARATES\r\nContent-Type: text/plain\r\nContent-Range: bytes 9999-9999/10000\r\n\r\n" + (char)Rep[9999] +
            "\r\n--THIS_STRING_SEPARATES--\r\n", body);
    }

    [Fact]
    public void Whitespace_and_legal_overlaps_from_the_RFC_parse()
    {
        Assert.Equal([(0L, 999L), (4500L, 5499L), (null, 1000L)],
            RangeRequests.Parse("bytes= 0-999, 4500-5499, -1000")!);
        Assert.Equal(2, RangeRequests.Parse("bytes=500-600,601-999")!.Count);
        Assert.Equal(2, RangeRequests.Parse("bytes=500-700,601-999")!.Count);
        Assert.Single(RangeRequests.Parse("bytes=0-1,")!);                   // empty list element
    }

    [Fact]
    public void Unsatisfiable_ranges_get_416_with_the_complete_length()
    {
        var r = RangeRequests.Respond(Rep, "bytes=10000-10500", "text/plain");
        Assert.Equal(416, r.Status);
        Assert.Equal("bytes */10000", r.Headers["Content-Range"]);
        Assert.Equal(416, RangeRequests.Respond(Rep, "bytes=-0", "text/plain").Status);
        Assert.Equal(416, RangeRequests.Respond([], "bytes=-5", "text/plain").Status);
        // one satisfiable range among unsatisfiable ones is served alone
        var mixed = RangeRequests.Respond(Rep, "bytes=20000-,0-9", "text/plain");
        Assert.Equal("bytes 0-9/10000", mixed.Headers["Content-Range"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bytes=5-1")]          // last-pos < first-pos: invalid, so ignored
    [InlineData("bytes=-")]
    [InlineData("bytes=abc-")]
    [InlineData("bytes=1-x")]
    [InlineData("bytes=1")]
    [InlineData("items=0-5")]          // unknown range unit
    [InlineData("bytes=")]
    public void Invalid_or_absent_Range_is_ignored_and_the_full_200_is_sent(string? header)
    {
        var r = RangeRequests.Respond(Rep, header, "text/plain");
        Assert.Equal(200, r.Status);
        Assert.Equal(Rep.Length, r.Body.Length);
        Assert.Equal("bytes", r.Headers["Accept-Ranges"]);
    }

    [Fact]
    public void Too_many_ranges_are_ignored()
    {
        var many = "bytes=" + string.Join(",", Enumerable.Range(0, RangeRequests.MaxRanges + 1).Select(i => $"{i * 10}-{i * 10 + 1}"));
        Assert.Equal(200, RangeRequests.Respond(Rep, many, "text/plain").Status);
        Assert.Null(RangeRequests.Resolve((null, null), 10));
    }
}
