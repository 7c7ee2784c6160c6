using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Reports;

/// <summary>GET /v3/media: the ZIP and its CSV, Range/206 resume, expiry, access, and what the report's options change.</summary>
public class MediaTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    private async Task<ApiAnswer> Finished(object body, HttpClient? client = null)
    {
        client ??= fx.Client();
        var created = await client.CreateAsync(body);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return await client.WaitAsync(created.Text("request_id")!);
    }

    private static async Task<(string EntryName, string Csv, HttpResponseMessage Response)> Download(HttpClient client, string href)
    {
        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var entry = Assert.Single(zip.Entries);
        using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false, true));
        return (entry.Name, await reader.ReadToEndAsync(), response);
    }

    [Fact]
    public async Task The_zip_is_named_after_product_and_report_and_holds_one_dated_csv()
    {
        var report = await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"));
        var (entry, csv, response) = await Download(fx.Client(), report.DownloadHref());
        Assert.Equal($"SMS_{report.Text("request_id")}.zip", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal($"report_SMS_abcd1234_{fx.Server.Clock.UtcNow:yyyyMMdd}.csv", entry);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.EndsWith("\n", csv);
        Assert.DoesNotContain("\r", csv);
        Assert.Equal(361, Csv.Parse(csv).Count);
    }

    [Fact]
    public async Task The_csv_rows_are_the_sync_records_of_the_same_window_every_field_quoted()
    {
        var report = await Finished(new { product = "SMS", account_id = MasterKey, direction = "outbound", date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-01T01:00:00Z", include_message = true });
        var (_, csv, _) = await Download(fx.Client(), report.DownloadHref());
        var rows = Csv.Parse(csv);
        var header = rows[0];
        Assert.Equal(["account_id", "message_id", "client_ref", "direction", "from", "to", "message_body", "network", "network_name", "country",
            "country_name", "date_received", "date_finalized", "latency", "status", "error_code", "error_code_description", "currency", "total_price", "id"], header);
        var sync = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&include_message=true"))).Records;
        Assert.Equal(sync.Length, rows.Count - 1);
        for (var i = 0; i < sync.Length; i++)
            for (var c = 0; c < header.Length; c++)
            {
                var value = sync[i].GetProperty(header[c]);
                Assert.Equal(value.ValueKind == JsonValueKind.Null ? "" : value.GetString(), rows[i + 1][c]);
            }
        Assert.Contains(rows, r => r[6].Contains('"'));
        Assert.Contains(rows, r => r[6].Contains('\n'));
        Assert.Contains(rows, r => r[6].Contains('€'));
        Assert.Contains("\"\"", csv);
    }

    [Theory]
    [InlineData("SMS", "inbound", "account_id,message_id,direction,from,to,network,network_name,country,country_name,date_received,currency,total_price,id")]
    [InlineData("MESSAGES", "outbound", "account_id,message_id,client_ref,direction,from,to,country,country_name,provider,network,network_name,session_type,session_id,date_received,date_finalized,latency,status,error_code,currency,estimated_price,total_price,id")]
    [InlineData("MESSAGES", "inbound", "account_id,message_id,direction,from,to,provider,date_received,currency,total_price,id")]
    [InlineData("VOICE-CALL", null, "account_id,call_id,direction,from,to,network,network_name,country,country_name,date_start,date_end,duration,status,status_description,currency,price,total_price,id")]
    [InlineData("WEBSOCKET-CALL", null, "account_id,call_id,date_start,date_end,duration,status,currency,price,total_price,id")]
    [InlineData("VERIFY-API", null, "account_id,request_id,from,to,locale,number_type,network,network_name,country,country_name,date_received,date_finalized,first_event_date,last_event_date,verify_status,sms_event_count,tts_event_count,currency,pricing_model,price,estimated_price,id")]
    [InlineData("NUMBER-INSIGHT", null, "account_id,request_id,product_type,number,date_received,status,response_code,network,network_name,network_type,country,country_name,valid,ported,reachable,first_name,last_name,currency,total_price,id")]
    [InlineData("ASR", null, "account_id,call_id,direction,from,to,call_date_start,date_start,date_end,duration,status,status_description,currency,price,total_price,id")]
    [InlineData("IN-APP-VOICE", null, "account_id,request_id,application_id,conversation_id,user_id,leg_id,client_ref,date_start,date_end,duration,status,currency,price,total_price,id")]
    public async Task Csv_columns_follow_the_documented_order(string product, string? direction, string columns)
    {
        var body = direction is null
            ? (object)new { product, account_id = MasterKey, date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-01T00:10:00Z" }
            : new { product, account_id = MasterKey, direction, date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-01T00:10:00Z" };
        var (entry, csv, _) = await Download(fx.Client(), (await Finished(body)).DownloadHref());
        Assert.Equal(columns, string.Join(",", Csv.Parse(csv)[0]));
        Assert.StartsWith($"report_{product}_abcd1234_", entry);
    }

    [Fact]
    public async Task Filters_apply_to_the_csv()
    {
        var report = await Finished(new { product = "SMS", account_id = MasterKey, direction = "outbound", status = "failed", date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-02T00:00:00Z" });
        var rows = Csv.Parse((await Download(fx.Client(), report.DownloadHref())).Csv);
        Assert.Equal(report.Json.GetProperty("items_count").GetInt64(), rows.Count - 1);
        Assert.InRange(rows.Count - 1, 100, 800);
        Assert.All(rows.Skip(1), r => Assert.Equal("failed", r[13]));
    }

    [Fact]
    public async Task Include_subaccounts_adds_the_subaccounts_records_in_time_order()
    {
        var report = await Finished(new { product = "SMS", account_id = MasterKey, direction = "outbound", include_subaccounts = true, date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-01T01:00:00Z" });
        var rows = Csv.Parse((await Download(fx.Client(), report.DownloadHref())).Csv).Skip(1).ToList();
        Assert.Equal(720, rows.Count);
        Assert.Equal(["abcd1234", "sub00001"], rows.Select(r => r[0]).Distinct().Order());
        Assert.Equal(rows.Select(r => r[10]).Order(StringComparer.Ordinal), rows.Select(r => r[10]));
    }

    [Fact]
    public async Task A_range_request_is_206_and_resuming_gives_the_same_bytes()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T06:00:00Z"))).DownloadHref();
        var full = await fx.Client().GetByteArrayAsync(href);
        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Range = new RangeHeaderValue(1000, null);
        var partial = await fx.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal($"bytes 1000-{full.Length - 1}/{full.Length}", partial.Content.Headers.ContentRange!.ToString());
        Assert.Equal(full.Length - 1000, partial.Content.Headers.ContentLength);
        Assert.Equal(full[1000..], await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_closed_range_and_a_suffix_range_are_served()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        var full = await fx.Client().GetByteArrayAsync(href);
        var closed = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { Range = new RangeHeaderValue(10, 19) } };
        Assert.Equal(full[10..20], await (await fx.Client().SendAsync(closed)).Content.ReadAsByteArrayAsync());
        var suffix = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { Range = new RangeHeaderValue(null, 100) } };
        Assert.Equal(full[^100..], await (await fx.Client().SendAsync(suffix)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_past_the_end_is_416()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        var request = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { Range = new RangeHeaderValue(100_000_000, null) } };
        var response = await fx.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.StartsWith("bytes */", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task A_stale_if_range_gets_the_whole_file()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        var request = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { Range = new RangeHeaderValue(10, null) } };
        request.Headers.IfRange = new RangeConditionHeaderValue("\"other\"");
        Assert.Equal(HttpStatusCode.OK, (await fx.Client().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_download_needs_basic_auth()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        Api.AssertError(await Api.ReadAsync(await CreateClient(fx.Server, key: null).GetAsync(href)), HttpStatusCode.Unauthorized, "#unauthorized");
    }

    [Fact]
    public async Task Another_account_gets_404_for_the_file()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        Api.AssertError(await Api.ReadAsync(await fx.Client(OtherKey, OtherSecret).GetAsync(href)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_file_is_404() =>
        Api.AssertError(await Api.ReadAsync(await fx.Client().GetAsync("v3/media/00000000-0000-0000-0000-000000000000")), HttpStatusCode.NotFound, "#not-found");

    [Fact]
    public async Task The_file_expires_72_hours_after_completion_while_the_report_remains()
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        var client = CreateClient(server);
        var created = await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"));
        var href = (await client.WaitAsync(created.Text("request_id")!)).DownloadHref();
        server.AdvanceClock(TimeSpan.FromHours(71));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        server.AdvanceClock(TimeSpan.FromHours(2));
        Api.AssertError(await Api.ReadAsync(await client.GetAsync(href)), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.CallAsync($"v2/reports/{created.Text("request_id")}")).Status);
    }

    [Fact]
    public async Task A_report_over_the_row_cap_ends_TRUNCATED_with_a_download()
    {
        var options = TestOptions();
        options.ReportMaxRows = 100;
        await using var server = await EmulatorServer.StartAsync(options);
        var client = CreateClient(server);
        var done = await client.WaitAsync((await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).Text("request_id")!);
        Assert.Equal("TRUNCATED", done.Text("request_status"));
        Assert.Equal(100, done.Json.GetProperty("items_count").GetInt64());
        Assert.Equal(101, Csv.Parse((await Download(client, done.DownloadHref())).Csv).Count);
    }

    [Fact]
    public async Task Head_gives_the_length_without_a_body()
    {
        var href = (await Finished(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).DownloadHref();
        var full = await fx.Client().GetByteArrayAsync(href);
        var head = await fx.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, href));
        Assert.Equal(full.Length, head.Content.Headers.ContentLength);
    }
}
