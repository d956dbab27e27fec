namespace UnderLoad.Snippets.ContentDelivery;

public enum BodyFraming { None, ContentLength, Chunked, Reject }

public sealed record FramingDecision(BodyFraming Framing, long Length = 0, bool CloseAfterResponse = false, string? Reason = null);

public static class MessageFraming
{
    // <RequestFraming>
    // How a server finds the end of a REQUEST body (RFC 9112 §6.3). Front end and back end
    // must reach the same answer for every request, or the rest of one request is read as the
    // start of the next: request smuggling.
    public static FramingDecision ForRequest(IReadOnlyList<string> transferEncoding, IReadOnlyList<string> contentLength)
    {
        if (transferEncoding.Count > 0)
        {
            var codings = transferEncoding
                .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            // chunked must be the final coding of a request, exactly once (§6.3 rule 4)
            if (codings.Count == 0 || !codings[^1].Equals("chunked", StringComparison.OrdinalIgnoreCase)
                || codings.Count(c => c.Equals("chunked", StringComparison.OrdinalIgnoreCase)) != 1)
                return new(BodyFraming.Reject, Reason: "400: chunked is not the final transfer coding");
            // TE and CL together: TE wins, CL is ignored, and the connection must close (§6.1)
            return new(BodyFraming.Chunked, CloseAfterResponse: contentLength.Count > 0);
        }

        if (contentLength.Count == 0) return new(BodyFraming.None);   // no body

        // Content-Length: 1*DIGIT; repeated identical values may be merged, differing ones are fatal (§6.3 rule 5)
        var values = contentLength
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))
            .Distinct()
            .ToList();
        if (values.Count != 1 || values[0].Length == 0 || !values[0].All(char.IsAsciiDigit)
            || !long.TryParse(values[0], out long length))
            return new(BodyFraming.Reject, Reason: "400: invalid Content-Length");
        return new(BodyFraming.ContentLength, length);
    }
    // </RequestFraming>
}
