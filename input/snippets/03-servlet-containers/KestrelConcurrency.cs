using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UnderLoad.Snippets.ServletContainers;

public static class KestrelConcurrency
{
    /// <summary>A Kestrel app on 127.0.0.1 (free port) whose /work endpoint runs at most <paramref name="permits"/> at once.</summary>
    public static WebApplication Build(int permits, int queue, RequestDelegate work)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // <ConcurrencyLimit>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxConcurrentConnections = 10_000;               // ~ Tomcat maxConnections (default: unlimited)
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(20); // ~ Tomcat connectionTimeout (default 30 s)
        });
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.AddConcurrencyLimiter("workers", limiter =>
            {
                limiter.PermitLimit = permits;                               // ~ maxThreads
                limiter.QueueLimit = queue;                                  // ~ acceptCount, but explicit
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/work", work).RequireRateLimiting("workers");
        // </ConcurrencyLimit>
        return app;
    }
}
