using System.Net;
using Vonage.Reports.Queries;
using Vonage.Reports.Tests.Support;
using Xunit;

namespace Vonage.Reports.Tests.Paging;

public class RecordStreamTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static RecordQuery Query(int days = 1) => new("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddDays(days) };

    [Fact]
    public async Task Follows_next_links_until_the_last_page()
    {
        var handler = new FakeHandler((req, n) => n switch
        {
            0 => FakeHandler.Json(TestClients.SmsPage(0, 3, nextHref: "https://api.example.test/v2/reports/records?cursor=c1")),
            1 => FakeHandler.Json(TestClients.SmsPage(3, 3, nextHref: "https://api.example.test/v2/reports/records?cursor=c2")),
            _ => FakeHandler.Json(TestClients.SmsPage(6, 2)),
        });
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"M{i:D8}"), records.Cast<Vonage.Reports.Models.SmsRecord>().Select(r => r.MessageId));
        Assert.Equal(3, handler.Count);
        Assert.Contains("cursor=c2", handler.Requests.Last().Uri.Query);
    }

    [Fact]
    public async Task Resends_the_query_with_cursor_and_iv_when_there_is_no_next_link()
    {
        var handler = new FakeHandler((req, n) => n == 0 ? FakeHandler.Json(TestClients.SmsPage(0, 2, cursor: "C")) : FakeHandler.Json(TestClients.SmsPage(2, 1)));
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Equal(3, records.Count);
        var second = handler.Requests.Last().Uri.Query;
        Assert.Contains("cursor=C", second);
        Assert.Contains("iv=iv-C", second);
        Assert.Contains("product=SMS", second);
    }

    [Fact]
    public async Task Refuses_a_next_link_to_another_host_and_sends_it_no_credentials()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(0, 1, nextHref: "https://evil.example.com/v2/reports/records?cursor=x")));
        using var client = TestClients.Create(handler);
        await Assert.ThrowsAsync<Vonage.Reports.Http.VonageLinkException>(() => TestClients.ReadAllAsync(client.GetRecords(Query())));
        Assert.All(handler.Requests, r => Assert.Equal("api.example.test", r.Uri.Host));
    }

    [Fact]
    public async Task Retries_a_503_and_returns_each_record_once()
    {
        var handler = new FakeHandler((req, n) => n switch
        {
            0 => FakeHandler.Json(TestClients.SmsPage(0, 2, nextHref: "https://api.example.test/v2/reports/records?cursor=c1")),
            1 => FakeHandler.Json("{}", HttpStatusCode.ServiceUnavailable),
            _ => FakeHandler.Json(TestClients.SmsPage(2, 2)),
        });
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Equal(4, records.Count);
        Assert.Equal(4, records.Select(r => ((Vonage.Reports.Models.SmsRecord)r).MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Refetches_a_page_that_breaks_off_mid_body_from_the_same_cursor()
    {
        var handler = new FakeHandler((req, n) => n switch
        {
            0 => FakeHandler.Json(TestClients.SmsPage(0, 2, nextHref: "https://api.example.test/v2/reports/records?cursor=c1")),
            1 => FakeHandler.BrokenBody(TestClients.SmsPage(2, 2)),
            _ => FakeHandler.Json(TestClients.SmsPage(2, 2)),
        });
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Equal(new[] { "M00000000", "M00000001", "M00000002", "M00000003" }, records.Select(r => ((Vonage.Reports.Models.SmsRecord)r).MessageId));
        var uris = handler.Requests.Select(r => r.Uri.Query).ToList();
        Assert.Equal(uris[1], uris[2]);
    }

    [Fact]
    public async Task Does_not_retry_a_401_and_reports_the_apis_error()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(
            """{"type":"https://developer.nexmo.com/api-errors#unauthorized","title":"Unauthorized","detail":"You did not provide correct credentials.","instance":"abc"}""",
            HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(handler);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => TestClients.ReadAllAsync(client.GetRecords(Query())));
        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Equal("unauthorized", e.ErrorCode);
        Assert.Contains("correct credentials", e.Message);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json("{}", HttpStatusCode.BadGateway));
        using var client = TestClients.Create(handler, o => o.Retry.MaximumRetryCount = 2);
        var e = await Assert.ThrowsAsync<VonageApiException>(() => TestClients.ReadAllAsync(client.GetRecords(Query())));
        Assert.Equal(HttpStatusCode.BadGateway, e.StatusCode);
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task Honours_retry_after_on_429()
    {
        var handler = new FakeHandler((req, n) =>
        {
            if (n > 0) return FakeHandler.Json(TestClients.SmsPage(0, 1));
            var r = FakeHandler.Json("""{"type":"https://developer.nexmo.com/api-errors/reports#rate-limit","title":"Too Many Requests"}""", (HttpStatusCode)429);
            r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMilliseconds(300));
            return r;
        });
        var log = new List<string>();
        using var client = TestClients.Create(handler, o => { o.Retry.MaximumRetryInterval = TimeSpan.FromSeconds(5); o.Log = log.Add; });
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Single(records);
        Assert.Contains(log, l => l.StartsWith("Retrying in 0.3 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Returns_windows_in_chronological_order_when_fetched_in_parallel()
    {
        // One record per window, stamped with the window's start; earlier windows answer slower.
        var handler = new FakeHandler((req, n) =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(req.RequestUri!.Query);
            var start = DateTimeOffset.Parse(query["date_start"]!);
            Thread.Sleep(Math.Max(0, 40 - (int)(start - Start).TotalHours * 5));
            return FakeHandler.Json(TestClients.SmsPage(0, 1).Replace("\"message_id\":\"M00000000\"", "\"message_id\":\"" + query["date_start"] + "\""));
        });
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query(days: 5), concurrency: 4));
        var starts = records.Select(r => DateTimeOffset.Parse(((Vonage.Reports.Models.SmsRecord)r).MessageId!)).ToList();
        Assert.Equal(handler.Count, records.Count);
        Assert.True(records.Count > 5, "windows were not split for parallel reading");
        Assert.Equal(starts.OrderBy(d => d), starts);
        Assert.Equal(Start, starts[0]);
    }

    [Fact]
    public async Task Sends_basic_auth_with_the_key_and_secret()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(0, 1)));
        using var client = TestClients.Create(handler);
        await TestClients.ReadAllAsync(client.GetRecords(Query()));
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestClients.Key + ":" + TestClients.Secret));
        Assert.Equal(expected, handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Stops_fetching_when_cancelled()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(n * 2, 2, nextHref: $"https://api.example.test/v2/reports/records?cursor=c{n}")));
        using var cts = new CancellationTokenSource();
        using var client = TestClients.Create(handler);
        using var stream = client.GetRecords(Query(), 1, cts.Token);
        Assert.True(await stream.MoveNextAsync());
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => { while (await stream.MoveNextAsync()) { } });
    }

    [Fact]
    public async Task A_finished_window_frees_its_slot_while_the_reader_waits_on_an_older_one()
    {
        // The first window hangs; the others answer at once with one record each. With two fetches at a time the
        // stream must keep starting windows behind the stuck one (up to its read-ahead bound), not idle at two.
        using var release = new ManualResetEventSlim(false);
        var firstWindow = Uri.EscapeDataString(Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        var handler = new FakeHandler((req, n) =>
        {
            if (req.RequestUri!.Query.Contains("date_start=" + firstWindow)) release.Wait(TimeSpan.FromSeconds(10));
            return FakeHandler.Json(TestClients.SmsPage(n, 1));
        });
        using var client = TestClients.Create(handler);
        using var stream = client.GetRecords(Query(days: 5), concurrency: 2);
        var first = stream.MoveNextAsync();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (handler.Count < 2 * Vonage.Reports.Paging.RecordStream.MaxAheadFactor && DateTime.UtcNow < deadline) await Task.Delay(10);
        await Task.Delay(100);
        Assert.Equal(2 * Vonage.Reports.Paging.RecordStream.MaxAheadFactor, handler.Count);
        Assert.False(first.IsCompleted);
        release.Set();
        Assert.True(await first);
        int read = 1;
        while (await stream.MoveNextAsync()) read++;
        Assert.Equal(handler.Count, read);
    }

    [Fact]
    public async Task Reads_at_most_the_throttle_limit_of_windows_at_once()
    {
        int inFlight = 0, most = 0;
        var handler = new FakeHandler((req, n) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            lock (req) most = Math.Max(most, now);
            Thread.Sleep(20);
            Interlocked.Decrement(ref inFlight);
            return FakeHandler.Json(TestClients.SmsPage(n, 1));
        });
        using var client = TestClients.Create(handler);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query(days: 3), concurrency: 3));
        Assert.Equal(handler.Count, records.Count);
        Assert.InRange(most, 1, 3);
    }
}
