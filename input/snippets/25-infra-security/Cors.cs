using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace UnderLoad.Snippets.InfraSecurity;

// <CorsApi>
public static class CorsApi
{
    public const string SpaOrigin = "https://app.example.com";

    public static WebApplication Build(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddCors(cors => cors.AddPolicy("spa", policy => policy
            .WithOrigins(SpaOrigin)                        // exact origins: never reflect the request's Origin
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders("Content-Type", "X-XSRF-TOKEN")
            .AllowCredentials()                            // cookies: forbids "*" for the origin
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)))); // browsers cap it (Chromium: 2 h)
        var app = builder.Build();
        app.UseCors();
        app.MapPut("/api/profile", () => "updated").RequireCors("spa");
        app.MapPost("/api/notes", () => "created").RequireCors("spa");
        return app;
    }
}
// </CorsApi>
