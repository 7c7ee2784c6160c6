using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>One async report: what was asked, where it is in its lifecycle, and its ZIP once built.</summary>
internal sealed class Report
{
    public required string RequestId { get; init; }
    public required string FileId { get; init; }
    public required string ProductName { get; init; }
    public required ProductDefinition Product { get; init; }
    public required string AccountId { get; init; }
    public required Direction Direction { get; init; }
    public required RecordOptions Options { get; init; }
    public required List<KeyValuePair<string, string>> Filters { get; init; }
    public required bool IncludeSubaccounts { get; init; }
    public required string? IncludeSubaccountsRaw { get; init; }
    public required string? CallbackUrl { get; init; }
    public required DateTimeOffset DateStart { get; init; }
    public required DateTimeOffset DateEnd { get; init; }

    /// <summary>Request echoes other than the fixed ones, as raw JSON (booleans stay as sent: true or "true").</summary>
    public required List<KeyValuePair<string, string>> EchoesRawJson { get; init; }

    /// <summary>scheme://host of the request that created it, for absolute links in callbacks.</summary>
    public required string BaseUrl { get; init; }

    public required DateTimeOffset ReceiveTime { get; init; }

    /// <summary>FAILED or TRUNCATED when a fault asked for that ending.</summary>
    public string? ForcedOutcome { get; init; }

    public string Status { get; set; } = ReportStatus.Pending;
    public DateTimeOffset? StartTime { get; set; }
    public DateTimeOffset? CompletedTime { get; set; }
    public long? ItemsCount { get; set; }
    public string? FilePath { get; set; }
    public long FileSize { get; set; }
    public bool FileExpired { get; set; }
    public Task<ZipBuildResult>? Build { get; set; }
    public CancellationTokenSource Cancel { get; } = new();

    /// <summary>Earliest emulator time at which processing may finish (the build may take longer).</summary>
    public DateTimeOffset? EarliestCompletion { get; set; }

    public string ZipName => $"{ProductName}_{RequestId}.zip";
}
