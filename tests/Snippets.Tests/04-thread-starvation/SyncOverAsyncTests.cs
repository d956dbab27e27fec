using System.Net;
using UnderLoad.Snippets.ThreadStarvation;

namespace UnderLoad.Snippets.Tests.ThreadStarvation;

public class SyncOverAsyncTests
{
    private sealed class StubHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"profile {request.RequestUri!.Segments[^1]}"),
            });
    }

    [Fact]
    public async Task Both_versions_return_the_same_profile()
    {
        var client = new ProfileClient(new HttpClient(new StubHandler()) { BaseAddress = new Uri("http://profiles.invalid") });

        Assert.Equal("profile 42", client.GetProfileBlocking("42"));
        Assert.Equal("profile 42", await client.GetProfileAsync("42"));
    }
}
