using Vonage.Reports.Emulator.Faults;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Faults;

/// <summary>Faults on demand: per-request rules over /_emulator/faults (and the C# API), and the startup dice.</summary>
public class FaultRuleTests
{
    private static readonly string Sync = Api.Sms(Start, Start.AddHours(1));

    private static async Task<(EmulatorServer Server, HttpClient Client, HttpClient Control)> Launch(Action<EmulatorOptions>? configure = null)
    {
        var options = TestOptions();
        configure?.Invoke(options);
        var server = await EmulatorServer.StartAsync(options);
        return (server, CreateClient(server), CreateClient(server, key: null));
    }

    private static async Task AddRule(HttpClient control, object rule)
    {
        var response = await control.PostAsJsonAsync("_emulator/faults", rule);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(503, "Service Unavailable")]
    public async Task A_status_rule_answers_that_status_once_then_normal_service(int status, string title)
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = status.ToString() });
        var faulted = await client.CallAsync(Sync);
        Api.AssertError(faulted, (HttpStatusCode)status);
        Assert.Equal(title, faulted.Text("title"));
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync(Sync)).Status);
    }

    [Fact]
    public async Task Skip_lets_requests_through_before_count_requests_fail()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "503", skip = 2, count = 3 });
        var statuses = new List<int>();
        for (var i = 0; i < 7; i++) statuses.Add((int)(await client.CallAsync(Sync)).Status);
        Assert.Equal([200, 200, 503, 503, 503, 200, 200], statuses);
    }

    [Fact]
    public async Task A_429_burst_sends_retry_after_and_the_rate_limit_body()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "429", count = 3, retry_after = 2 });
        for (var i = 0; i < 3; i++)
        {
            var answer = await client.CallAsync(Sync);
            Api.AssertError(answer, HttpStatusCode.TooManyRequests, "/reports#rate-limit");
            Assert.Equal(TimeSpan.FromSeconds(2), answer.Response.Headers.RetryAfter!.Delta);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync(Sync)).Status);
    }

    [Fact]
    public async Task Reset_aborts_the_connection_after_part_of_the_body()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "reset" });
        using var response = await client.GetAsync(Sync, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long received = 0;
        var error = await Record.ExceptionAsync(async () => { int n; while ((n = await stream.ReadAsync(buffer)) > 0) received += n; });
        Assert.True(error is HttpRequestException or IOException, $"expected a broken body, got {error}");
        Assert.True(received > 0, "some of the body must arrive before the reset");
        Assert.True(received < response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Reset_after_a_given_byte_count_cuts_a_download_there()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        var report = await client.WaitAsync((await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T06:00:00Z"))).Text("request_id")!);
        await AddRule(control, new { route = "media", kind = "reset", after_bytes = 5000 });
        using var response = await client.GetAsync(report.DownloadHref(), HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var got = new MemoryStream();
        await Assert.ThrowsAnyAsync<Exception>(() => stream.CopyToAsync(got));
        Assert.Equal(5000, got.Length);
        var full = await client.GetByteArrayAsync(report.DownloadHref());
        Assert.Equal(full[..5000], got.ToArray());
    }

    [Fact]
    public async Task Truncate_sends_a_complete_answer_with_a_short_body()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        var report = await client.WaitAsync((await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T06:00:00Z"))).Text("request_id")!);
        var full = await client.GetByteArrayAsync(report.DownloadHref());
        await AddRule(control, new { route = "media", kind = "truncate" });
        var response = await client.GetAsync(report.DownloadHref());
        var cut = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(full.Length / 2, cut.Length);
        Assert.Equal(full[..cut.Length], cut);
    }

    [Fact]
    public async Task Slow_trickles_the_body()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "slow", bytes_per_second = 20_000 });
        var watch = Stopwatch.StartNew();
        var answer = await client.CallAsync(Api.Sms(Start, Start.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(watch.Elapsed > TimeSpan.FromSeconds(0.5), $"took only {watch.Elapsed}");
    }

    [Fact]
    public async Task Latency_delays_the_answer()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "latency", latency_ms = 700 });
        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync(Sync)).Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(650));
    }

    [Fact]
    public async Task The_latency_option_delays_every_api_answer()
    {
        var (server, client, _) = await Launch(o => o.LatencyMs = 300);
        await using var __ = server;
        var watch = Stopwatch.StartNew();
        await client.CallAsync(Sync);
        await client.CallAsync(Sync);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(580));
    }

    [Fact]
    public async Task Sync_failure_answers_200_FAILURE_without_records()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "sync-failure" });
        var answer = await client.CallAsync(Api.Sms(Start, Start.AddHours(5)));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("FAILURE", answer.Text("request_status"));
        Assert.Empty(answer.Records);
        Assert.Null(answer.NextHref);
    }

    [Theory]
    [InlineData("report-failed", "FAILED")]
    [InlineData("report-truncated", "TRUNCATED")]
    public async Task Report_rules_make_the_next_report_end_that_way(string kind, string status)
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "create-report", kind });
        var done = await client.WaitAsync((await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).Text("request_id")!);
        Assert.Equal(status, done.Text("request_status"));
        Assert.Equal(status == "TRUNCATED", done.HasDownload());
        if (status == "TRUNCATED") Assert.Equal(180, done.Json.GetProperty("items_count").GetInt64());
    }

    [Fact]
    public async Task Expired_makes_a_download_404()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        var report = await client.WaitAsync((await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).Text("request_id")!);
        await AddRule(control, new { route = "media", kind = "expired" });
        Api.AssertError(await Api.ReadAsync(await client.GetAsync(report.DownloadHref())), HttpStatusCode.NotFound, "#not-found");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(report.DownloadHref())).StatusCode);
    }

    [Fact]
    public async Task Rules_match_on_path_regex_method_and_account()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { path = "product=VOICE", method = "GET", account = SubKey, kind = "500", count = 0 });
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync($"v2/reports/records?account_id=sub00001&product=VOICE-CALL&date_start={Api.D(Start)}&date_end={Api.D(Start.AddHours(1))}")).Status);
        var sub = CreateClient(server, SubKey, SubSecret);
        Assert.Equal(HttpStatusCode.OK, (await sub.CallAsync(Api.Sms(Start, Start.AddHours(1), account: SubKey))).Status);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.InternalServerError, (await sub.CallAsync($"v2/reports/records?account_id=sub00001&product=VOICE-CALL&date_start={Api.D(Start)}&date_end={Api.D(Start.AddHours(1))}")).Status);
    }

    [Fact]
    public async Task Delete_clears_rules_and_get_lists_them_with_counters()
    {
        var (server, client, control) = await Launch();
        await using var _ = server;
        await AddRule(control, new { route = "sync-records", kind = "503", count = 0 });
        await client.CallAsync(Sync);
        var rules = (await control.CallAsync("_emulator/faults")).Json.GetProperty("rules");
        Assert.Equal(1, rules[0].GetProperty("fired").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await control.DeleteAsync("_emulator/faults")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync(Sync)).Status);
        Assert.Equal(0, (await control.CallAsync("_emulator/faults")).Json.GetProperty("rules").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"kind\":\"explode\"}")]
    [InlineData("{\"kind\":\"500\",\"route\":\"nowhere\"}")]
    [InlineData("{\"kind\":\"500\",\"path\":\"([\"}")]
    [InlineData("{\"kind\":\"500\",\"count\":-1}")]
    [InlineData("not json")]
    public async Task An_invalid_rule_is_400(string json)
    {
        var (server, _, control) = await Launch();
        await using var __ = server;
        var response = await control.PostAsync("_emulator/faults", new StringContent(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Faults_are_counted_per_account_in_stats()
    {
        var (server, client, _) = await Launch();
        await using var __ = server;
        server.AddFault(new FaultRule { Route = "sync-records", Kind = "502", Count = 2 });
        await client.CallAsync(Sync);
        await client.CallAsync(Sync);
        await client.CallAsync(Sync);
        Assert.Equal(2, server.Stats.ForAccount(MasterKey).FaultsInjected);
    }

    [Fact]
    public async Task A_fault_rate_of_one_faults_every_request_with_the_given_kinds()
    {
        var (server, client, _) = await Launch(o => { o.FaultRate = 1; o.FaultKinds = ["503"]; });
        await using var __ = server;
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.CallAsync(Sync)).Status);
    }

    [Fact]
    public async Task A_fault_rate_faults_about_that_share_of_requests()
    {
        var (server, client, _) = await Launch(o => { o.FaultRate = 0.3; o.FaultKinds = ["500", "502"]; });
        await using var __ = server;
        var faulted = 0;
        for (var i = 0; i < 100; i++) if ((await client.CallAsync(Api.Sms(Start, Start.AddMinutes(1)))).Status != HttpStatusCode.OK) faulted++;
        Assert.InRange(faulted, 15, 45);
    }

    [Fact]
    public async Task Control_endpoints_need_no_credentials_and_api_faults_do_not_touch_them()
    {
        var (server, _, control) = await Launch(o => { o.FaultRate = 1; o.FaultKinds = ["500"]; });
        await using var __ = server;
        Assert.Equal(HttpStatusCode.OK, (await control.CallAsync("_emulator/stats")).Status);
    }
}
