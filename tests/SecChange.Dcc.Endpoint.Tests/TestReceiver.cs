using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>One asynchronous DUIS message as the receiver got it.</summary>
public sealed record Received(string Kind, string Recipient, string ContentType, string Xml);

/// <summary>A real HTTP receiver on 127.0.0.1 (random port) standing in for a DCC User's adapter.</summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();
    private int _failuresLeft;

    private TestReceiver(int failFirst)
    {
        _failuresLeft = failFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/duis", async (HttpContext context) =>
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            using var reader = new StreamReader(context.Request.Body);
            var xml = await reader.ReadToEndAsync();
            _received.Enqueue(new Received(
                context.Request.Headers["X-DUIS-Kind"].ToString(),
                context.Request.Headers["X-DUIS-Recipient"].ToString(),
                context.Request.ContentType ?? string.Empty,
                xml));
            return Results.Ok();
        });
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyCollection<Received> Messages => _received;

    public static async Task<TestReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new TestReceiver(failFirst);
        await receiver._app.StartAsync();
        receiver.Url = new Uri(receiver._app.Urls.First() + "/duis");
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (or fails after 10 s).</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        _received.Count.ShouldBeGreaterThanOrEqualTo(count, "asynchronous DUIS messages delivered");
        return [.. _received];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
