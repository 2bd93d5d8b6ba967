using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SecChange.Dcc.Duis;

namespace SecChange.Dcc.Endpoint;

/// <summary>Counts of asynchronous deliveries.</summary>
public sealed class DeliveryStatistics
{
    private long _queued;
    private long _delivered;
    private long _failed;
    private long _dropped;
    private long _retries;
    private readonly List<(long Count, TaskCompletionSource Done)> _waiters = [];

    public long Queued => Interlocked.Read(ref _queued);

    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Messages given up on after every attempt failed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Messages not queued because the queue was full or no receiver is configured.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Messages finished with: delivered or given up on.</summary>
    public long Settled => Delivered + Failed;

    /// <summary>
    /// Completes once <paramref name="count"/> messages have settled, so a caller (a test, a shutdown) can
    /// wait for delivery to finish without polling.
    /// </summary>
    public Task WhenSettledAsync(long count)
    {
        lock (_waiters)
        {
            if (Settled >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    internal void OnQueued() => Interlocked.Increment(ref _queued);

    internal void OnDelivered()
    {
        Interlocked.Increment(ref _delivered);
        ReleaseWaiters();
    }

    internal void OnFailed()
    {
        Interlocked.Increment(ref _failed);
        ReleaseWaiters();
    }

    internal void OnDropped() => Interlocked.Increment(ref _dropped);

    internal void OnRetry() => Interlocked.Increment(ref _retries);

    private void ReleaseWaiters()
    {
        lock (_waiters)
        {
            var settled = Settled;
            foreach (var waiter in _waiters.Where(w => w.Count <= settled).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}

/// <summary>The bounded queue between request handling and the background delivery service.</summary>
public sealed class DeliveryQueue
{
    private readonly Channel<OutboundDuis> _channel;
    private readonly DeliveryStatistics _statistics;
    private readonly bool _hasReceiver;

    public DeliveryQueue(IOptions<DuisEndpointOptions> options, DeliveryStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(options);
        _statistics = statistics;
        _hasReceiver = options.Value.ReceiverUrl is not null;
        _channel = Channel.CreateBounded<OutboundDuis>(new BoundedChannelOptions(Math.Max(1, options.Value.DeliveryQueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    internal ChannelReader<OutboundDuis> Reader => _channel.Reader;

    /// <summary>Queues a message; false (and counted as dropped) when full or when there is no receiver.</summary>
    public bool TryEnqueue(OutboundDuis message)
    {
        if (_hasReceiver && _channel.Writer.TryWrite(message))
        {
            _statistics.OnQueued();
            return true;
        }

        _statistics.OnDropped();
        return false;
    }
}
