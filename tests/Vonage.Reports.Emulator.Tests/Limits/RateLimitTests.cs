using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Limits;

/// <summary>10 sync and 5 async accepted requests per account in any sliding second; 429 + Retry-After beyond.</summary>
public class RateLimitTests
{
    private static async Task<EmulatorServer> Launch(int sync = 10, int asyncRate = 5)
    {
        var options = TestOptions();
        options.SyncRate = sync;
        options.AsyncRate = asyncRate;
        return await EmulatorServer.StartAsync(options);
    }

    private static readonly string Sync = Api.Sms(Start, Start.AddMinutes(1));

    private static async Task<ApiAnswer[]> Burst(HttpClient client, string url, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => client.CallAsync(url)));

    [Fact]
    public async Task The_eleventh_sync_request_in_a_second_is_429_with_retry_after_and_the_rate_limit_body()
    {
        await using var server = await Launch();
        var answers = await Burst(CreateClient(server), Sync, 15);
        Assert.Equal(10, answers.Count(a => a.Status == HttpStatusCode.OK));
        var limited = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(5, limited.Count);
        Assert.All(limited, a =>
        {
            Api.AssertError(a, HttpStatusCode.TooManyRequests, "/reports#rate-limit");
            Assert.InRange(a.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 1);
        });
    }

    [Fact]
    public async Task The_sixth_async_request_in_a_second_is_429()
    {
        await using var server = await Launch();
        var answers = await Burst(CreateClient(server), "v2/reports?account_id=abcd1234", 8);
        Assert.Equal(5, answers.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(3, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Media_downloads_count_as_async()
    {
        await using var server = await Launch(asyncRate: 2);
        var answers = await Burst(CreateClient(server), "v3/media/00000000-0000-0000-0000-000000000000", 4);
        Assert.Equal(2, answers.Count(a => a.Status == HttpStatusCode.NotFound));
        Assert.Equal(2, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Sync_and_async_have_separate_budgets()
    {
        await using var server = await Launch();
        var client = CreateClient(server);
        await Burst(client, Sync, 10);
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync("v2/reports?account_id=abcd1234")).Status);
    }

    [Fact]
    public async Task Each_account_has_its_own_budget()
    {
        await using var server = await Launch();
        await Burst(CreateClient(server), Sync, 10);
        Assert.Equal(HttpStatusCode.OK, (await CreateClient(server, SubKey, SubSecret).CallAsync(Api.Sms(Start, Start.AddMinutes(1), account: SubKey))).Status);
    }

    [Fact]
    public async Task Rejected_requests_do_not_count_so_waiting_a_second_is_enough()
    {
        await using var server = await Launch();
        var client = CreateClient(server);
        await Burst(client, Sync, 10);
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.TooManyRequests, (await client.CallAsync(Sync)).Status);
        await Task.Delay(1100);
        Assert.Equal(10, (await Burst(client, Sync, 10)).Count(a => a.Status == HttpStatusCode.OK));
    }

    [Fact]
    public async Task Stats_count_accepted_rejected_and_the_busiest_second()
    {
        await using var server = await Launch();
        var client = CreateClient(server);
        await Burst(client, Sync, 13);
        await Burst(client, "v2/reports?account_id=abcd1234", 7);
        var stats = server.Stats.ForAccount(MasterKey);
        Assert.Equal((10L, 3L, 10), (stats.SyncAccepted, stats.SyncRateLimited, stats.SyncMaxInAnySecond));
        Assert.Equal((5L, 2L, 5), (stats.AsyncAccepted, stats.AsyncRateLimited, stats.AsyncMaxInAnySecond));

        var json = await CreateClient(server, key: null).CallAsync("_emulator/stats");
        var account = json.Json.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("account_id").GetString() == MasterKey);
        Assert.Equal(10, account.GetProperty("sync").GetProperty("accepted").GetInt32());
        Assert.Equal(3, account.GetProperty("sync").GetProperty("rate_limited").GetInt32());
        Assert.Equal(10, account.GetProperty("sync").GetProperty("max_in_any_second").GetInt32());
        Assert.Equal(2, account.GetProperty("async").GetProperty("rate_limited").GetInt32());
    }

    [Fact]
    public async Task A_rate_of_zero_turns_the_limit_off()
    {
        await using var server = await Launch(sync: 0);
        Assert.All(await Burst(CreateClient(server), Sync, 30), a => Assert.Equal(HttpStatusCode.OK, a.Status));
    }

    [Fact]
    public async Task Unauthenticated_requests_are_401_before_any_rate_limit()
    {
        await using var server = await Launch(sync: 1);
        Assert.All(await Burst(CreateClient(server, key: null), Sync, 5), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
    }
}
