using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Vonage.Reports.Emulator.Faults;

/// <summary>
/// A fault to inject into matching requests (POST /_emulator/faults takes this as JSON). A request matches when the
/// route name (or the path regex), the method and the account all match; the first <see cref="Skip"/> matches pass,
/// then the next <see cref="Count"/> get the fault (0 = every one from then on).
/// </summary>
public sealed class FaultRule
{
    /// <summary>Route name: sync-records, create-report, get-report, delete-report, list-reports, media.</summary>
    [JsonPropertyName("route")] public string? Route { get; set; }

    /// <summary>Regex matched against the path and query (e.g. "^/v3/media/").</summary>
    [JsonPropertyName("path")] public string? Path { get; set; }

    [JsonPropertyName("method")] public string? Method { get; set; }

    /// <summary>Only requests authenticated as this API key.</summary>
    [JsonPropertyName("account")] public string? Account { get; set; }

    /// <summary>A status code (500, 502, 503, …), 429, reset, truncate, slow, latency, report-failed, report-truncated, expired, sync-failure.</summary>
    [JsonPropertyName("kind")] public string Kind { get; set; } = "500";

    [JsonPropertyName("count")] public int Count { get; set; } = 1;

    [JsonPropertyName("skip")] public int Skip { get; set; }

    /// <summary>For latency (and added to any other kind): milliseconds to wait first.</summary>
    [JsonPropertyName("latency_ms")] public int LatencyMs { get; set; }

    /// <summary>For reset/truncate: body bytes sent before the cut (default: half the body, or 4 KB if its length is unknown).</summary>
    [JsonPropertyName("after_bytes")] public long? AfterBytes { get; set; }

    /// <summary>For slow: the pace (default 16 KB/s).</summary>
    [JsonPropertyName("bytes_per_second")] public int BytesPerSecond { get; set; } = 16 * 1024;

    /// <summary>For 429: the Retry-After seconds to send (default 1).</summary>
    [JsonPropertyName("retry_after")] public int RetryAfter { get; set; } = 1;

    [JsonPropertyName("id")] public int Id { get; set; }

    /// <summary>How many matching requests have been seen and how many got the fault.</summary>
    [JsonPropertyName("matched")] public int Matched { get; set; }

    [JsonPropertyName("fired")] public int Fired { get; set; }

    internal FaultKind ParsedKind { get; private set; }

    private Regex? _path;

    internal FaultRule Validated()
    {
        ParsedKind = FaultKind.Parse(Kind);
        if (Route is not null && !FaultGate.RouteNames.Contains(Route))
            throw new FormatException($"Unknown route '{Route}'. Use one of: {string.Join(", ", FaultGate.RouteNames)}.");
        _path = Path is null ? null : new Regex(Path, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (Count < 0 || Skip < 0 || LatencyMs < 0 || BytesPerSecond < 1 || AfterBytes < 0 || RetryAfter < 0)
            throw new FormatException("count, skip, latency_ms, after_bytes and retry_after cannot be negative; bytes_per_second must be positive.");
        return this;
    }

    internal bool Matches(string route, string method, string pathAndQuery, string account) =>
        (Route is null || Route == route)
        && (_path is null || _path.IsMatch(pathAndQuery))
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Account is null || Account == account);
}
