using System.Net.Http.Headers;
using System.Text;

namespace Vonage.Reports.Emulator.Tests.Support;

/// <summary>One emulator per test class, on a free port, with rate limits off so tests do not throttle each other.</summary>
public class EmulatorFixture : IAsyncLifetime
{
    public const string MasterKey = "abcd1234";
    public const string MasterSecret = "emulatorsecret1";
    public const string SubKey = "sub00001";
    public const string SubSecret = "subsecret1";
    public const string OtherKey = "efgh5678";
    public const string OtherSecret = "emulatorsecret2";

    /// <summary>The Pester suite's aligned start: with the default density there is one record per 10 s slot.</summary>
    public static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public EmulatorServer Server { get; private set; } = null!;

    protected virtual EmulatorOptions Options() => TestOptions();

    public static EmulatorOptions TestOptions() => new()
    {
        Port = 0,
        SyncRate = 0,
        AsyncRate = 0,
        ReportPendingMs = 0,
        ReportProcessingMs = 0,
        ClockStart = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero),
    };

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync(Options());

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public HttpClient Client(string key = MasterKey, string secret = MasterSecret) => CreateClient(Server, key, secret);

    public static HttpClient CreateClient(EmulatorServer server, string? key = MasterKey, string? secret = MasterSecret)
    {
        var client = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key}:{secret}")));
        return client;
    }
}
