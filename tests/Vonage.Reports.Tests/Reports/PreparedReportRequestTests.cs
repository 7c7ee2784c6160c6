using System.Text.Json;
using Vonage.Reports.Reports;
using Xunit;

namespace Vonage.Reports.Tests.Reports;

public class PreparedReportRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static PreparedReportRequest Prepare(ReportRequest request) => PreparedReportRequest.Prepare(request, "abcd1234", Now);

    private static VonageValidationException Rejects(ReportRequest request) =>
        Assert.Throws<VonageValidationException>(() => Prepare(request));

    [Fact]
    public void Missing_dates_become_the_APIs_defaults_made_explicit()
    {
        var p = Prepare(new ReportRequest("SMS") { Direction = "outbound" });
        Assert.Equal(Now, p.DateEnd);
        Assert.Equal(Now.AddDays(-7), p.DateStart);
        Assert.Equal("abcd1234", p.AccountId);

        var end = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var onlyEnd = Prepare(new ReportRequest("SMS") { Direction = "outbound", DateEnd = end });
        Assert.Equal(end.AddDays(-7), onlyEnd.DateStart);
    }

    [Fact]
    public void Allows_exactly_13_months_and_refuses_a_second_more()
    {
        var start = new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero);
        Prepare(new ReportRequest("VOICE-API") { DateStart = start, DateEnd = start.AddMonths(13) });
        var e = Rejects(new ReportRequest("VOICE-API") { DateStart = start, DateEnd = start.AddMonths(13).AddSeconds(1) });
        Assert.Equal("DateRangeTooLong", e.ErrorId);
        Assert.Equal("DateEnd", e.ParamName);
    }

    [Fact]
    public void Refuses_an_end_that_is_not_after_the_start()
    {
        var start = new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal("InvalidDateRange", Rejects(new ReportRequest("ASR") { DateStart = start, DateEnd = start }).ErrorId);
        // A start in the future with the default end (now) is the same mistake.
        var e = Rejects(new ReportRequest("ASR") { DateStart = Now.AddHours(1) });
        Assert.Equal("InvalidDateRange", e.ErrorId);
        Assert.Equal("DateStart", e.ParamName);
        Assert.Contains("without a DateEnd the report ends now", e.Message);
    }

    [Fact]
    public void Refuses_dates_whose_13_month_check_would_leave_the_calendar()
    {
        var start = new DateTimeOffset(9999, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var e = Rejects(new ReportRequest("SMS") { Direction = "outbound", DateStart = start, DateEnd = start.AddDays(30) });
        Assert.Equal("DateOutOfRange", e.ErrorId);
        Assert.Equal(start, e.Value);
        Assert.Equal("DateOutOfRange", Rejects(new ReportRequest("SMS") { Direction = "outbound", DateEnd = DateTimeOffset.MinValue }).ErrorId);
    }

    [Theory]
    [InlineData("SMS", null, "DirectionRequired")]
    [InlineData("MESSAGES", null, "DirectionRequired")]
    [InlineData("VOICE-TTS", "inbound", "DirectionNotSupported")]
    [InlineData("SMS", "sideways", "InvalidDirection")]
    [InlineData("NOPE", null, "UnknownProduct")]
    public void Applies_the_product_and_direction_rules(string product, string? direction, string errorId)
    {
        Assert.Equal(errorId, Rejects(new ReportRequest(product) { Direction = direction }).ErrorId);
    }

    [Fact]
    public void Maps_older_product_names_and_normalises_the_direction()
    {
        var p = Prepare(new ReportRequest("voice-call") { Direction = "Inbound" });
        Assert.Equal("VOICE-API", p.Product);
        Assert.Equal("inbound", p.Direction);
    }

    [Theory]
    [InlineData("id", "IdNotSupported")]
    [InlineData("limit", "SyncOnlyParameter")]
    [InlineData("cursor", "SyncOnlyParameter")]
    [InlineData("date_start", "FilterNotAllowed")]
    [InlineData("callback_url", "FilterNotAllowed")]
    public void Refuses_filters_async_reports_do_not_take(string name, string errorId)
    {
        var request = new ReportRequest("SMS") { Direction = "outbound" };
        request.Filters[name] = "x";
        var e = Rejects(request);
        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal("x", e.Value);
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("/relative/hook")]
    public void Refuses_a_callback_that_is_not_absolute_http(string url)
    {
        var e = Rejects(new ReportRequest("SMS") { Direction = "outbound", CallbackUrl = new Uri(url, UriKind.RelativeOrAbsolute) });
        Assert.Equal("InvalidCallbackUrl", e.ErrorId);
        Assert.Equal(url, e.Value);
    }

    [Fact]
    public void Writes_a_complete_body_with_JSON_booleans_and_numbers()
    {
        var request = new ReportRequest("NUMBER-INSIGHT-V2")
        {
            AccountId = "sub00001",
            DateStart = new DateTimeOffset(2026, 10, 1, 2, 0, 0, TimeSpan.FromHours(2)),
            DateEnd = new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero),
            IncludeSubaccounts = true,
            CallbackUrl = new Uri("https://example.com/cb?x=1"),
        };
        request.Filters["swapped"] = "true";
        request.Filters["risk"] = "high";
        request.Filters["country"] = "";
        request.Filters["connection_count"] = "3";
        using var doc = JsonDocument.Parse(Prepare(request).ToJson());
        var root = doc.RootElement;
        Assert.Equal("NUMBER-INSIGHT-V2", root.GetProperty("product").GetString());
        Assert.Equal("sub00001", root.GetProperty("account_id").GetString());
        Assert.False(root.TryGetProperty("direction", out _));
        Assert.Equal("2026-10-01T00:00:00Z", root.GetProperty("date_start").GetString());
        Assert.Equal("2026-10-02T00:00:00Z", root.GetProperty("date_end").GetString());
        Assert.Equal(JsonValueKind.True, root.GetProperty("include_subaccounts").ValueKind);
        Assert.Equal("https://example.com/cb?x=1", root.GetProperty("callback_url").GetString());
        Assert.Equal(JsonValueKind.True, root.GetProperty("swapped").ValueKind);
        Assert.Equal(3, root.GetProperty("connection_count").GetInt32());
        Assert.Equal("high", root.GetProperty("risk").GetString());
        Assert.False(root.TryGetProperty("country", out _));
        Assert.False(root.TryGetProperty("include_message", out _));
    }

    [Fact]
    public void Describes_itself_for_WhatIf()
    {
        var request = new ReportRequest("SMS") { Direction = "outbound", DateStart = Now.AddDays(-1), DateEnd = Now };
        request.Filters["status"] = "failed";
        Assert.Equal("SMS outbound report for abcd1234, 2026-10-31T12:00:00Z .. 2026-11-01T12:00:00Z (status=failed)", Prepare(request).Describe());
    }
}
