using Vonage.Reports.Reports;
using Xunit;

namespace Vonage.Reports.Tests.Reports;

public class ReportJsonReaderTests
{
    // The create response of the docs (seed 000), with its made-up id and +0000 offsets.
    private const string DocsPending = """
    {
      "request_id": "ri3p58f-48598ea7-1234-5678-9012-faabd79bdc2e",
      "request_status": "PENDING",
      "direction": "outbound",
      "product": "SMS",
      "account_id": "abcd1234",
      "date_start": "2020-05-21T13:27:00+0000",
      "date_end": "2020-05-21T13:57:00+0000",
      "include_subaccounts": false,
      "status": "delivered",
      "include_message": false,
      "receive_time": "2020-06-03T15:24:31+0000",
      "_links": { "self": { "href": "https://api.nexmo.com/v2/reports/ri3p58f-48598ea7-cb2d-1234-5678-fa1234567890" } }
    }
    """;

    [Fact]
    public void Reads_the_documented_create_response()
    {
        var report = ReportJsonReader.Parse(DocsPending);
        Assert.Equal("ri3p58f-48598ea7-1234-5678-9012-faabd79bdc2e", report.RequestId);
        Assert.Equal(ReportStatus.Pending, report.Status);
        Assert.Equal("PENDING", report.StatusText);
        Assert.Equal("SMS", report.Product);
        Assert.Equal("abcd1234", report.AccountId);
        Assert.Equal("outbound", report.Direction);
        Assert.Equal(new DateTimeOffset(2020, 5, 21, 13, 27, 0, TimeSpan.Zero), report.DateStart);
        Assert.Equal(new DateTimeOffset(2020, 5, 21, 13, 57, 0, TimeSpan.Zero), report.DateEnd);
        Assert.Equal(new DateTimeOffset(2020, 6, 3, 15, 24, 31, TimeSpan.Zero), report.ReceiveTime);
        Assert.Null(report.StartTime);
        Assert.Null(report.ItemsCount);
        Assert.False(report.IncludeSubaccounts);
        Assert.Null(report.DownloadUri);
        Assert.Null(report.FileId);
        Assert.False(report.IsCompleted);
        Assert.Equal(new Uri("https://api.nexmo.com/v2/reports/ri3p58f-48598ea7-cb2d-1234-5678-fa1234567890"), report.SelfUri);
        // "status" next to request_status is the record filter echo, not the report's state.
        Assert.Equal("delivered", report.RequestParameters["status"]);
        Assert.Equal("false", report.RequestParameters["include_message"]);
        Assert.Equal("outbound", report.RequestParameters["direction"]);
        Assert.False(report.RequestParameters.ContainsKey("request_id"));
    }

    [Fact]
    public void A_completed_report_has_the_download_link_and_the_file_id_is_its_last_segment_not_the_request_id()
    {
        var report = ReportJsonReader.Parse("""
        {"request_id":"6c5506b7-0000-4000-8000-000000000001","request_status":"SUCCESS","product":"VOICE-CALL","account_id":"abcd1234",
         "date_start":"2026-10-01T00:00:00+00:00","date_end":"2026-10-02T00:00:00+00:00","include_subaccounts":"true",
         "receive_time":"2026-10-02T01:00:00+00:00","start_time":"2026-10-02T01:00:02+00:00","items_count":4,
         "callback_url":"https://example.com/cb",
         "_links":{"self":{"href":"https://api.nexmo.com/v2/reports/6c5506b7-0000-4000-8000-000000000001"},
                   "download_report":{"href":"https://api.nexmo.com/v3/media/b003ed27-1234-5678-9012-ac042b16092a"}}}
        """);
        Assert.Equal(ReportStatus.Success, report.Status);
        Assert.True(report.IsCompleted);
        Assert.Equal(4L, report.ItemsCount);
        Assert.True(report.IncludeSubaccounts);
        Assert.Equal("https://example.com/cb", report.CallbackUrl);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 1, 0, 2, TimeSpan.Zero), report.StartTime);
        Assert.Equal(new Uri("https://api.nexmo.com/v3/media/b003ed27-1234-5678-9012-ac042b16092a"), report.DownloadUri);
        Assert.Equal("b003ed27-1234-5678-9012-ac042b16092a", report.FileId);
        Assert.NotEqual(report.RequestId, report.FileId);
    }

    [Fact]
    public void Reads_the_newest_reference_shape_status_download_url_and_request_params()
    {
        var report = ReportJsonReader.Parse("""
        {"request_id":"r-1","status":"TRUNCATED","receive_time":"2019-08-24T14:15:22Z","start_time":"2019-08-24T14:15:23Z",
         "download_url":"https://api.nexmo.com/v3/media/f-9","items_count":7000000,
         "request_params":{"direction":"inbound","status":"delivered","from":"447700900000","include_message":true},
         "_links":{"self":{"href":"https://api.nexmo.com/v2/reports/r-1"}}}
        """);
        Assert.Equal(ReportStatus.Truncated, report.Status);
        Assert.Equal("inbound", report.Direction);
        Assert.Equal("f-9", report.FileId);
        Assert.Equal(7000000L, report.ItemsCount);
        Assert.Equal("delivered", report.RequestParameters["status"]);
        Assert.Equal("447700900000", report.RequestParameters["from"]);
        Assert.Equal("true", report.RequestParameters["include_message"]);
    }

    [Theory]
    [InlineData("QUEUED", ReportStatus.Unknown)]
    [InlineData("processing", ReportStatus.Processing)]
    [InlineData("ABORTED", ReportStatus.Aborted)]
    [InlineData("FAILED", ReportStatus.Failed)]
    public void Status_is_tolerant_of_case_and_of_values_it_does_not_know(string text, ReportStatus expected)
    {
        var report = ReportJsonReader.Parse("{\"request_id\":\"x\",\"request_status\":\"" + text + "\"}");
        Assert.Equal(expected, report.Status);
        Assert.Equal(text, report.StatusText);
    }

    [Fact]
    public void Keeps_unknown_echoes_and_ignores_unparseable_optional_values()
    {
        var report = ReportJsonReader.Parse("""{"request_id":"x","request_status":"PENDING","gateway_id":"g1","swapped":false,"items_count":"n/a","date_start":"yesterday"}""");
        Assert.Equal("g1", report.RequestParameters["gateway_id"]);
        Assert.Equal("false", report.RequestParameters["swapped"]);
        Assert.Null(report.ItemsCount);
        Assert.Null(report.DateStart);
    }

    [Fact]
    public void Reads_the_list_answer_and_a_bare_array()
    {
        using var list = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            """{"self_link":"https://api.nexmo.com/v2/reports?account_id=abcd1234","items_count":2,"reports":[{"request_id":"a","request_status":"SUCCESS"},{"request_id":"b","request_status":"FAILED"}]}"""));
        var reports = ReportJsonReader.ParseList(list);
        Assert.Equal(new[] { "a", "b" }, reports.Select(r => r.RequestId));
        Assert.Equal(ReportStatus.Failed, reports[1].Status);

        using var array = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""[{"request_id":"c","request_status":"PENDING"}]"""));
        Assert.Equal("c", Assert.Single(ReportJsonReader.ParseList(array)).RequestId);

        using var empty = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""{"items_count":0}"""));
        Assert.Empty(ReportJsonReader.ParseList(empty));
    }

    [Fact]
    public void ToString_is_the_request_id_so_a_report_binds_where_an_id_is_expected()
    {
        Assert.Equal("abc", ReportJsonReader.Parse("""{"request_id":"abc","request_status":"PENDING"}""").ToString());
    }
}
