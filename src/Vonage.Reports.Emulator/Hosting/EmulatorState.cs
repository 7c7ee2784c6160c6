using Vonage.Reports.Emulator.Auth;
using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Emulator.RateLimiting;
using Vonage.Reports.Emulator.Routes;
using Vonage.Reports.Emulator.Stats;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Hosting;

/// <summary>Everything one emulator instance shares between requests (several instances can live in one process).</summary>
internal sealed class EmulatorState
{
    private const string CallerKey = "emulator.caller";

    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Clock = new EmulatorClock(options.ClockStart);
        Accounts = new AccountRegistry(options.Accounts);
        Catalog = new ProductCatalog();
        FilterNames = ParameterRules.AllFilterNames(Catalog);
        Generator = new RecordGenerator(options.Seed, options.Density, Catalog);
        Cursors = new CursorCodec(options.Seed);
        Stats = new EmulatorStats();
        SyncLimiter = new SlidingWindowLimiter(options.SyncRate);
        AsyncLimiter = new SlidingWindowLimiter(options.AsyncRate);
        Faults = new FaultInjector(options.FaultRate, options.FaultKinds, options.Seed);
    }

    public EmulatorOptions Options { get; }
    public EmulatorClock Clock { get; }
    public AccountRegistry Accounts { get; }
    public ProductCatalog Catalog { get; }
    public HashSet<string> FilterNames { get; }
    public RecordGenerator Generator { get; }
    public CursorCodec Cursors { get; }
    public EmulatorStats Stats { get; }
    public SlidingWindowLimiter SyncLimiter { get; }
    public SlidingWindowLimiter AsyncLimiter { get; }
    public FaultInjector Faults { get; }

    public static EmulatorAccount Caller(HttpContext context) => (EmulatorAccount)context.Items[CallerKey]!;

    public static void SetCaller(HttpContext context, EmulatorAccount account) => context.Items[CallerKey] = account;
}
