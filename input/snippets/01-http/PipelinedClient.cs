using System.Net.Sockets;
using System.Text;

namespace UnderLoad.Snippets.Http;

// <PipelinedClient>
/// <summary>HTTP/1.1 pipelining over a raw socket: write every request, then read the responses.</summary>
public static class PipelinedClient
{
    public static async Task<IReadOnlyList<string>> GetAllAsync(
        Uri server, IReadOnlyList<string> paths, Action? allRequestsWritten = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();

        // All requests leave in one write, before any response has arrived.
        var requests = string.Concat(paths.Select(p => $"GET {p} HTTP/1.1\r\nHost: {server.Authority}\r\n\r\n"));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requests));
        allRequestsWritten?.Invoke();

        // Responses carry no request id: the only way to match them is their order (RFC 9112 §9.3.2).
        var reader = new ResponseReader(stream);
        var bodies = new List<string>(paths.Count);
        foreach (var _ in paths)
            bodies.Add(await reader.ReadBodyAsync());
        return bodies;
    }
}
// </PipelinedClient>

/// <summary>Reads Content-Length delimited HTTP/1.1 responses from a stream.</summary>
internal sealed class ResponseReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start, _end;

    public async Task<string> ReadBodyAsync()
    {
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd()) < 0)
            await FillAsync();
        var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
        var length = head.Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim()))
            .Single();
        _start = headerEnd + 4;
        while (_end - _start < length)
            await FillAsync();
        var body = Encoding.UTF8.GetString(_buffer, _start, length);
        _start += length;
        return body;
    }

    private int IndexOfHeaderEnd()
    {
        var index = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
        return index < 0 ? -1 : _start + index;
    }

    private async Task FillAsync()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) throw new InvalidDataException("response larger than the buffer");
        var read = await stream.ReadAsync(_buffer.AsMemory(_end));
        if (read == 0) throw new EndOfStreamException("server closed the connection");
        _end += read;
    }
}
