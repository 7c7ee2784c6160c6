using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Vonage.Reports.Resilience
{
    /// <summary>
    /// At most N request starts in any sliding one-second window plus a guard, and evenly paced (one start per
    /// window/N): a burst of N starts over fresh connections reaches the server skewed and can look like N+1 in a
    /// second there. The guard starts small (a well-behaved run on a quiet link sees no 429 and loses little of the
    /// budget) and widens each time the server refuses a request for rate anyway, up to a quarter second: the
    /// network or the server's clock is noisier than assumed, so give it room. Pacing keeps a theoretical schedule
    /// rather than counting from the last (possibly late-woken) start, so timer lateness does not add up over a long
    /// run; the sliding window, on actual start times, stays the hard bound. The first window's starts count as a
    /// little later than they were: a process's first requests reach the server late (JIT, new connections), so
    /// without that the request a window after them can arrive less than a second behind. The very first request can be
    /// later still (a cold process sending it took most of a second here), so once it is answered it counts from then:
    /// it reached the server no later than that. Waiting is cancellable.
    /// </summary>
    internal sealed class SlidingWindowRateLimiter
    {
        internal static readonly TimeSpan InitialGuard = TimeSpan.FromMilliseconds(15);
        internal static readonly TimeSpan GuardStep = TimeSpan.FromMilliseconds(50);
        internal static readonly TimeSpan MaximumGuard = TimeSpan.FromMilliseconds(250);
        internal static readonly TimeSpan ColdStartAllowance = TimeSpan.FromMilliseconds(100);
        private readonly object _gate = new object();
        // Start times in the current window, oldest first (at most a few more than the permits).
        private readonly List<long> _starts = new List<long>();
        private readonly int _permits;
        private readonly long _baseWindowTicks;
        private long _guardTicks;
        private long _windowTicks;
        private long _spacingTicks;
        // When the next start is due by the pacing schedule (a virtual-scheduling / GCRA clock).
        private long _nextDue = long.MinValue / 2;
        private long _toleranceTicks;
        private long _granted;
        private long _firstStart;

        public SlidingWindowRateLimiter(double requestsPerSecond)
        {
            if (requestsPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
            // Fractional rates (0.5/s) become one permit per 1/rate seconds.
            if (requestsPerSecond >= 1)
            {
                _permits = (int)Math.Floor(requestsPerSecond);
                _baseWindowTicks = Stopwatch.Frequency;
            }
            else
            {
                _permits = 1;
                _baseWindowTicks = (long)(Stopwatch.Frequency / requestsPerSecond);
            }
            SetGuard(ToTicks(InitialGuard));
        }

        /// <summary>
        /// Called inside the lock with the Stopwatch timestamp of each start granted: tests check exact grant times,
        /// which a busy test host would record late if it timed the caller's resumption instead.
        /// </summary>
        internal Action<long>? Granted { get; set; }

        /// <summary>The margin currently added to the one-second window.</summary>
        public TimeSpan Guard
        {
            get { lock (_gate) return TimeSpan.FromTicks(_guardTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency); }
        }

        /// <summary>The server refused a request for rate although we kept to the limit: widen the guard.</summary>
        public void OnRateLimited()
        {
            lock (_gate) SetGuard(Math.Min(_guardTicks + ToTicks(GuardStep), ToTicks(MaximumGuard)));
        }

        private void SetGuard(long guardTicks)
        {
            _guardTicks = guardTicks;
            _windowTicks = _baseWindowTicks + guardTicks;
            _spacingTicks = _windowTicks / _permits;
            // A waiter woken this much early still starts, and the schedule does not slip when one wakes late.
            _toleranceTicks = Math.Min(_spacingTicks / 4, ToTicks(TimeSpan.FromMilliseconds(5)));
        }

        /// <summary>Waits until a request may start; returns its number (0 for this limiter's first), for <see cref="OnAnswered"/>.</summary>
        public async Task<long> WaitAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                long waitTicks;
                lock (_gate)
                {
                    long now = Stopwatch.GetTimestamp();
                    while (_starts.Count > 0 && now - _starts[0] >= _windowTicks) _starts.RemoveAt(0);
                    long paceWait = _nextDue - _toleranceTicks - now;
                    // The next start must wait until all but permits-1 of the recorded starts have left the window.
                    long windowWait = _starts.Count < _permits ? 0 : _windowTicks - (now - _starts[_starts.Count - _permits]);
                    if (paceWait <= 0 && windowWait <= 0)
                    {
                        long number = _granted++;
                        long counted = number < _permits ? now + ToTicks(ColdStartAllowance) : now;
                        if (number == 0) _firstStart = counted;
                        Record(counted);
                        _nextDue = Math.Max(_nextDue, now) + _spacingTicks;
                        Granted?.Invoke(now);
                        return number;
                    }
                    waitTicks = Math.Max(paceWait, windowWait);
                }
                var delay = TimeSpan.FromTicks(Math.Max(1, waitTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The server answered request <paramref name="number"/>. The first request counts from now if that is later
        /// than it was counted: a cold process can take most of a second to get it out, and the server stamps it on
        /// arrival, so counting it from its grant could let ten more in within the server's second.
        /// </summary>
        public void OnAnswered(long number)
        {
            if (number != 0) return;
            lock (_gate)
            {
                long now = Stopwatch.GetTimestamp();
                if (now <= _firstStart) return;
                _starts.Remove(_firstStart);
                _firstStart = now;
                Record(now);
            }
        }

        /// <summary>Adds a start in time order (a re-counted first request can be later than starts granted since).</summary>
        private void Record(long start)
        {
            int at = _starts.Count;
            while (at > 0 && _starts[at - 1] > start) at--;
            _starts.Insert(at, start);
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
