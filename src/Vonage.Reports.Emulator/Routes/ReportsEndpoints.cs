using System.Text.Json;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Emulator.Hosting;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Reports;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>POST /v2/reports, GET /v2/reports/{id}, DELETE /v2/reports/{id}, GET /v2/reports (search).</summary>
internal sealed class ReportsEndpoints(EmulatorState state, ReportStore store)
{
    private readonly ReportRequestParser _parser = new(state.Catalog, state.Accounts);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v2/reports", (RequestDelegate)Create);
        app.MapGet("/v2/reports", (RequestDelegate)Search);
        app.MapGet("/v2/reports/{id}", (RequestDelegate)Get);
        app.MapDelete("/v2/reports/{id}", (RequestDelegate)Delete);
    }

    private async Task Create(HttpContext context)
    {
        JsonElement body;
        try
        {
            using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            await JsonResponses.WriteErrorAsync(context, ApiError.MalformedJson());
            return;
        }

        var baseUrl = LinkBuilder.Base(context);
        var (report, error) = _parser.Parse(body, EmulatorState.Caller(context), state.Clock.UtcNow, baseUrl, FaultGate.ReportOutcome(context));
        if (error is not null) { await JsonResponses.WriteErrorAsync(context, error); return; }
        // The create answer shows the report as received: PENDING, whatever the clock does next.
        var created = ReportJson.Serialize(report!, baseUrl);
        store.Add(report!);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = created.Length;
        await context.Response.Body.WriteAsync(created, context.RequestAborted);
    }

    private async Task Get(HttpContext context)
    {
        var report = Visible(context);
        if (report is null) { await NotFound(context); return; }
        await WriteReport(context, report);
    }

    private async Task Delete(HttpContext context)
    {
        var report = Visible(context);
        if (report is null) { await NotFound(context); return; }
        if (!store.TryAbort(report)) { await JsonResponses.WriteErrorAsync(context, ApiError.InvalidAbort()); return; }
        await WriteReport(context, report);
    }

    /// <summary>account_id required; status an optional comma list; date_from/date_to on receive_time (default: last 7 days).</summary>
    private async Task Search(HttpContext context)
    {
        var query = context.Request.Query;
        var now = state.Clock.UtcNow;
        var errors = new List<InvalidParameter>();
        var accountId = query["account_id"].ToString();
        if (accountId.Length == 0) errors.Add(new("account_id", ParameterRules.Missing));
        var statuses = query["status"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var s in statuses.Where(s => !ReportStatus.All.Contains(s)))
            errors.Add(new("status", $"Unknown status '{s}'; use a comma list of {string.Join(", ", ReportStatus.All)}"));
        var from = now.AddDays(-7);
        var to = now.AddSeconds(1);
        if (query["date_from"].ToString() is { Length: > 0 } f && !ApiDates.TryParse(f, now, out from)) errors.Add(new("date_from", ApiDates.FormatHint));
        if (query["date_to"].ToString() is { Length: > 0 } t && !ApiDates.TryParse(t, now, out to)) errors.Add(new("date_to", ApiDates.FormatHint));
        if (errors.Count > 0) { await JsonResponses.WriteErrorAsync(context, ApiError.InvalidListParameters([.. errors])); return; }
        if (!state.Accounts.MayQuery(EmulatorState.Caller(context), accountId)) { await JsonResponses.WriteErrorAsync(context, ApiError.Forbidden()); return; }

        var reports = store.All
            .Where(r => r.AccountId == accountId && (statuses.Length == 0 || statuses.Contains(r.Status)))
            .Where(r => r.ReceiveTime >= from && r.ReceiveTime < to)
            .OrderByDescending(r => r.ReceiveTime)
            .ToList();
        var baseUrl = LinkBuilder.Base(context);
        await JsonResponses.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("self_link", LinkBuilder.Absolute(context, "/v2/reports",
                context.Request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString()))));
            w.WriteNumber("items_count", reports.Count);
            w.WriteStartArray("reports");
            foreach (var r in reports) ReportJson.Write(w, r, baseUrl);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>A report the caller may see: its own account's or a subaccount's. Others get the same 404 as unknown ids.</summary>
    private Report? Visible(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var report = store.Find(id);
        return report is not null && state.Accounts.MayQuery(EmulatorState.Caller(context), report.AccountId) ? report : null;
    }

    private static Task WriteReport(HttpContext context, Report report) =>
        JsonResponses.WriteAsync(context, 200, w => ReportJson.Write(w, report, LinkBuilder.Base(context)));

    private static Task NotFound(HttpContext context) =>
        JsonResponses.WriteErrorAsync(context, ApiError.ReportNotFound((string)context.Request.RouteValues["id"]!));
}
