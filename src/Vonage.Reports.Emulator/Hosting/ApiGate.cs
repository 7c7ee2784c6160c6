using System.Globalization;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Stats;

namespace Vonage.Reports.Emulator.Hosting;

/// <summary>
/// What every API request passes before its endpoint, in the order the real gateway applies it: Basic auth (401),
/// the per-account rate limit of its class (429 + Retry-After, not counted), added latency, then injected faults.
/// The /_emulator/ control endpoints skip all of it.
/// </summary>
internal sealed class ApiGate(EmulatorState state, ILogger<ApiGate> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/_emulator", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var route = RouteName(context.Request.Method, path);
        if (route is null)
        {
            await JsonResponses.WriteErrorAsync(context, ApiError.NotFound(path));
            return;
        }

        var caller = state.Accounts.Authenticate(context.Request.Headers.Authorization);
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Vonage API\"";
            await JsonResponses.WriteErrorAsync(context, ApiError.Unauthorized());
            return;
        }
        EmulatorState.SetCaller(context, caller);

        var cls = route == "sync-records" ? RequestClass.Sync : RequestClass.Async;
        var limiter = cls == RequestClass.Sync ? state.SyncLimiter : state.AsyncLimiter;
        if (!limiter.TryAcquire(caller.Key, out var inWindow, out var retryAfter))
        {
            state.Stats.RateLimited(caller.Key, cls);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await JsonResponses.WriteErrorAsync(context, ApiError.RateLimited(cls == RequestClass.Sync));
            return;
        }
        state.Stats.Accepted(caller.Key, cls, inWindow);

        if (state.Options.LatencyMs > 0) await Task.Delay(state.Options.LatencyMs, context.RequestAborted);

        FaultStream? wrapper = null;
        var fault = state.Faults.Decide(route, context.Request.Method, path + context.Request.QueryString, caller.Key);
        if (fault is not null)
        {
            state.Stats.FaultInjected(caller.Key);
            var (answered, stream) = await FaultGate.ApplyAsync(context, fault, route);
            if (answered) return;
            wrapper = stream;
        }

        try
        {
            await next(context);
            if (wrapper is not null) await wrapper.CompleteAsync();
        }
        catch (OperationCanceledException) when (wrapper?.Aborted == true || context.RequestAborted.IsCancellationRequested)
        {
            // A reset we caused, or a client that went away: nothing more to say on this connection.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "Unhandled error on {Method} {Path}", context.Request.Method, path);
            await JsonResponses.WriteErrorAsync(context, ApiError.ServerError(500));
        }
    }

    /// <summary>The route names fault rules and rate classes use; null for paths the API does not have.</summary>
    internal static string? RouteName(string method, string path)
    {
        var segments = path.TrimEnd('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["v2", "reports", "records"] => "sync-records",
            ["v2", "reports"] => HttpMethods.IsPost(method) ? "create-report" : "list-reports",
            ["v2", "reports", _] => HttpMethods.IsDelete(method) ? "delete-report" : "get-report",
            ["v3", "media", _] => "media",
            _ => null,
        };
    }
}
