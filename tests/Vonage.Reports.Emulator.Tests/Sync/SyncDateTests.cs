using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>Date parsing, defaults, relative dates and the 24-hour window of the sync endpoint.</summary>
public class SyncDateTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    private const string Base = "v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound";

    private async Task<ApiAnswer> Dates(string start, string? end = null) =>
        await fx.Client().CallAsync($"{Base}&date_start={Uri.EscapeDataString(start)}" + (end is null ? "" : $"&date_end={Uri.EscapeDataString(end)}"));

    [Theory]
    [InlineData("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z")]
    [InlineData("2026-10-01T00:00:00+00:00", "2026-10-01T01:00:00+00:00")]
    [InlineData("2026-10-01T00:00:00+0000", "2026-10-01T01:00:00+0000")]
    [InlineData("2026-10-01T02:00:00+02:00", "2026-10-01T03:00:00+0200")]
    [InlineData("2026-10-01T00:00:00.000Z", "2026-10-01T01:00:00.0000000Z")]
    [InlineData("2026-09-30T19:00:00-05:00", "2026-09-30T20:00:00-0500")]
    public async Task Every_documented_date_form_means_the_same_instant(string start, string end)
    {
        var answer = await Dates(start, end);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(360, answer.Json.GetProperty("items_count").GetInt32());
        Assert.StartsWith("2026-10-01T00:00:", answer.Records[0].GetProperty("date_received").GetString());
    }

    [Fact]
    public async Task Fractional_seconds_are_honoured_at_the_bounds()
    {
        var all = (await Dates("2026-10-01T00:00:00Z", "2026-10-01T00:10:00Z")).Records;
        var first = DateTimeOffset.Parse(all[0].GetProperty("date_received").GetString()!);
        var after = await Dates(first.AddMilliseconds(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), "2026-10-01T00:10:00Z");
        Assert.Equal(all[1].GetProperty("id").GetString(), after.Records[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("2026-10-01")]
    [InlineData("2026-10-01 00:00:00")]
    [InlineData("2026-10-01T00:00:00")]
    [InlineData("2026-10-01T00:00:00 00:00")]
    [InlineData("yesterday")]
    [InlineData("2026-13-01T00:00:00Z")]
    public async Task A_malformed_date_start_is_422(string start) =>
        Api.AssertError(await Dates(start, "2026-10-01T01:00:00Z"), HttpStatusCode.UnprocessableEntity, "#invalid-request-parameters", "date_start");

    [Fact]
    public async Task A_malformed_date_end_is_422() =>
        Api.AssertError(await Dates("2026-10-01T00:00:00Z", "soon"), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task A_missing_date_start_is_422_missing_required_parameter()
    {
        var answer = await fx.Client().CallAsync(Base);
        Api.AssertError(answer, HttpStatusCode.UnprocessableEntity, null, "date_start");
        Assert.Contains("Missing required parameter", answer.Json.GetProperty("invalid_parameters")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_window_over_24_hours_is_422() =>
        Api.AssertError(await Dates("2026-10-01T00:00:00Z", "2026-10-02T00:00:01Z"), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task A_window_of_exactly_24_hours_is_allowed()
    {
        var answer = await Dates("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("TRUNCATED", answer.Text("request_status"));
    }

    [Fact]
    public async Task An_end_not_after_the_start_is_422() =>
        Api.AssertError(await Dates("2026-10-01T01:00:00Z", "2026-10-01T01:00:00Z"), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task Date_end_defaults_to_now()
    {
        var now = fx.Server.Clock.UtcNow;
        var answer = await Dates(now.AddMinutes(-30).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.InRange(answer.Json.GetProperty("items_count").GetInt32(), 178, 181);
    }

    [Theory]
    [InlineData("CURRENT_TIME-5M", 30)]
    [InlineData("CURRENT_TIME-1H", 360)]
    [InlineData("current_time-2h", 720)]
    public async Task Relative_dates_count_back_from_now(string start, int expected)
    {
        var answer = await Dates(start);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.InRange(answer.Json.GetProperty("items_count").GetInt32(), expected - 2, expected + 1);
    }

    [Fact]
    public async Task A_relative_window_of_more_than_a_day_is_422() =>
        Api.AssertError(await Dates("CURRENT_TIME-2D"), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task A_relative_date_end_works_too()
    {
        var answer = await Dates("CURRENT_TIME-2H", "CURRENT_TIME-1H");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.InRange(answer.Json.GetProperty("items_count").GetInt32(), 358, 362);
    }

    [Fact]
    public async Task An_unencoded_plus_arrives_as_a_space_and_is_rejected_like_the_real_api() =>
        Api.AssertError(await fx.Client().CallAsync($"{Base}&date_start=2026-10-01T00:00:00+00:00"), HttpStatusCode.UnprocessableEntity, null, "date_start");

    [Fact]
    public async Task Paging_a_relative_window_keeps_the_first_pages_window()
    {
        var (records, _) = await fx.Client().AllPagesAsync($"{Base}&date_start=CURRENT_TIME-1H&limit=100");
        Assert.InRange(records.Count, 358, 361);
        Assert.Equal(records.Count, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
    }
}
