using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Json;

namespace Vonage.Reports.Emulator.Faults;

/// <summary>Applies a decided fault to a request: answers in its place, delays it, or wraps its body.</summary>
internal static class FaultGate
{
    public static readonly string[] RouteNames = ["sync-records", "create-report", "get-report", "delete-report", "list-reports", "media"];

    private const string SyncFailureKey = "emulator.fault.sync-failure";
    private const string ReportOutcomeKey = "emulator.fault.report-outcome";

    public static bool IsSyncFailure(HttpContext context) => context.Items.ContainsKey(SyncFailureKey);

    /// <summary>FAILED or TRUNCATED when a fault asked the report being created to end that way.</summary>
    public static string? ReportOutcome(HttpContext context) => context.Items.TryGetValue(ReportOutcomeKey, out var v) ? v as string : null;

    /// <summary>Returns true when the fault answered the request itself; otherwise the request goes on (maybe wrapped).</summary>
    public static async Task<(bool Answered, FaultStream? Wrapper)> ApplyAsync(HttpContext context, FaultRule rule, string route)
    {
        if (rule.LatencyMs > 0) await Task.Delay(rule.LatencyMs, context.RequestAborted);
        var kind = rule.ParsedKind;
        switch (kind.Type)
        {
            case FaultType.Status:
                await JsonResponses.WriteErrorAsync(context, ApiError.ServerError(kind.Status));
                return (true, null);
            case FaultType.RateLimit:
                context.Response.Headers.RetryAfter = rule.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await JsonResponses.WriteErrorAsync(context, ApiError.RateLimited(route == "sync-records"));
                return (true, null);
            case FaultType.Expired when route == "media":
                await JsonResponses.WriteErrorAsync(context, ApiError.FileNotFound(context.Request.Path.Value!.Split('/')[^1]));
                return (true, null);
            case FaultType.ReportFailed:
                context.Items[ReportOutcomeKey] = "FAILED";
                return (false, null);
            case FaultType.ReportTruncated:
                context.Items[ReportOutcomeKey] = "TRUNCATED";
                return (false, null);
            case FaultType.SyncFailure:
                context.Items[SyncFailureKey] = true;
                return (false, null);
            case FaultType.Reset or FaultType.Truncate or FaultType.Slow:
                var wrapper = new FaultStream(context.Response.Body, context, kind.Type, rule.AfterBytes, rule.BytesPerSecond);
                context.Response.Body = wrapper;
                return (false, wrapper);
            default:
                return (false, null);
        }
    }
}
