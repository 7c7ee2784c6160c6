namespace Vonage.Reports.Emulator;

/// <summary>Everything the command line can set; the in-process start takes the same object.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = 5000;

    /// <summary>Seed of all generated data; the same seed and query always give the same records.</summary>
    public long Seed { get; set; } = 42;

    /// <summary>Where to write the base URL (e.g. http://127.0.0.1:41234) once listening; null = nowhere.</summary>
    public string? UrlFile { get; set; }

    /// <summary>Records per hour per (account, product, direction) stream: 360 = one every 10 s.</summary>
    public int Density { get; set; } = 360;

    /// <summary>Accounts; a key given here replaces the default account with that key.</summary>
    public List<EmulatorAccount> Accounts { get; set; } = [.. EmulatorAccount.Defaults];

    /// <summary>Added latency in ms before every API answer (each sync page, each report call, each download).</summary>
    public int LatencyMs { get; set; }

    /// <summary>Probability (0..1) that an API request gets a random fault from <see cref="FaultKinds"/>.</summary>
    public double FaultRate { get; set; }

    /// <summary>Kinds drawn by <see cref="FaultRate"/>: status codes, "429", "reset", "slow", "truncate".</summary>
    public List<string> FaultKinds { get; set; } = ["500", "502", "503", "429", "reset"];

    /// <summary>Accepted sync requests per account in any sliding second (0 = no limit).</summary>
    public int SyncRate { get; set; } = 10;

    /// <summary>Accepted async requests (reports, media) per account in any sliding second (0 = no limit).</summary>
    public int AsyncRate { get; set; } = 5;

    /// <summary>How long (emulator clock) a new report stays PENDING.</summary>
    public int ReportPendingMs { get; set; } = 1000;

    /// <summary>Minimum time (emulator clock) a report stays PROCESSING; the real ZIP build may take longer.</summary>
    public int ReportProcessingMs { get; set; } = 2000;

    /// <summary>If above 0, processing also lasts rows / this rate seconds (the real API does ~2,000-3,000 rows/s).</summary>
    public int ReportRowsPerSecond { get; set; }

    /// <summary>A report with more rows ends TRUNCATED at this many rows (the API's ~1 GB / 7 M records cap).</summary>
    public long ReportMaxRows { get; set; } = 7_000_000;

    /// <summary>Initial emulator time; null = the real UTC time. The clock then runs in real time.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>Minimum ASP.NET Core log level (Warning keeps demo output clean).</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;

    /// <summary>Directory for report ZIPs; null = a fresh folder under the system temp path.</summary>
    public string? TempDirectory { get; set; }

    internal EmulatorOptions Validated()
    {
        if (Port is < 0 or > 65535) throw new ArgumentException("Port must be 0..65535.");
        if (Density is < 1 or > 3_600_000) throw new ArgumentException("Density must be 1..3600000 records per hour.");
        if (FaultRate is < 0 or > 1) throw new ArgumentException("FaultRate must be between 0 and 1.");
        if (SyncRate < 0 || AsyncRate < 0 || LatencyMs < 0 || ReportPendingMs < 0 || ReportProcessingMs < 0 || ReportRowsPerSecond < 0)
            throw new ArgumentException("Rates, latencies and durations cannot be negative.");
        if (ReportMaxRows < 1) throw new ArgumentException("ReportMaxRows must be at least 1.");
        foreach (var kind in FaultKinds) Faults.FaultKind.Parse(kind);
        return this;
    }
}
