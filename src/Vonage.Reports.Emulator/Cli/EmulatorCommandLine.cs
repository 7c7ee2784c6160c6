using System.Globalization;
using System.Text;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Cli;

/// <summary>Parses the command line into <see cref="EmulatorOptions"/>; every option is listed by --help.</summary>
internal static class EmulatorCommandLine
{
    private sealed record Option(string Name, string Value, string Description, Action<EmulatorOptions, string> Apply);

    private static readonly Option[] Options =
    [
        new("--port", "<n>", "TCP port on 127.0.0.1; 0 picks a free port. Default 5000.", (o, v) => o.Port = Int(v)),
        new("--seed", "<n>", "Seed of the generated data (same seed + query = same records). Default 42.", (o, v) => o.Seed = long.Parse(v, CultureInfo.InvariantCulture)),
        new("--url-file", "<path>", "Write the base URL (http://127.0.0.1:PORT) to this file once listening.", (o, v) => o.UrlFile = v),
        new("--density", "<n>", "Records per hour per (account, product, direction). Default 360 (one every 10 s).", (o, v) => o.Density = Int(v)),
        new("--account", "<key:secret[:parentKey]>", "Add an account, or replace the default with that key; repeatable. Defaults: abcd1234:emulatorsecret1, sub00001:subsecret1:abcd1234, efgh5678:emulatorsecret2.", AddAccount),
        new("--latency-ms", "<n>", "Latency added to every API answer (each page, report call, download). Default 0.", (o, v) => o.LatencyMs = Int(v)),
        new("--fault-rate", "<0..1>", "Probability that an API request gets a random fault from --fault-kinds. Default 0.", (o, v) => o.FaultRate = double.Parse(v, CultureInfo.InvariantCulture)),
        new("--fault-kinds", "<list>", "Comma list for --fault-rate: status codes, 429, reset, truncate, slow, latency, report-failed, report-truncated, expired, sync-failure. Default 500,502,503,429,reset.", (o, v) => o.FaultKinds = v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()),
        new("--sync-rate", "<n>", "Accepted GET /v2/reports/records per account in any sliding second; 0 = off. Default 10.", (o, v) => o.SyncRate = Int(v)),
        new("--async-rate", "<n>", "Accepted report and media requests per account in any sliding second; 0 = off. Default 5.", (o, v) => o.AsyncRate = Int(v)),
        new("--report-pending-ms", "<n>", "Emulator-clock time a new report stays PENDING. Default 1000.", (o, v) => o.ReportPendingMs = Int(v)),
        new("--report-processing-ms", "<n>", "Minimum emulator-clock time a report stays PROCESSING. Default 2000.", (o, v) => o.ReportProcessingMs = Int(v)),
        new("--report-rows-per-second", "<n>", "If > 0, PROCESSING also lasts rows / n seconds (the real API: ~2000-3000). Default 0.", (o, v) => o.ReportRowsPerSecond = Int(v)),
        new("--report-max-rows", "<n>", "Reports with more rows end TRUNCATED at this many. Default 7000000.", (o, v) => o.ReportMaxRows = long.Parse(v, CultureInfo.InvariantCulture)),
        new("--clock", "<iso-date>", "Start the emulator clock at this UTC instant instead of the real time.", SetClock),
        new("--temp-dir", "<path>", "Where report ZIPs are built. Default: a new folder under the system temp path.", (o, v) => o.TempDirectory = v),
        new("--log-level", "<level>", "ASP.NET Core log level: Trace, Debug, Information, Warning, Error, None. Default Warning.", (o, v) => o.LogLevel = Enum.Parse<LogLevel>(v, ignoreCase: true)),
    ];

    /// <summary>Returns the options, or null when --help was asked for.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var accountsGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?" or "/?") return null;
            string? value = null;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0) { value = arg[(eq + 1)..]; arg = arg[..eq]; }
            var option = Options.FirstOrDefault(o => o.Name == arg) ?? throw new FormatException($"Unknown option '{arg}'. See --help.");
            if (value is null)
            {
                if (i + 1 >= args.Count) throw new FormatException($"{option.Name} needs a value {option.Value}.");
                value = args[++i];
            }
            if (option.Name == "--account" && !accountsGiven) accountsGiven = true;
            try { option.Apply(options, value); }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new FormatException($"{option.Name} {value}: {e.Message}");
            }
        }
        return options;
    }

    public static string Help()
    {
        var text = new StringBuilder();
        text.AppendLine("Vonage Reports API emulator: serves /v2/reports/records, /v2/reports and /v3/media on 127.0.0.1.");
        text.AppendLine();
        text.AppendLine("Usage: dotnet run --project src/Vonage.Reports.Emulator -- [options]");
        text.AppendLine();
        text.AppendLine("Options:");
        foreach (var o in Options) text.AppendLine($"  {o.Name} {o.Value}").AppendLine($"      {o.Description}");
        text.AppendLine("  --help");
        text.AppendLine("      Show this text.");
        text.AppendLine();
        text.AppendLine("Control endpoints (no auth): GET /_emulator/stats, GET|POST|DELETE /_emulator/faults,");
        text.AppendLine("GET|POST /_emulator/clock ({\"advance\":\"PT73H\"} or {\"set\":\"2026-01-01T00:00:00Z\"}), POST /_emulator/reset.");
        text.AppendLine("See src/Vonage.Reports.Emulator/README.md.");
        return text.ToString();
    }

    private static int Int(string v) => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static void AddAccount(EmulatorOptions o, string v)
    {
        var account = EmulatorAccount.Parse(v);
        o.Accounts.RemoveAll(a => a.Key == account.Key);
        o.Accounts.Add(account);
    }

    private static void SetClock(EmulatorOptions o, string v)
    {
        if (!ApiDates.TryParse(v, DateTimeOffset.UtcNow, out var start, allowRelative: false))
            throw new FormatException(ApiDates.FormatHint);
        o.ClockStart = start;
    }
}
