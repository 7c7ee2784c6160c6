using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>The same seed and query always give the same records; another seed gives others.</summary>
public class DeterminismTests
{
    private static async Task<string> Body(long seed)
    {
        var options = TestOptions();
        options.Seed = seed;
        await using var server = await EmulatorServer.StartAsync(options);
        var page = await CreateClient(server).CallAsync(Api.Sms(Start, Start.AddHours(1), "&include_message=true"));
        return string.Join("\n", page.Records.Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task Two_emulators_with_the_same_seed_return_identical_records() =>
        Assert.Equal(await Body(7), await Body(7));

    [Fact]
    public async Task Another_seed_returns_other_records() =>
        Assert.NotEqual(await Body(7), await Body(8));

    [Fact]
    public async Task Repeating_a_query_returns_the_same_records()
    {
        var options = TestOptions();
        await using var server = await EmulatorServer.StartAsync(options);
        var client = CreateClient(server);
        var a = await client.CallAsync(Api.Sms(Start, Start.AddMinutes(20)));
        var b = await client.CallAsync(Api.Sms(Start, Start.AddMinutes(20)));
        Assert.Equal(a.Records.Select(r => r.GetRawText()), b.Records.Select(r => r.GetRawText()));
    }
}
