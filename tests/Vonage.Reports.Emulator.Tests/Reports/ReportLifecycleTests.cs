using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Reports;

/// <summary>Create, status, abort, search, retention and the lifecycle clock of async reports.</summary>
public class ReportLifecycleTests
{
    private static async Task<EmulatorServer> Start(int pendingMs = 0, int processingMs = 0)
    {
        var options = TestOptions();
        options.ReportPendingMs = pendingMs;
        options.ReportProcessingMs = processingMs;
        return await EmulatorServer.StartAsync(options);
    }

    private static readonly object Hour = ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z");

    [Fact]
    public async Task Create_answers_200_with_a_pending_report_and_only_a_self_link()
    {
        await using var server = await Start(pendingMs: 60_000);
        var created = await CreateClient(server).CreateAsync(Hour);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("PENDING", created.Text("request_status"));
        Assert.Matches("^[0-9a-f-]{36}$", created.Text("request_id"));
        Assert.Equal("2026-10-01T00:00:00+00:00", created.Text("date_start"));
        Assert.False(created.Json.TryGetProperty("start_time", out _));
        Assert.False(created.Json.TryGetProperty("items_count", out _));
        Assert.False(created.HasDownload());
        Assert.Equal($"{server.BaseUri}v2/reports/{created.Text("request_id")}", created.Json.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_report_moves_pending_processing_success_on_the_emulator_clock()
    {
        await using var server = await Start(pendingMs: 3_600_000, processingMs: 3_600_000);
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        Assert.Equal("PENDING", (await client.CallAsync($"v2/reports/{id}")).Text("request_status"));
        server.AdvanceClock(TimeSpan.FromMinutes(61));
        var processing = await client.CallAsync($"v2/reports/{id}");
        Assert.Equal("PROCESSING", processing.Text("request_status"));
        Assert.True(processing.Json.TryGetProperty("start_time", out _));
        Assert.False(processing.HasDownload());
        server.AdvanceClock(TimeSpan.FromMinutes(61));
        var done = await client.WaitAsync(id!);
        Assert.Equal("SUCCESS", done.Text("request_status"));
        Assert.Equal(360, done.Json.GetProperty("items_count").GetInt64());
        Assert.StartsWith($"{server.BaseUri}v3/media/", done.DownloadHref());
        Assert.NotEqual(id, done.DownloadHref().Split('/')[^1]);
    }

    [Fact]
    public async Task A_rows_per_second_rate_stretches_processing()
    {
        var options = TestOptions();
        options.ReportRowsPerSecond = 100;
        await using var server = await EmulatorServer.StartAsync(options);
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        await Task.Delay(500);
        Assert.Equal("PROCESSING", (await client.CallAsync($"v2/reports/{id}")).Text("request_status"));
        server.AdvanceClock(TimeSpan.FromSeconds(4));
        Assert.Equal("SUCCESS", (await client.WaitAsync(id!)).Text("request_status"));
    }

    [Fact]
    public async Task An_unknown_report_is_404_invalid_report_id()
    {
        await using var server = await Start();
        var answer = await CreateClient(server).CallAsync("v2/reports/aaaaaaaa-0000-0000-0000-000000000000");
        Api.AssertError(answer, HttpStatusCode.NotFound, "#not-found");
        Assert.Equal("Invalid report ID", answer.Text("title"));
        Assert.Equal("Report aaaaaaaa-0000-0000-0000-000000000000 does not exist, or you do not have access.", answer.Text("detail"));
    }

    [Fact]
    public async Task Another_accounts_report_is_404_but_the_master_sees_its_subaccounts()
    {
        await using var server = await Start(pendingMs: 60_000);
        var id = (await CreateClient(server, SubKey, SubSecret).CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z", SubKey))).Text("request_id");
        Api.AssertError(await CreateClient(server, OtherKey, OtherSecret).CallAsync($"v2/reports/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await CreateClient(server).CallAsync($"v2/reports/{id}")).Status);
    }

    [Fact]
    public async Task A_report_is_gone_404_after_its_four_day_retention()
    {
        await using var server = await Start();
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        await client.WaitAsync(id!);
        server.AdvanceClock(TimeSpan.FromDays(3.9));
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync($"v2/reports/{id}")).Status);
        server.AdvanceClock(TimeSpan.FromDays(0.2));
        Api.AssertError(await client.CallAsync($"v2/reports/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_aborts_a_pending_report()
    {
        await using var server = await Start(pendingMs: 60_000);
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        var aborted = await Api.ReadAsync(await client.DeleteAsync($"v2/reports/{id}"));
        Assert.Equal(HttpStatusCode.OK, aborted.Status);
        Assert.Equal("ABORTED", aborted.Text("request_status"));
        server.AdvanceClock(TimeSpan.FromHours(1));
        Assert.Equal("ABORTED", (await client.CallAsync($"v2/reports/{id}")).Text("request_status"));
    }

    [Fact]
    public async Task Delete_aborts_a_processing_report()
    {
        await using var server = await Start(processingMs: 3_600_000);
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        Assert.Equal("PROCESSING", (await client.CallAsync($"v2/reports/{id}")).Text("request_status"));
        Assert.Equal("ABORTED", (await Api.ReadAsync(await client.DeleteAsync($"v2/reports/{id}"))).Text("request_status"));
    }

    [Fact]
    public async Task Delete_of_a_finished_report_is_409_invalid_abort_operation()
    {
        await using var server = await Start();
        var client = CreateClient(server);
        var id = (await client.CreateAsync(Hour)).Text("request_id");
        await client.WaitAsync(id!);
        var answer = await Api.ReadAsync(await client.DeleteAsync($"v2/reports/{id}"));
        Api.AssertError(answer, HttpStatusCode.Conflict, "/reports#invalid-abort-operation");
        Assert.Equal("Invalid Abort Operation", answer.Text("title"));
    }

    [Fact]
    public async Task Delete_of_an_unknown_report_is_404()
    {
        await using var server = await Start();
        Api.AssertError(await Api.ReadAsync(await CreateClient(server).DeleteAsync("v2/reports/nope")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Search_lists_the_accounts_reports_filtered_by_status_and_date()
    {
        await using var server = await Start(pendingMs: 60_000);
        var client = CreateClient(server);
        var a = (await client.CreateAsync(Hour)).Text("request_id");
        var b = (await client.CreateAsync(Hour)).Text("request_id");
        await client.DeleteAsync($"v2/reports/{b}");
        await CreateClient(server, SubKey, SubSecret).CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z", SubKey));

        var all = await client.CallAsync("v2/reports?account_id=abcd1234");
        Assert.Equal(2, all.Json.GetProperty("items_count").GetInt32());
        Assert.StartsWith(server.BaseUri + "v2/reports?account_id=abcd1234", all.Text("self_link"));
        var pending = await client.CallAsync("v2/reports?account_id=abcd1234&status=PENDING,PROCESSING");
        Assert.Equal(a, pending.Json.GetProperty("reports").EnumerateArray().Single().GetProperty("request_id").GetString());
        var future = await client.CallAsync($"v2/reports?account_id=abcd1234&date_from={Api.D(server.Clock.UtcNow.AddHours(1))}");
        Assert.Equal(0, future.Json.GetProperty("items_count").GetInt32());
        Assert.Equal(1, (await client.CallAsync("v2/reports?account_id=sub00001")).Json.GetProperty("items_count").GetInt32());
    }

    [Fact]
    public async Task Search_without_account_id_is_400_invalid_request_parameters()
    {
        await using var server = await Start();
        Api.AssertError(await CreateClient(server).CallAsync("v2/reports?status=SUCCESS"), HttpStatusCode.BadRequest, "/reports#invalid-request-parameters", "account_id");
    }

    [Fact]
    public async Task Search_with_an_unknown_status_is_400()
    {
        await using var server = await Start();
        Api.AssertError(await CreateClient(server).CallAsync("v2/reports?account_id=abcd1234&status=DONE"), HttpStatusCode.BadRequest, null, "status");
    }

    [Fact]
    public async Task Search_of_another_account_is_403()
    {
        await using var server = await Start();
        Api.AssertError(await CreateClient(server, SubKey, SubSecret).CallAsync("v2/reports?account_id=abcd1234"), HttpStatusCode.Forbidden, "#forbidden");
    }

    [Fact]
    public async Task Reports_older_than_four_days_are_not_listed()
    {
        await using var server = await Start();
        var client = CreateClient(server);
        await client.CreateAsync(Hour);
        server.AdvanceClock(TimeSpan.FromDays(4.1));
        Assert.Equal(0, (await client.CallAsync($"v2/reports?account_id=abcd1234&date_from={Api.D(server.Clock.UtcNow.AddDays(-30))}")).Json.GetProperty("items_count").GetInt32());
    }
}
