using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Reports;

/// <summary>POST /v2/reports body validation: every error path, and the accepted forms.</summary>
public class ReportValidationTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Malformed_json_is_400()
    {
        var answer = await fx.Client().CreateRawAsync("{\"product\": \"SMS\",");
        Api.AssertError(answer, HttpStatusCode.BadRequest, "#invalid-json");
        Assert.Equal("Malformed JSON", answer.Text("title"));
    }

    [Fact]
    public async Task A_json_array_body_is_400() =>
        Api.AssertError(await fx.Client().CreateRawAsync("[]"), HttpStatusCode.BadRequest, "#invalid-json");

    [Fact]
    public async Task A_missing_product_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { account_id = MasterKey }), HttpStatusCode.UnprocessableEntity, null, "product");

    [Fact]
    public async Task An_unknown_product_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "FAX", account_id = MasterKey }), HttpStatusCode.UnprocessableEntity, null, "product");

    [Fact]
    public async Task A_missing_account_id_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "VERIFY-API" }), HttpStatusCode.UnprocessableEntity, null, "account_id");

    [Fact]
    public async Task Sms_without_direction_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "SMS", account_id = MasterKey }), HttpStatusCode.UnprocessableEntity, null, "direction");

    [Fact]
    public async Task A_subaccount_creating_a_report_for_its_master_is_403() =>
        Api.AssertError(await fx.Client(SubKey, SubSecret).CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z")), HttpStatusCode.Forbidden, "#forbidden");

    [Fact]
    public async Task A_range_over_13_months_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(ReportsApi.Sms("2025-01-01T00:00:00Z", "2026-02-01T00:00:01Z")), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task A_range_of_13_months_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await fx.Client().CreateAsync(ReportsApi.Sms("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z"))).Status);

    [Fact]
    public async Task An_end_before_the_start_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(ReportsApi.Sms("2026-10-02T00:00:00Z", "2026-10-01T00:00:00Z")), HttpStatusCode.UnprocessableEntity, null, "date_end");

    [Fact]
    public async Task A_malformed_date_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(ReportsApi.Sms("01/10/2026", "2026-10-02T00:00:00Z")), HttpStatusCode.UnprocessableEntity, null, "date_start");

    [Fact]
    public async Task Id_is_not_an_async_filter() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "SMS", account_id = MasterKey, direction = "outbound", id = "15000000E1F8B123" }),
            HttpStatusCode.UnprocessableEntity, null, "id");

    [Fact]
    public async Task A_relative_callback_url_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "VERIFY-API", account_id = MasterKey, callback_url = "/hook" }), HttpStatusCode.UnprocessableEntity, null, "callback_url");

    [Fact]
    public async Task A_filter_the_product_does_not_take_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "VERIFY-API", account_id = MasterKey, provider = "whatsapp" }), HttpStatusCode.UnprocessableEntity, null, "provider");

    [Fact]
    public async Task An_object_valued_field_is_422() =>
        Api.AssertError(await fx.Client().CreateRawAsync("{\"product\":\"SMS\",\"account_id\":\"abcd1234\",\"direction\":\"outbound\",\"status\":{\"a\":1}}"),
            HttpStatusCode.UnprocessableEntity, null, "status");

    [Fact]
    public async Task Dates_default_to_the_last_seven_days()
    {
        var created = await fx.Client().CreateAsync(new { product = "VERIFY-API", account_id = MasterKey });
        var start = DateTimeOffset.Parse(created.Text("date_start")!);
        var end = DateTimeOffset.Parse(created.Text("date_end")!);
        Assert.Equal(TimeSpan.FromDays(7), end - start);
    }

    [Fact]
    public async Task Booleans_are_accepted_as_strings_and_echoed_as_sent()
    {
        var created = await fx.Client().CreateRawAsync(
            "{\"product\":\"SMS\",\"account_id\":\"abcd1234\",\"direction\":\"outbound\",\"include_subaccounts\":\"true\",\"include_message\":\"false\",\"status\":\"delivered\"}");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("true", created.Text("include_subaccounts"));
        Assert.Equal("false", created.Text("include_message"));
        Assert.Equal("delivered", created.Text("status"));
    }

    [Fact]
    public async Task Json_booleans_are_echoed_as_booleans()
    {
        var created = await fx.Client().CreateAsync(new { product = "SMS", account_id = MasterKey, direction = "outbound", include_subaccounts = false, include_message = true });
        Assert.Equal(System.Text.Json.JsonValueKind.False, created.Json.GetProperty("include_subaccounts").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.True, created.Json.GetProperty("include_message").ValueKind);
    }

    [Fact]
    public async Task A_boolean_that_is_not_a_boolean_is_422() =>
        Api.AssertError(await fx.Client().CreateAsync(new { product = "SMS", account_id = MasterKey, direction = "outbound", include_subaccounts = "maybe" }),
            HttpStatusCode.UnprocessableEntity, null, "include_subaccounts");
}
