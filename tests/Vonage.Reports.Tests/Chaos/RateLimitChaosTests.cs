using Vonage.Reports.Models;
using Vonage.Reports.Queries;
using Vonage.Reports.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Vonage.Reports.Tests.Chaos;

/// <summary>Measures arrival timing at a real (out-of-process) emulator, so it runs alone, not beside CPU-heavy tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing-sensitive";
}

/// <summary>The client's own limiter keeps a parallel read inside the API's sync budget: a clean run sees no 429.</summary>
[Collection(TimingCollection.Name)]
public class RateLimitChaosTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ITestOutputHelper _output;

    public RateLimitChaosTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Parallel_windows_never_exceed_the_sync_rate_limit()
    {
        await using var server = await EmulatorProcess.StartAsync();
        using var client = new VonageReportsClient(new VonageClientOptions { BaseUri = server.BaseUri, Credential = VonageCredential.FromPlainText(Emulators.Key, Emulators.Secret) });
        // 10 days of 500-record pages, 4 windows at a time (the cmdlet default): more demand than 10 requests/s.
        var query = new RecordQuery("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddDays(10), PageSize = 500 };
        var records = await TestClients.ReadAllAsync(client.GetRecords(query, concurrency: 4));
        using var stats = System.Text.Json.JsonDocument.Parse(await server.GetStatsAsync());
        var sync = stats.RootElement.GetProperty("accounts")[0].GetProperty("sync");
        int accepted = sync.GetProperty("accepted").GetInt32(), limited = sync.GetProperty("rate_limited").GetInt32();
        _output.WriteLine($"{records.Count} records, {accepted} requests, busiest second {sync.GetProperty("max_in_any_second").GetInt32()}, 429s {limited}.");

        Assert.Equal(86_400, records.Select(r => ((SmsRecord)r).Id).Distinct().Count());
        // The emulator refuses (and counts) any request that would be the 11th in a sliding second.
        Assert.Equal(0, limited);
    }
}
