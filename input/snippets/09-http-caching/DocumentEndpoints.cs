using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace UnderLoad.Snippets.HttpCaching;

/// <summary>One mutable document; its ETag is a hash of its bytes, Last-Modified its last write.</summary>
public sealed class DocumentStore(TimeProvider time, string initial)
{
    private readonly Lock _lock = new();
    public byte[] Body { get; private set; } = Encoding.UTF8.GetBytes(initial);
    public DateTimeOffset LastModified { get; private set; } = time.GetUtcNow();
    public EntityTag ETag => EntityTag.StrongFor(Body);

    public void Write(string content)
    {
        lock (_lock) { Body = Encoding.UTF8.GetBytes(content); LastModified = time.GetUtcNow(); }
    }
}

public static class DocumentEndpoints
{
    // <Endpoints>
    public static IEndpointRouteBuilder MapDocument(this IEndpointRouteBuilder app, DocumentStore doc)
    {
        app.MapGet("/doc", (HttpRequest req, HttpResponse res) =>
        {
            var outcome = Check(req, doc);
            SetValidators(res, doc);
            res.Headers.CacheControl = "no-cache";            // store it, but revalidate every time
            return outcome switch
            {
                PreconditionOutcome.NotModified => Results.StatusCode(304),   // no body
                PreconditionOutcome.PreconditionFailed => Results.StatusCode(412),
                _ => Results.Bytes(doc.Body, "text/plain; charset=utf-8"),
            };
        });

        // Optimistic concurrency: a write must name the version it was based on.
        app.MapPut("/doc", async (HttpRequest req, HttpResponse res) =>
        {
            if (!req.Headers.ContainsKey("If-Match")) return Results.StatusCode(428); // RFC 6585
            if (Check(req, doc) != PreconditionOutcome.Proceed) return Results.StatusCode(412);
            using var reader = new StreamReader(req.Body);
            doc.Write(await reader.ReadToEndAsync());
            SetValidators(res, doc);
            return Results.NoContent();
        });
        return app;
    }

    private static PreconditionOutcome Check(HttpRequest req, DocumentStore doc) =>
        Preconditions.Evaluate(req.Method, doc.ETag, doc.LastModified,
            Header(req, "If-Match"), Header(req, "If-None-Match"),
            Header(req, "If-Modified-Since"), Header(req, "If-Unmodified-Since"));

    private static string? Header(HttpRequest req, string name) =>
        req.Headers.TryGetValue(name, out var v) ? v.ToString() : null;

    private static void SetValidators(HttpResponse res, DocumentStore doc)
    {
        res.Headers.ETag = doc.ETag.ToString();
        res.Headers.LastModified = doc.LastModified.ToString("r");
    }
    // </Endpoints>
}
