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
    private readonly List<Received> _received = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
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
            Add(new Received(
                context.Request.Headers["X-DUIS-Kind"].ToString(),
                context.Request.Headers["X-DUIS-Recipient"].ToString(),
                context.Request.ContentType ?? string.Empty,
                xml));
            return Results.Ok();
        });
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<Received> Messages
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<TestReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new TestReceiver(failFirst);
        await receiver._app.StartAsync();
        receiver.Url = new Uri(receiver._app.Urls.First() + "/duis");
        return receiver;
    }

    /// <summary>
    /// Completes when at least <paramref name="count"/> messages have arrived, signalled by the receiver
    /// itself; the time limit only stops a broken delivery from hanging the run.
    /// </summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count)
    {
        Task arrived;
        lock (_received)
        {
            if (_received.Count >= count)
            {
                return [.. _received];
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            arrived = done.Task;
        }

        await arrived.WaitAsync(DuisHost.HangGuard);
        return Messages;
    }

    private void Add(Received message)
    {
        lock (_received)
        {
            _received.Add(message);
            foreach (var waiter in _waiters.Where(w => w.Count <= _received.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
