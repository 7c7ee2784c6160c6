using System.Diagnostics;
using Vonage.Reports.Models;
using Vonage.Reports.Queries;
using Vonage.Reports.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Vonage.Reports.Tests.Chaos;

/// <summary>
/// The client against the real emulator with faults switched on: records are never dropped, duplicated or reordered,
/// and cancellation is prompt (the rate budget: <see cref="RateLimitChaosTests"/>).
/// </summary>
public class SyncChaosTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ITestOutputHelper _output;

    public SyncChaosTests(ITestOutputHelper output) => _output = output;

    // 20,000 slots of 10 s (the emulator's default density): 20,000 records over three 24 h windows.
    private static RecordQuery TwentyThousand() => new("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddSeconds(200_000) };

    private static async Task<List<string>> IdsAsync(VonageReportsClient client, RecordQuery query, int concurrency) =>
        (await TestClients.ReadAllAsync(client.GetRecords(query, concurrency))).Select(r => ((SmsRecord)r).Id!).ToList();

    [Fact]
    public async Task A_fetch_with_20_percent_faults_returns_exactly_the_fault_free_records_in_order()
    {
        await using var clean = await Emulators.StartAsync();
        await using var faulty = await Emulators.StartAsync(o => { o.FaultRate = 0.2; o.FaultKinds = ["500", "502", "503", "429", "reset"]; });
        using var cleanClient = Emulators.Client(clean);
        using var faultyClient = Emulators.Client(faulty, o =>
        {
            o.Retry.MaximumRetryCount = 12;
            o.Retry.RetryInterval = TimeSpan.FromMilliseconds(20);
            o.Retry.MaximumRetryInterval = TimeSpan.FromMilliseconds(300);
        });

        // On top of the random 20%: a certain connection reset mid-body and a certain burst of three 429s.
        faulty.AddFault(new Vonage.Reports.Emulator.Faults.FaultRule { Route = "sync-records", Kind = "reset", Skip = 1, Count = 2 });
        faulty.AddFault(new Vonage.Reports.Emulator.Faults.FaultRule { Route = "sync-records", Kind = "429", Skip = 6, Count = 3 });

        var expected = await IdsAsync(cleanClient, TwentyThousand(), concurrency: 3);
        var clock = Stopwatch.StartNew();
        var actual = await IdsAsync(faultyClient, TwentyThousand(), concurrency: 3);
        var stats = faulty.Stats.ForAccount(Emulators.Key);
        _output.WriteLine($"{actual.Count} records in {clock.Elapsed.TotalSeconds:0.0} s through {stats.FaultsInjected} injected faults ({stats.SyncAccepted} accepted requests).");

        Assert.Equal(20_000, expected.Count);
        Assert.True(stats.FaultsInjected > 0, "the faulty emulator injected no fault");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Window_boundaries_neither_duplicate_nor_drop_records()
    {
        await using var server = await Emulators.StartAsync();
        using var client = Emulators.Client(server);
        var start = Start.AddSeconds(7); // windows start mid-slot
        var whole = await IdsAsync(client, new RecordQuery("SMS") { Direction = "outbound", DateStart = start, DateEnd = start.AddHours(60) }, concurrency: 3);
        var pieces = new List<string>();
        foreach (var (from, to) in new[] { (0, 20), (20, 41), (41, 60) })
            pieces.AddRange(await IdsAsync(client, new RecordQuery("SMS") { Direction = "outbound", DateStart = start.AddHours(from), DateEnd = start.AddHours(to) }, 1));

        Assert.Equal(whole.Count, whole.Distinct().Count());
        Assert.Equal(pieces, whole);
    }

    [Fact]
    public async Task Cancelling_mid_fetch_returns_promptly()
    {
        // Each page takes 30 s to answer: only cancellation can end the fetch early.
        await using var server = await Emulators.StartAsync(o => o.LatencyMs = 30_000);
        using var client = Emulators.Client(server);
        using var cts = new CancellationTokenSource();
        using var stream = client.GetRecords(TwentyThousand(), 3, cts.Token);
        var pending = stream.MoveNextAsync();
        await Task.Delay(300);
        var clock = Stopwatch.StartNew();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        clock.Stop();
        _output.WriteLine($"Cancelled mid-page in {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "cancellation waited for the page");
    }
}
