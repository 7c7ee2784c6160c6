using System.Globalization;

namespace Vonage.Reports.Emulator.Faults;

internal enum FaultType
{
    /// <summary>Answer with this HTTP status and an error body (500, 502, 503, …).</summary>
    Status,
    /// <summary>429 with Retry-After and the rate-limit body.</summary>
    RateLimit,
    /// <summary>Send part of the body, flush, then abort the connection.</summary>
    Reset,
    /// <summary>A complete HTTP answer whose body (and Content-Length) is cut short: a broken ZIP or JSON.</summary>
    Truncate,
    /// <summary>Dribble the body out at a few KB/s.</summary>
    Slow,
    /// <summary>Wait before answering.</summary>
    Latency,
    /// <summary>On POST /v2/reports: the report will end FAILED.</summary>
    ReportFailed,
    /// <summary>On POST /v2/reports: the report will end TRUNCATED (half its rows).</summary>
    ReportTruncated,
    /// <summary>On GET /v3/media: 404 as for a file past its 72 hours.</summary>
    Expired,
    /// <summary>On GET /v2/reports/records: 200 with request_status FAILURE and no records.</summary>
    SyncFailure,
}

/// <summary>A fault kind as written on the command line or in a rule: "503", "429", "reset", "report-failed", …</summary>
internal readonly record struct FaultKind(FaultType Type, int Status)
{
    public static readonly string[] Names =
        ["<status code>", "429", "reset", "truncate", "slow", "latency", "report-failed", "report-truncated", "expired", "sync-failure"];

    public static FaultKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "429" or "rate-limit" => new(FaultType.RateLimit, 429),
        "reset" => new(FaultType.Reset, 0),
        "truncate" or "truncated" => new(FaultType.Truncate, 0),
        "slow" => new(FaultType.Slow, 0),
        "latency" => new(FaultType.Latency, 0),
        "report-failed" or "failed" => new(FaultType.ReportFailed, 0),
        "report-truncated" => new(FaultType.ReportTruncated, 0),
        "expired" => new(FaultType.Expired, 0),
        "sync-failure" or "failure" => new(FaultType.SyncFailure, 0),
        var s when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
            => new(FaultType.Status, code),
        _ => throw new FormatException($"Unknown fault kind '{text}'. Use one of: {string.Join(", ", Names)}."),
    };

    public override string ToString() => Type switch
    {
        FaultType.Status => Status.ToString(CultureInfo.InvariantCulture),
        FaultType.RateLimit => "429",
        FaultType.ReportFailed => "report-failed",
        FaultType.ReportTruncated => "report-truncated",
        FaultType.SyncFailure => "sync-failure",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
