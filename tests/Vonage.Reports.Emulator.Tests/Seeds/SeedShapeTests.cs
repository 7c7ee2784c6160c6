using System.Net.Sockets;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Seeds;

/// <summary>Every JSON example in the seeds is a shape the emulator produces: same keys, recursively.</summary>
public class SeedShapeTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_000_create_example_with_status_has_exactly_the_emulators_keys()
    {
        var created = await fx.Client().CreateRawAsync(
            """{"product":"SMS","account_id":"abcd1234","direction":"outbound","status":"delivered","include_message":false,"date_start":"2026-10-01T00:00:00+0000","date_end":"2026-10-01T00:30:00+0000"}""");
        AssertSameKeys(SeedExamples.CreatePendingWithStatus, created.Json);
    }

    [Fact]
    public async Task The_001_create_example_has_exactly_the_emulators_keys()
    {
        var created = await fx.Client().CreateRawAsync(
            """{"product":"SMS","account_id":"abcd1234","direction":"outbound","date_start":"2026-10-01T00:00:00Z","date_end":"2026-10-01T00:30:00Z"}""");
        AssertSameKeys(SeedExamples.CreatePending, created.Json);
    }

    [Fact]
    public async Task The_002_id_example_has_exactly_the_emulators_keys_and_its_record_keys_are_all_there()
    {
        var record = (await fx.Client().CallAsync(Api.Sms(Start, Start.AddMinutes(1)))).Records[0];
        var answer = await fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&id={record.GetProperty("message_id").GetString()}");
        var seed = JsonDocument.Parse(SeedExamples.SyncById).RootElement;
        Assert.Equal(Keys(seed), Keys(answer.Json));
        AssertContainsKeys(seed.GetProperty("records")[0], answer.Records[0]);
        Assert.Equal(JsonValueKind.Number, answer.Json.GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.False, answer.Json.GetProperty("include_message").ValueKind);
    }

    [Fact]
    public async Task The_003_reference_example_keys_are_all_on_a_truncated_page_and_an_id_page()
    {
        var seed = JsonDocument.Parse(SeedExamples.SyncReference).RootElement;
        var page = await fx.Client().CallAsync(Api.Sms(Start, Start.AddHours(1), "&limit=5&include_message=true&show_concatenated=true"));
        var missing = Keys(seed).Except(Keys(page.Json)).ToList();
        Assert.Equal(["ids_not_found"], missing);
        AssertContainsKeys(seed.GetProperty("_links"), page.Json.GetProperty("_links"));
        var record = page.Records[0];
        AssertContainsKeys(seed.GetProperty("records")[0], record);
        // The reference's record order, with the newest SDK's extra fields after it.
        var seedOrder = seed.GetProperty("records")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(seedOrder, record.EnumerateObject().Select(p => p.Name).Where(seedOrder.Contains));

        var byId = await fx.Client().CallAsync("v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&id=15000000E1F8B123");
        Assert.True(byId.Json.TryGetProperty("ids_not_found", out _));
    }

    [Fact]
    public async Task The_004_status_example_has_exactly_the_emulators_keys()
    {
        var created = await fx.Client().CreateRawAsync($$"""
            {"product":"SMS","account_id":"abcd1234","date_start":"2026-10-01T00:00:00+00:00","date_end":"2026-10-01T01:00:00+00:00",
             "include_subaccounts":"false","callback_url":"http://127.0.0.1:{{ClosedPort()}}/hook","direction":"outbound","status":"delivered",
             "client_ref":"abc123","account_ref":"abc123","include_message":"true","network":"23415","from":"441234567890","to":"441234567890"}
            """);
        var done = await fx.Client().WaitAsync(created.Text("request_id")!);
        AssertSameKeys(SeedExamples.StatusSuccess, done.Json);
        Assert.Equal("false", done.Text("include_subaccounts"));
        Assert.Equal("true", done.Text("include_message"));
    }

    [Fact]
    public async Task Error_bodies_have_type_title_detail_instance_and_invalid_parameters_on_parameter_errors()
    {
        var error = await fx.Client().CallAsync("v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound");
        Assert.Equal(["detail", "instance", "invalid_parameters", "title", "type"], Keys(error.Json));
        Assert.Equal(["name", "reason"], Keys(error.Json.GetProperty("invalid_parameters")[0]));
        Assert.Matches("^[0-9a-f]{32}$", error.Text("instance"));
        var unauthorized = await CreateClient(fx.Server, key: null).CallAsync("v2/reports/records");
        Assert.Equal(["detail", "instance", "title", "type"], Keys(unauthorized.Json));
    }

    private static void AssertSameKeys(string seedJson, JsonElement actual) => AssertSameKeys(JsonDocument.Parse(seedJson).RootElement, actual);

    private static void AssertSameKeys(JsonElement seed, JsonElement actual)
    {
        Assert.Equal(Keys(seed), Keys(actual));
        foreach (var p in seed.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.EnumerateObject().Any()))
            AssertSameKeys(p.Value, actual.GetProperty(p.Name));
    }

    private static void AssertContainsKeys(JsonElement seed, JsonElement actual)
    {
        Assert.Empty(Keys(seed).Except(Keys(actual)));
        foreach (var p in seed.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.EnumerateObject().Any()))
            AssertContainsKeys(p.Value, actual.GetProperty(p.Name));
    }

    private static List<string> Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    private static int ClosedPort()
    {
        var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
