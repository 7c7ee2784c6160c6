using System.Diagnostics;

namespace Vonage.Reports.Emulator.Time;

/// <summary>
/// The emulator's notion of "now": real time plus an offset that tests can move forward, so 72 h file expiry and
/// 4-day report retention can be proven in milliseconds. Rate limits use real time, never this clock.
/// </summary>
public sealed class EmulatorClock
{
    private readonly DateTimeOffset _origin;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _offsetTicks;

    public EmulatorClock(DateTimeOffset? start = null) => _origin = (start ?? DateTimeOffset.UtcNow).ToUniversalTime();

    public DateTimeOffset UtcNow => _origin + _elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward (a negative value moves it back).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        Changed?.Invoke();
        return UtcNow;
    }

    /// <summary>Jumps the clock to a given instant; it keeps running from there.</summary>
    public DateTimeOffset Set(DateTimeOffset to) => Advance(to.ToUniversalTime() - UtcNow);

    /// <summary>Back to real time (or the configured start) plus the time elapsed since.</summary>
    public DateTimeOffset ResetOffset()
    {
        Interlocked.Exchange(ref _offsetTicks, 0);
        Changed?.Invoke();
        return UtcNow;
    }

    /// <summary>Raised after the clock moves, so the report store can react at once rather than on its next tick.</summary>
    internal event Action? Changed;
}
