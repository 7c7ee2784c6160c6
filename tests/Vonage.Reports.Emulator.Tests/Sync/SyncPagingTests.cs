using System.Net;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>Cursor paging, limit, window bounds and record counts of the sync endpoint.</summary>
public class SyncPagingTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Default_density_gives_one_record_per_10_seconds_paged_by_1000()
    {
        var (records, pages) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddSeconds(25000)));
        Assert.Equal(2500, records.Count);
        Assert.Equal(3, pages);
        Assert.Equal(2500, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        var dates = records.Select(r => DateTimeOffset.Parse(r.GetProperty("date_received").GetString()!)).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.True(dates[0] >= Start && dates[^1] < Start.AddSeconds(25000));
    }

    [Fact]
    public async Task A_truncated_page_has_cursor_iv_and_an_absolute_next_link_repeating_the_query()
    {
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=10"));
        Assert.Equal("TRUNCATED", page.Text("request_status"));
        Assert.Equal(10, page.Json.GetProperty("items_count").GetInt32());
        var cursor = page.Text("cursor")!;
        var iv = page.Text("iv")!;
        Assert.Matches("^[A-Za-z0-9_-]+$", cursor);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", iv);
        var next = new Uri(page.NextHref!);
        Assert.Equal(fx.Server.BaseUri.Authority, next.Authority);
        Assert.Contains("date_start=2026-10-01T00%3A00%3A00Z", next.Query);
        Assert.Contains("limit=10", next.Query);
        Assert.Contains("cursor=" + cursor, next.Query);
        Assert.Contains("iv=" + iv, next.Query);
        Assert.StartsWith(fx.Server.BaseUri.ToString(), page.Json.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
    }

    [Fact]
    public async Task The_last_page_is_SUCCESS_without_cursor_iv_or_next()
    {
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1)));
        Assert.Equal("SUCCESS", page.Text("request_status"));
        Assert.False(page.Json.TryGetProperty("cursor", out _));
        Assert.False(page.Json.TryGetProperty("iv", out _));
        Assert.Null(page.NextHref);
        Assert.Equal(6, page.Json.GetProperty("items_count").GetInt32());
    }

    [Fact]
    public async Task Limit_pages_cover_the_same_records_as_one_big_page()
    {
        var whole = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(30)))).Records.Select(Id).ToList();
        var (paged, pages) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddMinutes(30), "&limit=7"));
        Assert.Equal(whole, paged.Select(Id).ToList());
        Assert.Equal((int)Math.Ceiling(180 / 7.0), pages);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    [InlineData("-5")]
    public async Task A_limit_outside_1_to_1000_is_422(string limit) =>
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1), "&limit=" + limit)), HttpStatusCode.UnprocessableEntity, null, "limit");

    [Fact]
    public async Task The_limit_is_echoed_and_defaults_to_1000()
    {
        Assert.Equal(1000, (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1)))).Json.GetProperty("limit").GetInt32());
        Assert.Equal(3, (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1), "&limit=3"))).Json.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Start_is_inclusive_and_end_exclusive()
    {
        var records = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(10)))).Records;
        var t = DateTimeOffset.Parse(records[5].GetProperty("date_received").GetString()!);
        var from = await fx.Client().CallAsync(Api.Sms(t, t.AddMinutes(5)));
        Assert.Equal(Id(records[5]), Id(from.Records[0]));
        var until = await fx.Client().CallAsync(Api.Sms(Start, t));
        Assert.Equal(Id(records[4]), Id(until.Records[^1]));
    }

    [Fact]
    public async Task A_cursor_from_another_query_is_422()
    {
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=10"));
        var other = Api.Sms(Start, Start.AddHours(2), $"&limit=10&cursor={page.Text("cursor")}&iv={page.Text("iv")}");
        Api.AssertError(await fx.Client().CallAsync(other), HttpStatusCode.UnprocessableEntity, null, "cursor");
    }

    [Fact]
    public async Task A_tampered_cursor_is_422()
    {
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=10"));
        var bad = page.NextHref!.Replace("cursor=", "cursor=AAAA");
        Api.AssertError(await fx.Client().CallAsync(bad), HttpStatusCode.UnprocessableEntity, null, "cursor");
    }

    [Fact]
    public async Task A_cursor_without_iv_is_422()
    {
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=10"));
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=10&cursor=" + page.Text("cursor"))),
            HttpStatusCode.UnprocessableEntity, null, "iv");
    }

    [Fact]
    public async Task Records_after_the_emulator_clock_do_not_exist_yet()
    {
        var now = fx.Server.Clock.UtcNow;
        var page = await fx.Client().CallAsync(Api.Sms(now.AddMinutes(-10), now.AddHours(10)));
        Assert.InRange(page.Json.GetProperty("items_count").GetInt32(), 58, 61);
    }

    private static string Id(JsonElement r) => r.GetProperty("id").GetString()!;
}
