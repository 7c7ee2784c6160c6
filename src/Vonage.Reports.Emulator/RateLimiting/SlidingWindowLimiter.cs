using System.Diagnostics;

namespace Vonage.Reports.Emulator.RateLimiting;

/// <summary>
/// At most N accepted requests in any sliding one-second window, per key. Rejected requests leave no trace, so a
/// client that backs off for Retry-After gets in. Uses real (monotonic) time, not the emulator clock.
/// </summary>
internal sealed class SlidingWindowLimiter(int perSecond)
{
    private static readonly long Window = Stopwatch.Frequency;
    private readonly Dictionary<string, Queue<long>> _accepted = new(StringComparer.Ordinal);

    public int PerSecond { get; } = perSecond;

    /// <summary>True and the count in the window including this one; or false and how long until a slot frees.</summary>
    public bool TryAcquire(string key, out int inWindow, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        inWindow = 0;
        if (PerSecond <= 0) { inWindow = 1; return true; }
        var now = Stopwatch.GetTimestamp();
        lock (_accepted)
        {
            if (!_accepted.TryGetValue(key, out var times)) _accepted[key] = times = new Queue<long>();
            while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
            if (times.Count >= PerSecond)
            {
                retryAfter = TimeSpan.FromSeconds((double)(times.Peek() + Window - now) / Stopwatch.Frequency);
                return false;
            }
            times.Enqueue(now);
            inWindow = times.Count;
            return true;
        }
    }

    public void Reset() { lock (_accepted) _accepted.Clear(); }
}
