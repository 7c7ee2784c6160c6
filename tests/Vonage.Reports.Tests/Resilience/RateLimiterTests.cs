using System.Diagnostics;
using Vonage.Reports.Resilience;
using Xunit;

namespace Vonage.Reports.Tests.Resilience;

/// <summary>
/// Checks grant times as the limiter takes them (its Granted hook), not when the caller resumes, which a busy host
/// delays; it still runs alone, since the pacing tests wait on real timers.
/// </summary>
[Collection(Vonage.Reports.Tests.Chaos.TimingCollection.Name)]
public class RateLimiterTests
{
    [Fact]
    public async Task Never_lets_more_than_the_limit_start_in_any_one_second_window()
    {
        var limiter = new SlidingWindowRateLimiter(10);
        var starts = RecordGrants(limiter);
        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => limiter.WaitAsync(CancellationToken.None)));
        Assert.Equal(25, starts.Count);
        for (int i = 10; i < starts.Count; i++)
            Assert.True(starts[i] - starts[i - 10] >= 1.0, $"requests {i - 10} and {i} started {starts[i] - starts[i - 10]:0.000} s apart");
    }

    [Fact]
    public async Task Waiting_is_cancellable()
    {
        var limiter = new SlidingWindowRateLimiter(1);
        await limiter.WaitAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.WaitAsync(cts.Token));
    }

    [Fact]
    public void Shares_one_limiter_per_account_and_endpoint_class()
    {
        var uri = new Uri("https://api.nexmo.com/");
        Assert.Same(RateLimiterRegistry.Get(uri, "k1", "Sync", 10), RateLimiterRegistry.Get(uri, "k1", "Sync", 10));
        Assert.NotSame(RateLimiterRegistry.Get(uri, "k1", "Sync", 10), RateLimiterRegistry.Get(uri, "k2", "Sync", 10));
        Assert.NotSame(RateLimiterRegistry.Get(uri, "k1", "Sync", 10), RateLimiterRegistry.Get(uri, "k1", "Async", 10));
        Assert.Null(RateLimiterRegistry.Get(uri, "k1", "Sync", 0));
    }

    [Fact]
    public void Starts_with_a_thin_guard_and_widens_it_after_each_refusal_up_to_a_cap()
    {
        var limiter = new SlidingWindowRateLimiter(10);
        Assert.Equal(SlidingWindowRateLimiter.InitialGuard, limiter.Guard);
        limiter.OnRateLimited();
        Assert.Equal(SlidingWindowRateLimiter.InitialGuard + SlidingWindowRateLimiter.GuardStep, limiter.Guard);
        for (int i = 0; i < 20; i++) limiter.OnRateLimited();
        Assert.Equal(SlidingWindowRateLimiter.MaximumGuard, limiter.Guard);
    }

    [Fact]
    public async Task A_widened_guard_spaces_starts_further_apart()
    {
        var limiter = new SlidingWindowRateLimiter(10);
        for (int i = 0; i < 20; i++) limiter.OnRateLimited();
        var starts = RecordGrants(limiter);
        for (int i = 0; i < 12; i++) await limiter.WaitAsync(CancellationToken.None);
        // Window 1.25 s over 10 permits: the 11th a full window after the 1st, and 125 ms apart on average (one start
        // may follow a late-woken one sooner: the pacing schedule does not slip, the window is the hard bound).
        Assert.True(starts[10] - starts[0] >= 1.249, $"the 11th start came {starts[10] - starts[0]:0.000} s after the 1st");
        Assert.True(starts[11] - starts[1] >= 1.249, $"the 12th start came {starts[11] - starts[1]:0.000} s after the 2nd");
        double mean = (starts[^1] - starts[0]) / (starts.Count - 1);
        Assert.True(mean >= 0.119, $"starts came {mean:0.000} s apart on average");
    }

    [Fact]
    public async Task Counts_the_first_windows_starts_a_little_late_so_cold_requests_cannot_crowd_the_next_window()
    {
        var limiter = new SlidingWindowRateLimiter(10);
        var starts = RecordGrants(limiter);
        for (int i = 0; i < 12; i++) await limiter.WaitAsync(CancellationToken.None);
        double least = 1 + (SlidingWindowRateLimiter.InitialGuard + SlidingWindowRateLimiter.ColdStartAllowance).TotalSeconds - 0.001;
        Assert.True(starts[10] - starts[0] >= least, $"the 11th start came {starts[10] - starts[0]:0.000} s after the 1st");
    }

    [Fact]
    public async Task Counts_the_first_request_from_its_answer_when_that_comes_late()
    {
        var limiter = new SlidingWindowRateLimiter(10);
        var starts = RecordGrants(limiter);
        long first = await limiter.WaitAsync(CancellationToken.None);
        Assert.Equal(0, first);
        // A cold process: the first request is answered 0.6 s after it was let go, so it may have reached the server
        // that late; the next ten are paced from then and must not all land within the server's second after it.
        await Task.Delay(600);
        double answered = (double)Stopwatch.GetTimestamp() / Stopwatch.Frequency;
        limiter.OnAnswered(first);
        for (int i = 0; i < 10; i++) Assert.Equal(i + 1, await limiter.WaitAsync(CancellationToken.None));
        Assert.True(starts[10] - answered >= 1.0, $"the 11th start came {starts[10] - answered:0.000} s after the first request's answer");
    }

    /// <summary>The limiter's grant times in seconds, in grant order (grants are taken under its lock).</summary>
    private static List<double> RecordGrants(SlidingWindowRateLimiter limiter)
    {
        var starts = new List<double>();
        limiter.Granted = timestamp => starts.Add((double)timestamp / Stopwatch.Frequency);
        return starts;
    }
}
