using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Vonage.Reports.Resilience
{
    /// <summary>
    /// At most N request starts in any sliding one-second window (plus a small guard for clock and network
    /// jitter), and evenly paced (one start per window/N): a burst of N starts over fresh connections reaches the
    /// server skewed and can look like N+1 in a second there. A well-behaved run never sees a 429. Waiting is cancellable.
    /// </summary>
    internal sealed class SlidingWindowRateLimiter
    {
        private static readonly TimeSpan Guard = TimeSpan.FromMilliseconds(50);
        private readonly object _gate = new object();
        private readonly Queue<long> _starts = new Queue<long>();
        private readonly int _permits;
        private readonly long _windowTicks;
        private readonly long _spacingTicks;
        private long _lastStart = long.MinValue / 2;

        public SlidingWindowRateLimiter(double requestsPerSecond)
        {
            if (requestsPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
            // Fractional rates (0.5/s) become one permit per 1/rate seconds.
            if (requestsPerSecond >= 1)
            {
                _permits = (int)Math.Floor(requestsPerSecond);
                _windowTicks = Stopwatch.Frequency + ToTicks(Guard);
            }
            else
            {
                _permits = 1;
                _windowTicks = (long)(Stopwatch.Frequency / requestsPerSecond) + ToTicks(Guard);
            }
            _spacingTicks = _windowTicks / _permits;
        }

        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                long waitTicks;
                lock (_gate)
                {
                    long now = Stopwatch.GetTimestamp();
                    while (_starts.Count > 0 && now - _starts.Peek() >= _windowTicks) _starts.Dequeue();
                    long paceWait = _spacingTicks - (now - _lastStart);
                    if (_starts.Count < _permits && paceWait <= 0)
                    {
                        _starts.Enqueue(now);
                        _lastStart = now;
                        return;
                    }
                    waitTicks = _starts.Count < _permits ? paceWait : Math.Max(paceWait, _windowTicks - (now - _starts.Peek()));
                }
                var delay = TimeSpan.FromTicks(Math.Max(1, waitTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>
    /// Limiters are shared per (API host, account, endpoint class, rate) across every client in the process: the API
    /// counts per account, so two jobs using one account must share one budget. Holds no credentials.
    /// </summary>
    internal static class RateLimiterRegistry
    {
        private static readonly ConcurrentDictionary<string, SlidingWindowRateLimiter> Limiters = new ConcurrentDictionary<string, SlidingWindowRateLimiter>();

        public static SlidingWindowRateLimiter? Get(Uri baseUri, string apiKey, string endpointClass, double requestsPerSecond)
        {
            if (requestsPerSecond <= 0 || double.IsInfinity(requestsPerSecond)) return null;
            string key = baseUri.GetLeftPart(UriPartial.Authority) + "|" + apiKey + "|" + endpointClass + "|" + requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Limiters.GetOrAdd(key, _ => new SlidingWindowRateLimiter(requestsPerSecond));
        }
    }
}
