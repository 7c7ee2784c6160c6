using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>id mode: lookups without a scan, ids_not_found, the 20-id cap and the parameters id mode refuses.</summary>
public class SyncIdModeTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    private const string Base = "v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound";

    private async Task<System.Text.Json.JsonElement[]> SomeRecords(string product = "SMS", string direction = "&direction=outbound") =>
        (await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product={product}{direction}&date_start={Api.D(Start)}&date_end={Api.D(Start.AddMinutes(10))}")).Records;

    [Fact]
    public async Task Sms_records_are_found_by_message_id_and_by_uuid()
    {
        var records = await SomeRecords();
        var ids = $"{records[0].GetProperty("message_id").GetString()},{records[3].GetProperty("id").GetString()}";
        var answer = await fx.Client().CallAsync($"{Base}&id={ids}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("SUCCESS", answer.Text("request_status"));
        Assert.Equal(ids, answer.Text("id"));
        Assert.Equal([records[0].GetRawText(), records[3].GetRawText()], answer.Records.Select(r => r.GetRawText()));
        Assert.False(answer.Json.TryGetProperty("ids_not_found", out _));
    }

    [Fact]
    public async Task Missing_ids_are_listed_comma_separated_in_ids_not_found()
    {
        var record = (await SomeRecords())[1];
        var answer = await fx.Client().CallAsync($"{Base}&id=15000000E1F8B123,{record.GetProperty("id").GetString()},7b1091b8-1a05-11eb-bad9-38f9d3316493");
        Assert.Single(answer.Records);
        Assert.Equal("15000000E1F8B123,7b1091b8-1a05-11eb-bad9-38f9d3316493", answer.Text("ids_not_found"));
        Assert.Equal(1, answer.Json.GetProperty("items_count").GetInt32());
    }

    [Fact]
    public async Task Id_mode_is_not_time_bounded()
    {
        var old = (await fx.Client().CallAsync(Api.Sms(new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 2, 29, 0, 5, 0, TimeSpan.Zero)))).Records[0];
        Assert.Single((await fx.Client().CallAsync($"{Base}&id={old.GetProperty("message_id").GetString()}")).Records);
    }

    [Fact]
    public async Task More_than_20_ids_is_422()
    {
        var ids = string.Join(",", Enumerable.Range(0, 21).Select(i => Guid.NewGuid()));
        Api.AssertError(await fx.Client().CallAsync($"{Base}&id={ids}"), HttpStatusCode.UnprocessableEntity, null, "id");
    }

    [Fact]
    public async Task Exactly_20_ids_are_allowed()
    {
        var records = await SomeRecords();
        var ids = string.Join(",", records.Take(20).Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(20, (await fx.Client().CallAsync($"{Base}&id={ids}")).Records.Length);
    }

    [Fact]
    public async Task Id_with_dates_is_422_invalid_filter()
    {
        var answer = await fx.Client().CallAsync($"{Base}&id=15000000E1F8B123&date_start={Api.D(Start)}&date_end={Api.D(Start.AddHours(1))}");
        Api.AssertError(answer, HttpStatusCode.UnprocessableEntity, "#invalid-filter", "date_start", "date_end");
        Assert.Equal("Invalid filter", answer.Text("title"));
        Assert.Equal("When using message_id, the following parameters are not supported: [date_start, date_end]", answer.Text("detail"));
    }

    [Theory]
    [InlineData("status=delivered")]
    [InlineData("limit=10")]
    [InlineData("to=447700900000")]
    [InlineData("cursor=abc")]
    public async Task Id_with_a_parameter_outside_the_id_mode_list_is_422(string extra) =>
        Api.AssertError(await fx.Client().CallAsync($"{Base}&id=15000000E1F8B123&{extra}"), HttpStatusCode.UnprocessableEntity, "#invalid-filter", extra.Split('=')[0]);

    [Fact]
    public async Task Id_mode_takes_include_message_hide_prices_and_show_concatenated()
    {
        var id = (await SomeRecords())[0].GetProperty("id").GetString();
        var record = (await fx.Client().CallAsync($"{Base}&id={id}&include_message=true&hide_prices=true&show_concatenated=true")).Records.Single();
        Assert.True(record.TryGetProperty("message_body", out _));
        Assert.True(record.TryGetProperty("concatenated", out _));
        Assert.False(record.TryGetProperty("total_price", out _));
    }

    [Fact]
    public async Task An_id_of_another_account_is_not_found()
    {
        var id = (await SomeRecords())[0].GetProperty("id").GetString();
        var answer = await fx.Client().CallAsync($"v2/reports/records?account_id={SubKey}&product=SMS&direction=outbound&id={id}");
        Assert.Empty(answer.Records);
        Assert.Equal(id, answer.Text("ids_not_found"));
    }

    [Fact]
    public async Task An_id_with_the_other_direction_is_not_found()
    {
        var id = (await SomeRecords())[0].GetProperty("id").GetString();
        Assert.Empty((await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product=SMS&direction=inbound&id={id}")).Records);
    }

    [Fact]
    public async Task An_id_of_another_product_is_not_found()
    {
        var id = (await SomeRecords())[0].GetProperty("id").GetString();
        Assert.Empty((await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product=MESSAGES&direction=outbound&id={id}")).Records);
    }

    [Fact]
    public async Task Voice_calls_are_found_by_call_id_without_a_direction()
    {
        var records = await SomeRecords("VOICE-CALL", "");
        var ids = string.Join(",", records.Take(4).Select(r => r.GetProperty("call_id").GetString()));
        var answer = await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product=VOICE-CALL&id={ids}");
        Assert.Equal(records.Take(4).Select(r => r.GetRawText()), answer.Records.Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task Verify_requests_are_found_by_their_32_hex_request_id()
    {
        var record = (await SomeRecords("VERIFY-API", ""))[0];
        var answer = await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product=VERIFY-API&id={record.GetProperty("request_id").GetString()}");
        Assert.Equal(record.GetRawText(), answer.Records.Single().GetRawText());
    }
}
