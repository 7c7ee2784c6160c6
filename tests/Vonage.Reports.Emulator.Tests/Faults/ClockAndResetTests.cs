using Vonage.Reports.Emulator.Faults;
using System.Net;
using System.Net.Http.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Faults;

/// <summary>The emulator clock and reset over /_emulator/.</summary>
public class ClockAndResetTests
{
    [Fact]
    public async Task The_clock_starts_at_the_configured_instant_and_advances_by_iso_durations()
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        var control = CreateClient(server, key: null);
        var now = DateTimeOffset.Parse((await control.CallAsync("_emulator/clock")).Text("now")!);
        Assert.InRange(now, TestOptions().ClockStart!.Value, TestOptions().ClockStart!.Value.AddMinutes(5));
        var moved = await Api.ReadAsync(await control.PostAsJsonAsync("_emulator/clock", new { advance = "PT73H" }));
        Assert.InRange(DateTimeOffset.Parse(moved.Text("now")!) - now, TimeSpan.FromHours(73), TimeSpan.FromHours(73.1));
    }

    [Fact]
    public async Task The_clock_can_be_set()
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        var answer = await Api.ReadAsync(await CreateClient(server, key: null).PostAsJsonAsync("_emulator/clock", new { set = "2027-01-01T00:00:00Z" }));
        Assert.StartsWith("2027-01-01T00:00:0", answer.Text("now"));
    }

    [Theory]
    [InlineData("{\"advance\":\"73 hours\"}")]
    [InlineData("{\"set\":\"tomorrow\"}")]
    [InlineData("{}")]
    public async Task A_bad_clock_body_is_400(string json)
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        Assert.Equal(HttpStatusCode.BadRequest, (await CreateClient(server, key: null).PostAsync("_emulator/clock", new StringContent(json))).StatusCode);
    }

    [Fact]
    public async Task Reset_clears_rules_stats_reports_and_the_clock_offset()
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        var client = CreateClient(server);
        var id = (await client.CreateAsync(ReportsApi.Sms("2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z"))).Text("request_id");
        server.AddFault(new FaultRule { Route = "get-report", Kind = "500", Count = 0 });
        server.AdvanceClock(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.NoContent, (await CreateClient(server, key: null).PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Empty(server.Faults.Rules);
        Assert.InRange(server.Clock.UtcNow, TestOptions().ClockStart!.Value, TestOptions().ClockStart!.Value.AddHours(1));
        Api.AssertError(await client.CallAsync($"v2/reports/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(1, server.Stats.ForAccount(MasterKey).AsyncAccepted);
    }

    [Fact]
    public async Task Unknown_paths_are_404_with_an_error_body()
    {
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        Api.AssertError(await CreateClient(server).CallAsync("v1/whatever"), HttpStatusCode.NotFound, "#not-found");
    }
}
