using Vonage.Reports.Reports;
using Xunit;

namespace Vonage.Reports.Tests.Reports;

public class ReportMatcherTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Since = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static PreparedReportRequest Request(Action<ReportRequest>? change = null)
    {
        var request = new ReportRequest("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddDays(1) };
        request.Filters["status"] = "failed";
        change?.Invoke(request);
        return PreparedReportRequest.Prepare(request, "abcd1234", Since);
    }

    private static VonageReport Echo(string extra = "", string received = "2026-11-01T12:00:05+00:00", string id = "r1", string product = "SMS") =>
        ReportJsonReader.Parse("{\"request_id\":\"" + id + "\",\"request_status\":\"PENDING\",\"product\":\"" + product + "\",\"account_id\":\"abcd1234\",\"direction\":\"outbound\","
            + "\"date_start\":\"2026-10-01T00:00:00+0000\",\"date_end\":\"2026-10-02T00:00:00+0000\",\"include_subaccounts\":false,"
            + "\"receive_time\":\"" + received + "\",\"status\":\"failed\",\"include_message\":false" + extra + "}");

    [Fact]
    public void Matches_the_report_with_the_same_parameters() => Assert.True(ReportMatcher.Matches(Echo(), Request()));

    [Fact]
    public void Matches_an_older_product_name_in_the_echo()
    {
        var voice = PreparedReportRequest.Prepare(new ReportRequest("VOICE-API") { DateStart = Start, DateEnd = Start.AddDays(1) }, "abcd1234", Since);
        var echo = ReportJsonReader.Parse("""{"request_id":"v","product":"VOICE-CALL","account_id":"abcd1234","date_start":"2026-10-01T00:00:00Z","date_end":"2026-10-02T00:00:00Z"}""");
        Assert.True(ReportMatcher.Matches(echo, voice));
    }

    [Fact]
    public void Does_not_hold_a_missing_echo_against_a_candidate()
    {
        var bare = ReportJsonReader.Parse("""{"request_id":"b","product":"SMS","account_id":"abcd1234","direction":"outbound","date_start":"2026-10-01T00:00:00Z","date_end":"2026-10-02T00:00:00Z"}""");
        Assert.True(ReportMatcher.Matches(bare, Request()));
    }

    [Theory]
    [InlineData("different filter value", "")]
    [InlineData("a filter we did not send", ",\"to\":\"447700900001\"")]
    [InlineData("a switch we did not send", ",\"show_concatenated\":true")]
    [InlineData("subaccounts", ",\"include_subaccounts\":true")]
    [InlineData("a callback", ",\"callback_url\":\"https://example.com/cb\"")]
    public void Rejects_a_report_that_differs_in(string what, string extra)
    {
        var request = what == "different filter value" ? Request(r => r.Filters["status"] = "delivered") : Request();
        Assert.False(ReportMatcher.Matches(Echo(extra), request), what);
    }

    [Fact]
    public void Rejects_other_accounts_directions_and_ranges()
    {
        Assert.False(ReportMatcher.Matches(Echo(), Request(r => r.AccountId = "sub00001")));
        Assert.False(ReportMatcher.Matches(Echo(), Request(r => r.Direction = "inbound")));
        Assert.False(ReportMatcher.Matches(Echo(), Request(r => r.DateEnd = Start.AddDays(2))));
        Assert.False(ReportMatcher.Matches(Echo(product: "MESSAGES"), Request()));
    }

    [Fact]
    public void Finds_the_newest_match_received_since_the_attempt()
    {
        var candidates = new[]
        {
            Echo(received: "2026-11-01T11:59:00+00:00", id: "before"),
            Echo(received: "2026-11-01T12:00:01+00:00", id: "first"),
            Echo(received: "2026-11-01T12:00:09+00:00", id: "newest"),
            Echo(",\"to\":\"1\"", received: "2026-11-01T12:00:30+00:00", id: "other"),
        };
        Assert.Equal("newest", ReportMatcher.FindCreated(candidates, Request(), Since)!.RequestId);
        Assert.Null(ReportMatcher.FindCreated(candidates.Take(1), Request(), Since));
    }
}
