using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>Product, account, direction, switches and filters of the sync endpoint, each error path on its own.</summary>
public class SyncParameterTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    private static readonly string Window = $"&date_start={Api.D(Start)}&date_end={Api.D(Start.AddHours(1))}";

    private Task<ApiAnswer> Get(string query) => fx.Client().CallAsync("v2/reports/records?" + query);

    [Fact]
    public async Task A_missing_product_is_422_missing_required_parameter() =>
        Api.AssertError(await Get("account_id=abcd1234&direction=outbound" + Window), HttpStatusCode.UnprocessableEntity, "#invalid-request-parameters", "product");

    [Fact]
    public async Task An_unknown_product_is_422_listing_the_accepted_values()
    {
        var answer = await Get("account_id=abcd1234&product=FAX" + Window);
        Api.AssertError(answer, HttpStatusCode.UnprocessableEntity, null, "product");
        var reason = answer.Json.GetProperty("invalid_parameters")[0].GetProperty("reason").GetString()!;
        Assert.StartsWith("Could not resolve product name. Please use one of the following values [", reason);
        foreach (var name in new[] { "SMS", "VOICE-API", "NUMBER-VERIFY", "CONVERSATION-EVENT", "REPORTS-USAGE", "VIDEO-API" }) Assert.Contains(name, reason);
    }

    [Fact]
    public async Task Product_names_are_case_sensitive_like_the_enumeration() =>
        Api.AssertError(await Get("account_id=abcd1234&product=sms&direction=outbound" + Window), HttpStatusCode.UnprocessableEntity, null, "product");

    [Theory]
    [InlineData("VOICE-CALL")]
    [InlineData("VOICE-API")]
    [InlineData("VOICE-FAILED")]
    [InlineData("VOICE-REJECTED")]
    [InlineData("VERIFY-API")]
    [InlineData("NUMBER-VERIFY")]
    [InlineData("CONVERSATIONS")]
    [InlineData("CONVERSATION-EVENT")]
    public async Task Older_and_newer_product_names_are_both_accepted_and_echoed(string product)
    {
        var answer = await Get($"account_id=abcd1234&product={product}" + Window);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(product, answer.Text("product"));
        Assert.NotEmpty(answer.Records);
    }

    [Fact]
    public async Task A_missing_account_id_is_422() =>
        Api.AssertError(await Get("product=SMS&direction=outbound" + Window), HttpStatusCode.UnprocessableEntity, null, "account_id");

    [Fact]
    public async Task An_account_id_that_is_not_8_characters_is_422() =>
        Api.AssertError(await Get("account_id=abcd123&product=SMS&direction=outbound" + Window), HttpStatusCode.UnprocessableEntity, null, "account_id");

    [Theory]
    [InlineData("SMS")]
    [InlineData("MESSAGES")]
    public async Task Direction_is_required_for_sms_and_messages(string product) =>
        Api.AssertError(await Get($"account_id=abcd1234&product={product}" + Window), HttpStatusCode.UnprocessableEntity, null, "direction");

    [Fact]
    public async Task A_direction_other_than_inbound_or_outbound_is_422() =>
        Api.AssertError(await Get("account_id=abcd1234&product=SMS&direction=sideways" + Window), HttpStatusCode.UnprocessableEntity, null, "direction");

    [Theory]
    [InlineData("VERIFY-API")]
    [InlineData("WEBSOCKET-CALL")]
    [InlineData("CONVERSATION-EVENT")]
    public async Task Direction_is_refused_where_the_product_has_none(string product) =>
        Api.AssertError(await Get($"account_id=abcd1234&product={product}&direction=outbound" + Window), HttpStatusCode.UnprocessableEntity, null, "direction");

    [Fact]
    public async Task Voice_without_direction_returns_both_directions_in_time_order()
    {
        var records = (await Get("account_id=abcd1234&product=VOICE-CALL" + Window)).Records;
        Assert.Equal(720, records.Length);
        Assert.Equal(["inbound", "outbound"], records.Select(r => r.GetProperty("direction").GetString()).Distinct().Order());
        var starts = records.Select(r => r.GetProperty("date_start").GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task Voice_with_a_direction_returns_only_that_direction()
    {
        var records = (await Get("account_id=abcd1234&product=VOICE-CALL&direction=inbound" + Window)).Records;
        Assert.Equal(360, records.Length);
        Assert.All(records, r => Assert.Equal("inbound", r.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task Voice_windows_filter_on_call_start()
    {
        var records = (await Get("account_id=abcd1234&product=VOICE-CALL&direction=outbound" + Window)).Records;
        Assert.All(records, r =>
        {
            var start = DateTimeOffset.Parse(r.GetProperty("date_start").GetString()!);
            Assert.InRange(start, Start, Start.AddHours(1).AddTicks(-1));
        });
        Assert.Contains(records, r => DateTimeOffset.Parse(r.GetProperty("date_end").GetString()!) > Start.AddHours(1));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("TRUE")]
    public async Task Include_message_takes_boolean_strings_and_adds_message_body(string value)
    {
        var answer = await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&include_message=" + value));
        Assert.True(answer.Json.GetProperty("include_message").GetBoolean());
        Assert.All(answer.Records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("message_body").GetString())));
    }

    [Fact]
    public async Task Without_include_message_there_is_no_message_body()
    {
        var answer = await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&include_message=false"));
        Assert.False(answer.Json.GetProperty("include_message").GetBoolean());
        Assert.All(answer.Records, r => Assert.False(r.TryGetProperty("message_body", out _)));
    }

    [Fact]
    public async Task A_boolean_that_is_not_true_or_false_is_422() =>
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&include_message=yes")), HttpStatusCode.UnprocessableEntity, null, "include_message");

    [Fact]
    public async Task Include_message_on_a_product_without_messages_is_422() =>
        Api.AssertError(await Get("account_id=abcd1234&product=VOICE-CALL&include_message=true" + Window), HttpStatusCode.UnprocessableEntity, null, "include_message");

    [Fact]
    public async Task Show_concatenated_adds_TRUE_or_FALSE()
    {
        var records = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&show_concatenated=true"))).Records;
        Assert.All(records, r => Assert.Contains(r.GetProperty("concatenated").GetString(), new[] { "TRUE", "FALSE" }));
        Assert.Contains(records, r => r.GetProperty("concatenated").GetString() == "TRUE");
    }

    [Fact]
    public async Task Hide_prices_removes_every_price_field()
    {
        var record = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&hide_prices=true"))).Records[0];
        Assert.DoesNotContain(record.EnumerateObject(), p => p.Name.Contains("price"));
        Assert.True(record.TryGetProperty("currency", out _));
    }

    [Fact]
    public async Task Include_subaccounts_is_refused_on_sync() =>
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&include_subaccounts=true")), HttpStatusCode.UnprocessableEntity, null, "include_subaccounts");

    [Fact]
    public async Task Unknown_parameters_are_ignored() =>
        Assert.Equal(HttpStatusCode.OK, (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&utm_source=x"))).Status);

    [Fact]
    public async Task A_filter_the_product_does_not_take_is_422() =>
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&call_id=abc")), HttpStatusCode.UnprocessableEntity, null, "call_id");

    [Fact]
    public async Task An_sms_status_outside_the_enumeration_is_422() =>
        Api.AssertError(await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(5), "&status=answered")), HttpStatusCode.UnprocessableEntity, null, "status");

    [Theory]
    [InlineData("status", "failed")]
    [InlineData("country", "GB")]
    [InlineData("network", "23410")]
    [InlineData("from", "Vonage APIs")]
    [InlineData("client_ref", "ref-7")]
    public async Task Sms_filters_really_filter(string name, string value)
    {
        var (all, _) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddHours(6)));
        var expected = all.Count(r => r.GetProperty(name).GetString() == value);
        Assert.InRange(expected, 1, all.Count - 1);
        var (filtered, _) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddHours(6), $"&{name}={Uri.EscapeDataString(value)}"));
        Assert.Equal(expected, filtered.Count);
        Assert.All(filtered, r => Assert.Equal(value, r.GetProperty(name).GetString()));
    }

    [Fact]
    public async Task A_to_filter_finds_the_repeats_of_one_number()
    {
        var (all, _) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddHours(12)));
        var to = all.GroupBy(r => r.GetProperty("to").GetString()).OrderByDescending(g => g.Count()).First();
        var (filtered, _) = await fx.Client().AllPagesAsync(Api.Sms(Start, Start.AddHours(12), "&to=" + to.Key));
        Assert.Equal(to.Count(), filtered.Count);
        Assert.True(filtered.Count > 1);
    }

    [Fact]
    public async Task Messages_filter_by_provider()
    {
        var records = (await Get("account_id=abcd1234&product=MESSAGES&direction=outbound&provider=whatsapp" + Window)).Records;
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("whatsapp", r.GetProperty("provider").GetString()));
    }

    [Fact]
    public async Task A_selective_filter_pages_across_the_whole_window()
    {
        var (records, pages) = await fx.Client().AllPagesAsync(
            $"v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&status=delivered&limit=500&date_start={Api.D(Start)}&date_end={Api.D(Start.AddHours(6))}");
        Assert.True(pages > 1);
        Assert.All(records, r => Assert.Equal("delivered", r.GetProperty("status").GetString()));
    }
}
