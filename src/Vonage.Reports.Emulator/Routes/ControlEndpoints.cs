using System.Text.Json;
using System.Xml;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Emulator.Hosting;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>Unauthenticated test controls under /_emulator/: stats, fault rules, the clock, reset.</summary>
internal sealed class ControlEndpoints(EmulatorState state, Action resetAll)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/_emulator/stats", (RequestDelegate)Stats);
        app.MapGet("/_emulator/faults", (RequestDelegate)ListFaults);
        app.MapPost("/_emulator/faults", (RequestDelegate)AddFault);
        app.MapDelete("/_emulator/faults", (RequestDelegate)ClearFaults);
        app.MapGet("/_emulator/clock", (RequestDelegate)GetClock);
        app.MapPost("/_emulator/clock", (RequestDelegate)SetClock);
        app.MapPost("/_emulator/reset", (RequestDelegate)Reset);
    }

    private Task Stats(HttpContext context) => JsonResponses.WriteAsync(context, 200, w =>
    {
        w.WriteStartObject();
        w.WriteString("now", ApiDates.Format(state.Clock.UtcNow));
        w.WriteStartArray("accounts");
        foreach (var a in state.Stats.Snapshot())
        {
            w.WriteStartObject();
            w.WriteString("account_id", a.AccountId);
            w.WriteStartObject("sync");
            w.WriteNumber("accepted", a.SyncAccepted);
            w.WriteNumber("rate_limited", a.SyncRateLimited);
            w.WriteNumber("max_in_any_second", a.SyncMaxInAnySecond);
            w.WriteEndObject();
            w.WriteStartObject("async");
            w.WriteNumber("accepted", a.AsyncAccepted);
            w.WriteNumber("rate_limited", a.AsyncRateLimited);
            w.WriteNumber("max_in_any_second", a.AsyncMaxInAnySecond);
            w.WriteEndObject();
            w.WriteNumber("faults_injected", a.FaultsInjected);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private Task ListFaults(HttpContext context) => JsonResponses.WriteAsync(context, 200, w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("rules");
        JsonSerializer.Serialize(w, state.Faults.Rules);
        w.WriteEndObject();
    });

    private async Task AddFault(HttpContext context)
    {
        FaultRule rule;
        try
        {
            rule = await JsonSerializer.DeserializeAsync<FaultRule>(context.Request.Body, cancellationToken: context.RequestAborted)
                ?? throw new FormatException("The body must be a JSON object.");
            state.Faults.Add(rule);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            await BadRequest(context, e.Message);
            return;
        }
        await JsonResponses.WriteAsync(context, 201, w => JsonSerializer.Serialize(w, rule));
    }

    private Task ClearFaults(HttpContext context)
    {
        state.Faults.Clear();
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private Task GetClock(HttpContext context) => WriteNow(context);

    /// <summary>{"advance":"PT73H"} (ISO-8601 duration) or {"set":"2026-01-01T00:00:00Z"}.</summary>
    private async Task SetClock(HttpContext context)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("advance", out var advance))
                state.Clock.Advance(XmlConvert.ToTimeSpan(advance.GetString() ?? ""));
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("set", out var set)
                     && ApiDates.TryParse(set.GetString(), state.Clock.UtcNow, out var to, allowRelative: false))
                state.Clock.Set(to);
            else throw new FormatException("Send {\"advance\":\"PT73H\"} or {\"set\":\"2026-01-01T00:00:00Z\"}.");
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            await BadRequest(context, e.Message);
            return;
        }
        await WriteNow(context);
    }

    private Task Reset(HttpContext context)
    {
        resetAll();
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private Task WriteNow(HttpContext context) => JsonResponses.WriteAsync(context, 200, w =>
    {
        w.WriteStartObject();
        w.WriteString("now", ApiDates.Format(state.Clock.UtcNow));
        w.WriteEndObject();
    });

    private static Task BadRequest(HttpContext context, string message) => JsonResponses.WriteAsync(context, 400, w =>
    {
        w.WriteStartObject();
        w.WriteString("error", message);
        w.WriteEndObject();
    });
}
