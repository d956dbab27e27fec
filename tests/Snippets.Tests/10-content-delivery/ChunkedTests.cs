using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using UnderLoad.Snippets.ContentDelivery;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ContentDelivery;

public class ChunkedTests
{
    private static byte[] A(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Encodes_the_wire_format_with_trailers_and_skips_empty_chunks()
    {
        var wire = Chunked.Encode([A("Wiki"), [], A("pedia in\r\n\r\nchunks.")],
            [new("Server-Timing", "db;dur=53")]);
        Assert.Equal("4\r\nWiki\r\n13\r\npedia in\r\n\r\nchunks.\r\n0\r\nServer-Timing: db;dur=53\r\n\r\n",
            Encoding.ASCII.GetString(wire));
    }

    [Fact]
    public void Decode_inverts_encode_and_reports_bytes_consumed()
    {
        var rng = new Random(3);
        var chunks = Enumerable.Range(0, 20).Select(_ => { var b = new byte[rng.Next(1, 5000)]; rng.NextBytes(b); return b; }).ToList();
        var wire = Chunked.Encode(chunks, [new("Digest", "sha-256=abc"), new("X-Count", " 20 ")]);
        var next = A("GET /next HTTP/1.1\r\n");
        var msg = Chunked.Decode([.. wire, .. next]);

        Assert.Equal(chunks.SelectMany(c => c), msg.Body);
        Assert.Equal(wire.Length, msg.BytesConsumed);          // the next request starts exactly here
        Assert.Equal([new("Digest", "sha-256=abc"), new("X-Count", "20")], msg.Trailers);
    }

    [Theory]
    [InlineData("5;name=value\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData("5 ;ext\r\nhello\r\n0 ; last\r\n\r\n", "hello")]
    [InlineData("A\r\n0123456789\r\n000\r\n\r\n", "0123456789")]
    public void Accepts_extensions_upper_case_hex_and_zero_padded_last_chunk(string wire, string body) =>
        Assert.Equal(body, Encoding.ASCII.GetString(Chunked.Decode(A(wire)).Body));

    [Theory]
    [InlineData("0x5\r\nhello\r\n0\r\n\r\n")]           // not HEXDIG
    [InlineData("-5\r\nhello\r\n0\r\n\r\n")]            // sign
    [InlineData("+5\r\nhello\r\n0\r\n\r\n")]
    [InlineData(" 5\r\nhello\r\n0\r\n\r\n")]            // leading space
    [InlineData("5 \r\nhello\r\n0\r\n\r\n")]            // trailing space without an extension
    [InlineData("\r\nhello\r\n0\r\n\r\n")]              // empty size
    [InlineData("5\nhello\r\n0\r\n\r\n")]               // bare LF
    [InlineData("5\r\nhelloX\r\n0\r\n\r\n")]            // size smaller than the data
    [InlineData("9\r\nhello\r\n0\r\n\r\n")]             // size larger than the data
    [InlineData("ffffffffffffffff1\r\nhello\r\n0\r\n\r\n")] // would overflow
    [InlineData("5\r\nhello\r\n0\r\nBad Name : x\r\n\r\n")] // whitespace before colon in a trailer
    [InlineData("5\r\nhello\r\n0\r\nnocolon\r\n\r\n")]
    [InlineData("5\r\nhello\r\n0\r\n")]                 // missing final CRLF
    public void Rejects_malformed_input(string wire) =>
        Assert.Throws<MalformedChunkedException>(() => Chunked.Decode(A(wire)));

    [Fact]
    public void Enforces_a_body_limit() =>
        Assert.Throws<MalformedChunkedException>(() => Chunked.Decode(A("5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n"), maxBodyBytes: 8));

    [Fact]
    public async Task Kestrel_streams_a_response_without_Content_Length_as_chunks_we_can_decode()
    {
        int port = RequiredServer.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapGet("/stream", async (HttpContext ctx) =>
        {
            foreach (var part in new[] { "first,", "second,", "third" })
            {
                await ctx.Response.WriteAsync(part);
                await ctx.Response.Body.FlushAsync();   // each flush goes out as its own chunk
            }
        });
        await app.StartAsync();

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cts.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(A("GET /stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), cts.Token);
        var raw = new MemoryStream();
        await stream.CopyToAsync(raw, cts.Token);                  // server closes after the response
        var bytes = raw.ToArray();

        int headerEnd = bytes.AsSpan().IndexOf(A("\r\n\r\n")) + 4;
        var head = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        Assert.Contains("Transfer-Encoding: chunked", head);
        Assert.DoesNotContain("Content-Length", head);

        var msg = Chunked.Decode(bytes.AsSpan(headerEnd));
        Assert.Equal("first,second,third", Encoding.ASCII.GetString(msg.Body));
        Assert.Equal(bytes.Length - headerEnd, msg.BytesConsumed);
        await app.StopAsync();
    }
}
