using System.Net;
using System.Net.Http;
using Vonage.Reports.Reports;
using Vonage.Reports.Tests.Support;
using Xunit;

namespace Vonage.Reports.Tests.Reports;

public class ReportClientTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static ReportRequest SmsRequest()
    {
        var request = new ReportRequest("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddDays(1) };
        request.Filters["status"] = "failed";
        return request;
    }

    private static string ReportJson(string id, string status = "PENDING", string extra = "", string received = null!) =>
        "{\"request_id\":\"" + id + "\",\"request_status\":\"" + status + "\",\"product\":\"SMS\",\"account_id\":\"abcd1234\",\"direction\":\"outbound\","
        + "\"date_start\":\"2026-10-01T00:00:00+00:00\",\"date_end\":\"2026-10-02T00:00:00+00:00\",\"include_subaccounts\":false,"
        + "\"receive_time\":\"" + (received ?? DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'")) + "\",\"status\":\"failed\",\"include_message\":false" + extra
        + ",\"_links\":{\"self\":{\"href\":\"https://api.example.test/v2/reports/" + id + "\"}}}";

    private static string ListJson(params string[] reports) => "{\"items_count\":" + reports.Length + ",\"reports\":[" + string.Join(",", reports) + "]}";

    private static HttpResponseMessage Error(int status, string type) =>
        FakeHandler.Json("{\"type\":\"https://developer.nexmo.com/api-errors" + type + "\",\"title\":\"t\",\"detail\":\"d\"}", (HttpStatusCode)status);

    /// <summary>Records each request's method, path and body, and answers by the script.</summary>
    private sealed class Script
    {
        public readonly List<(string Method, string PathAndQuery, string? Body)> Calls = new();
        public FakeHandler Handler { get; }

        public Script(Func<HttpRequestMessage, int, HttpResponseMessage> respond) =>
            Handler = new FakeHandler((request, n) =>
            {
                lock (Calls) Calls.Add((request.Method.Method, request.RequestUri!.PathAndQuery, request.Content?.ReadAsStringAsync().GetAwaiter().GetResult()));
                return respond(request, n);
            });

        public int Count(string method, string pathPrefix) => Calls.Count(c => c.Method == method && c.PathAndQuery.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creates_a_report_with_one_POST_of_the_full_body()
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("r1")));
        using var client = TestClients.Create(script.Handler);
        var report = await client.CreateReportAsync(SmsRequest());
        Assert.Equal("r1", report.RequestId);
        var call = Assert.Single(script.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v2/reports", call.PathAndQuery);
        Assert.Contains("\"product\":\"SMS\"", call.Body);
        Assert.Contains("\"account_id\":\"abcd1234\"", call.Body);
        Assert.Contains("\"status\":\"failed\"", call.Body);
        Assert.Contains("\"date_start\":\"2026-10-01T00:00:00Z\"", call.Body);
    }

    [Fact]
    public void Invalid_input_fails_before_any_call()
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("r1")));
        using var client = TestClients.Create(script.Handler);
        var e = Assert.Throws<VonageValidationException>(() => { _ = client.CreateReportAsync(new ReportRequest("SMS")); });
        Assert.Equal("DirectionRequired", e.ErrorId);
        Assert.Empty(script.Calls);
    }

    [Fact]
    public async Task A_connection_reset_after_sending_is_resolved_by_the_search_without_a_second_POST()
    {
        var script = new Script((request, _) => request.Method == HttpMethod.Post
            ? FakeHandler.BrokenBody(ReportJson("created-by-first-attempt"))
            : FakeHandler.Json(ListJson(ReportJson("created-by-first-attempt"), ReportJson("unrelated", extra: ",\"to\":\"1\""))));
        var log = new List<string>();
        using var client = TestClients.Create(script.Handler, o => o.Log = log.Add);
        var report = await client.CreateReportAsync(SmsRequest());
        Assert.Equal("created-by-first-attempt", report.RequestId);
        Assert.Equal(1, script.Count("POST", "/v2/reports"));
        var search = Assert.Single(script.Calls, c => c.Method == "GET");
        Assert.StartsWith("/v2/reports?account_id=abcd1234&date_from=", search.PathAndQuery);
        Assert.Contains(log, l => l.Contains("Found report created-by-first-attempt"));
    }

    [Fact]
    public async Task A_transport_failure_while_sending_is_resolved_by_the_search_too()
    {
        var script = new Script((request, _) => request.Method == HttpMethod.Post
            ? throw new HttpRequestException("The response ended prematurely.")
            : FakeHandler.Json(ListJson(ReportJson("r9"))));
        using var client = TestClients.Create(script.Handler);
        Assert.Equal("r9", (await client.CreateReportAsync(SmsRequest())).RequestId);
        Assert.Equal(1, script.Count("POST", "/v2/reports"));
    }

    [Fact]
    public async Task A_5xx_that_created_nothing_is_tried_again_after_the_search()
    {
        int posts = 0;
        var script = new Script((request, _) =>
        {
            if (request.Method == HttpMethod.Post) return Interlocked.Increment(ref posts) == 1 ? Error(503, "#service-unavailable") : FakeHandler.Json(ReportJson("second"));
            return FakeHandler.Json(ListJson(ReportJson("other-range", received: "2026-01-01T00:00:00+00:00")));
        });
        using var client = TestClients.Create(script.Handler);
        var report = await client.CreateReportAsync(SmsRequest());
        Assert.Equal("second", report.RequestId);
        Assert.Equal(2, script.Count("POST", "/v2/reports"));
        Assert.Equal(1, script.Count("GET", "/v2/reports?"));
        // The search came between the two POSTs.
        Assert.Equal(new[] { "POST", "GET", "POST" }, script.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Gives_up_after_the_retry_count_with_the_APIs_error()
    {
        var script = new Script((request, _) => request.Method == HttpMethod.Post ? Error(502, "#bad-gateway") : FakeHandler.Json(ListJson()));
        using var client = TestClients.Create(script.Handler, o => o.Retry.MaximumRetryCount = 2);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => client.CreateReportAsync(SmsRequest()));
        Assert.Equal(HttpStatusCode.BadGateway, e.StatusCode);
        Assert.Equal(3, script.Count("POST", "/v2/reports"));
        Assert.Equal(3, script.Count("GET", "/v2/reports?"));
    }

    [Fact]
    public async Task A_4xx_answer_is_final_and_needs_no_search()
    {
        var script = new Script((_, _) => Error(422, "/reports#invalid-request-parameters"));
        using var client = TestClients.Create(script.Handler);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => client.CreateReportAsync(SmsRequest()));
        Assert.Equal("invalid-request-parameters", e.ErrorCode);
        Assert.Single(script.Calls);
    }

    [Fact]
    public async Task When_the_search_fails_too_it_rethrows_the_POSTs_failure_rather_than_risk_a_duplicate()
    {
        var script = new Script((request, _) => request.Method == HttpMethod.Post ? Error(504, "#gateway-timeout") : Error(500, "#internal-error"));
        using var client = TestClients.Create(script.Handler, o => o.Retry.MaximumRetryCount = 1);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => client.CreateReportAsync(SmsRequest()));
        Assert.Equal(HttpStatusCode.GatewayTimeout, e.StatusCode);
        Assert.Equal(1, script.Count("POST", "/v2/reports"));
    }

    [Fact]
    public async Task A_cancelled_create_does_not_search()
    {
        using var cancel = new CancellationTokenSource();
        var script = new Script((request, _) => { cancel.Cancel(); throw new OperationCanceledException(cancel.Token); });
        using var client = TestClients.Create(script.Handler);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateReportAsync(SmsRequest(), cancel.Token));
        Assert.Single(script.Calls);
    }

    [Fact]
    public async Task Waits_until_a_final_state_and_reports_every_poll()
    {
        var states = new[] { "PENDING", "PROCESSING", "PROCESSING", "SUCCESS" };
        var script = new Script((_, n) => FakeHandler.Json(ReportJson("w1", states[Math.Min(n, states.Length - 1)],
            n >= 3 ? ",\"items_count\":12,\"download_url\":\"https://api.example.test/v3/media/file-1\"" : "")));
        using var client = TestClients.Create(script.Handler);
        var seen = new List<ReportStatus>();
        var options = new ReportWaitOptions { PollInterval = TimeSpan.FromMilliseconds(1), MaximumPollInterval = TimeSpan.FromMilliseconds(4) };
        var report = await client.WaitForReportAsync("w1", options, r => seen.Add(r.Status));
        Assert.Equal(ReportStatus.Success, report.Status);
        Assert.Equal("file-1", report.FileId);
        Assert.Equal(new[] { ReportStatus.Pending, ReportStatus.Processing, ReportStatus.Processing, ReportStatus.Success }, seen);
        Assert.All(script.Calls, c => Assert.Equal(("GET", "/v2/reports/w1"), (c.Method, c.PathAndQuery)));
    }

    [Theory]
    [InlineData("FAILED", ReportStatus.Failed)]
    [InlineData("ABORTED", ReportStatus.Aborted)]
    [InlineData("TRUNCATED", ReportStatus.Truncated)]
    public async Task Every_final_state_ends_the_wait(string status, ReportStatus expected)
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("w2", status)));
        using var client = TestClients.Create(script.Handler);
        Assert.Equal(expected, (await client.WaitForReportAsync("w2")).Status);
        Assert.Single(script.Calls);
    }

    [Fact]
    public async Task A_wait_past_its_timeout_throws_with_the_last_state_seen()
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("w3", "PROCESSING")));
        using var client = TestClients.Create(script.Handler);
        var options = new ReportWaitOptions { PollInterval = TimeSpan.FromMilliseconds(5), MaximumPollInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromMilliseconds(60) };
        var e = await Assert.ThrowsAsync<ReportWaitTimeoutException>(() => client.WaitForReportAsync("w3", options));
        Assert.Equal(ReportStatus.Processing, e.LastReport.Status);
        Assert.Equal("w3", e.LastReport.RequestId);
        Assert.IsAssignableFrom<TimeoutException>(e);
        Assert.True(script.Calls.Count >= 2);
    }

    [Fact]
    public async Task A_cancelled_wait_stops_in_the_middle_of_a_delay()
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("w4", "PENDING")));
        using var client = TestClients.Create(script.Handler);
        using var cancel = new CancellationTokenSource();
        var options = new ReportWaitOptions { PollInterval = TimeSpan.FromHours(1), MaximumPollInterval = TimeSpan.FromHours(1) };
        var wait = client.WaitForReportAsync("w4", options, _ => cancel.Cancel(), cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Single(script.Calls);
    }

    [Fact]
    public async Task Waiting_for_an_unknown_report_is_a_404()
    {
        var script = new Script((_, _) => Error(404, "#not-found"));
        using var client = TestClients.Create(script.Handler);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => client.WaitForReportAsync("nope"));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Single(script.Calls);
    }

    [Theory]
    [InlineData(0, 30, null)]
    [InlineData(5, 1, null)]
    [InlineData(1, 30, 0)]
    public async Task Refuses_wait_options_that_make_no_sense(int pollMs, int maxMs, int? timeoutMs)
    {
        using var client = TestClients.Create(new Script((_, _) => FakeHandler.Json(ReportJson("x"))).Handler);
        var options = new ReportWaitOptions { PollInterval = TimeSpan.FromMilliseconds(pollMs), MaximumPollInterval = TimeSpan.FromMilliseconds(maxMs) };
        if (timeoutMs.HasValue) options.Timeout = TimeSpan.FromMilliseconds(timeoutMs.Value);
        await Assert.ThrowsAsync<VonageValidationException>(() => client.WaitForReportAsync("x", options));
    }

    [Fact]
    public void Poll_intervals_double_up_to_the_maximum()
    {
        var interval = TimeSpan.FromSeconds(1);
        var seen = new List<double>();
        for (int i = 0; i < 7; i++) { seen.Add(interval.TotalSeconds); interval = PollSchedule.Next(interval, TimeSpan.FromSeconds(30)); }
        Assert.Equal(new double[] { 1, 2, 4, 8, 16, 30, 30 }, seen);
        Assert.Equal(TimeSpan.MaxValue, PollSchedule.Next(TimeSpan.MaxValue, TimeSpan.MaxValue));
    }

    [Fact]
    public async Task Searches_with_status_list_and_dates()
    {
        var script = new Script((_, _) => FakeHandler.Json(ListJson(ReportJson("s1", "SUCCESS"), ReportJson("s2", "FAILED"))));
        using var client = TestClients.Create(script.Handler);
        var search = new ReportSearch { AccountId = "sub00001", CreatedAfter = Start, CreatedBefore = Start.AddDays(1) };
        search.Statuses.Add(ReportStatus.Success);
        search.Statuses.Add(ReportStatus.Failed);
        var reports = await client.SearchReportsAsync(search);
        Assert.Equal(new[] { "s1", "s2" }, reports.Select(r => r.RequestId));
        Assert.Equal("/v2/reports?account_id=sub00001&status=SUCCESS%2CFAILED&date_from=2026-10-01T00%3A00%3A00Z&date_to=2026-10-02T00%3A00%3A00Z",
            Assert.Single(script.Calls).PathAndQuery);
    }

    [Fact]
    public async Task A_search_without_filters_sends_only_the_account()
    {
        var script = new Script((_, _) => FakeHandler.Json(ListJson()));
        using var client = TestClients.Create(script.Handler);
        Assert.Empty(await client.SearchReportsAsync(new ReportSearch()));
        Assert.Equal("/v2/reports?account_id=abcd1234", Assert.Single(script.Calls).PathAndQuery);
    }

    [Fact]
    public void Refuses_a_search_by_unknown_status_or_with_dates_the_wrong_way_round()
    {
        using var client = TestClients.Create(new Script((_, _) => FakeHandler.Json(ListJson())).Handler);
        var unknown = new ReportSearch();
        unknown.Statuses.Add(ReportStatus.Unknown);
        Assert.Equal("InvalidReportStatus", Assert.Throws<VonageValidationException>(() => { _ = client.SearchReportsAsync(unknown); }).ErrorId);
        var backwards = new ReportSearch { CreatedAfter = Start, CreatedBefore = Start };
        Assert.Equal("InvalidDateRange", Assert.Throws<VonageValidationException>(() => { _ = client.SearchReportsAsync(backwards); }).ErrorId);
    }

    [Fact]
    public async Task Aborts_with_DELETE_and_a_finished_report_is_invalid_abort_operation()
    {
        var script = new Script((_, n) => n == 0 ? FakeHandler.Json(ReportJson("a1", "ABORTED")) : Error(409, "/reports#invalid-abort-operation"));
        using var client = TestClients.Create(script.Handler);
        Assert.Equal(ReportStatus.Aborted, (await client.AbortReportAsync("a1")).Status);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => client.AbortReportAsync("a1"));
        Assert.Equal("invalid-abort-operation", e.ErrorCode);
        Assert.All(script.Calls, c => Assert.Equal(("DELETE", "/v2/reports/a1"), (c.Method, c.PathAndQuery)));
        Assert.Equal(2, script.Calls.Count);
    }

    [Fact]
    public async Task Escapes_the_id_in_the_path_and_refuses_an_empty_one()
    {
        var script = new Script((_, _) => FakeHandler.Json(ReportJson("a/b")));
        using var client = TestClients.Create(script.Handler);
        await client.GetReportAsync("a/b?x");
        Assert.Equal("/v2/reports/a%2Fb%3Fx", Assert.Single(script.Calls).PathAndQuery);
        Assert.Equal("ReportIdRequired", Assert.Throws<VonageValidationException>(() => { _ = client.GetReportAsync(" "); }).ErrorId);
    }

    [Fact]
    public async Task A_report_answer_that_is_not_JSON_is_invalid_data()
    {
        var script = new Script((_, _) => FakeHandler.Json("<html>gateway</html>"));
        using var client = TestClients.Create(script.Handler);
        await Assert.ThrowsAsync<InvalidDataException>(() => client.GetReportAsync("x"));
    }
}
