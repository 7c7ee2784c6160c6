using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Emulator.Hosting;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Reports;
using Vonage.Reports.Emulator.Routes;
using Vonage.Reports.Emulator.Stats;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator;

/// <summary>
/// A running emulator on 127.0.0.1. Start it in-process (xunit) with <see cref="StartAsync"/>; the command line
/// uses the same entry point. Stats, faults, the clock and reset are reachable here as well as over /_emulator/.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly ReportStore _reports;

    private EmulatorServer(WebApplication app, EmulatorState state, ReportStore reports, Uri baseUri)
    {
        _app = app;
        _state = state;
        _reports = reports;
        BaseUri = baseUri;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseUri { get; }

    public EmulatorOptions Options => _state.Options;

    public EmulatorClock Clock => _state.Clock;

    public EmulatorStats Stats => _state.Stats;

    public FaultInjector Faults => _state.Faults;

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = new EmulatorState(options.Validated());
        // Accept requests promptly even while pages are being generated: on a 2-core machine a starved pool would
        // queue arrivals and stamp them in a burst, which the rate limiter then sees as more than N in a second.
        ThreadPool.GetMinThreads(out int workers, out int io);
        if (workers < 32) ThreadPool.SetMinThreads(32, io);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        // The host must not own Ctrl+C/SIGTERM: several emulators may share a test process; Program handles signals.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var gate = new ApiGate(state, app.Services.GetRequiredService<ILogger<ApiGate>>());
        var reports = new ReportStore(options, state.Clock, state.Accounts, state.Generator, app.Services.GetRequiredService<ILogger<ReportStore>>());
        app.Use(gate.InvokeAsync);
        MapRoutes(app, state, reports);
        try { await app.StartAsync(ct); }
        catch
        {
            await reports.DisposeAsync();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUri = new Uri(address.TrimEnd('/') + "/");
        await WarmUpAsync(baseUri, ct);
        return new EmulatorServer(app, state, reports, baseUri);
    }

    /// <summary>
    /// A real API is never cold. Without this the first requests of a run are stamped late (Kestrel and the gate
    /// being compiled), and a client that paced them correctly looks like N+1 in a second a window later. Unsigned
    /// requests: they end at the 401 and touch no account's stats or rate budget.
    /// </summary>
    private static async Task WarmUpAsync(Uri baseUri, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var records = new Uri(baseUri, "v2/reports/records?product=SMS");
        for (var round = 0; round < 2; round++)
        {
            var calls = Enumerable.Range(0, 2).Select(async _ =>
            {
                try { using var response = await http.GetAsync(records, ct); }
                catch (HttpRequestException) { }
            });
            await Task.WhenAll(calls);
        }
    }

    private static void MapRoutes(WebApplication app, EmulatorState state, ReportStore reports)
    {
        var sync = new SyncRecordsEndpoint(state);
        app.MapGet("/v2/reports/records", (RequestDelegate)sync.HandleAsync);
        new ReportsEndpoints(state, reports).Map(app);
        new MediaEndpoint(state, reports).Map(app);
        new ControlEndpoints(state, () => ResetState(state, reports)).Map(app);
        app.MapFallback((RequestDelegate)(context => JsonResponses.WriteErrorAsync(context,
            ApiGate.RouteName(context.Request.Method, context.Request.Path.Value ?? "/") is null
                ? ApiError.NotFound(context.Request.Path.Value ?? "/")
                : ApiError.MethodNotAllowed(context.Request.Method, context.Request.Path.Value ?? "/"))));
    }

    public FaultRule AddFault(FaultRule rule) => _state.Faults.Add(rule);

    public void ClearFaults() => _state.Faults.Clear();

    public DateTimeOffset AdvanceClock(TimeSpan by) => _state.Clock.Advance(by);

    /// <summary>Clears fault rules, stats, rate-limit windows and reports, and puts the clock back to real time.</summary>
    public void Reset() => ResetState(_state, _reports);

    /// <summary>Callbacks posted so far (successfully, failed).</summary>
    public (int Sent, int Failed) Callbacks => (_reports.Callbacks.Sent, _reports.Callbacks.Failed);

    private static void ResetState(EmulatorState state, ReportStore reports)
    {
        reports.Clear();
        state.Faults.Clear();
        state.Stats.Reset();
        state.SyncLimiter.Reset();
        state.AsyncLimiter.Reset();
        state.Clock.ResetOffset();
    }

    /// <summary>Completes when the server stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _reports.DisposeAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>No console hooks: the owner (Program or a test) decides when to stop.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
