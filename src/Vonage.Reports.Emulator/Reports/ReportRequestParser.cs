using System.Text.Json;
using Vonage.Reports.Emulator.Auth;
using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Routes;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>Validates a POST /v2/reports body per product and turns it into a <see cref="Report"/>.</summary>
internal sealed class ReportRequestParser(ProductCatalog catalog, AccountRegistry accounts)
{
    public const int MaxRangeMonths = 13;
    private static readonly TimeSpan DefaultRange = TimeSpan.FromDays(7);

    /// <summary>Either a report or the error to answer with (400 malformed JSON, 403, 422).</summary>
    public (Report? Report, ApiError? Error) Parse(JsonElement body, EmulatorAccount caller, DateTimeOffset now, string baseUrl, string? forcedOutcome)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, ApiError.MalformedJson());
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in body.EnumerateObject()) if (p.Value.ValueKind != JsonValueKind.Null) fields[p.Name] = p.Value;
        var errors = new List<InvalidParameter>();
        foreach (var (name, value) in fields)
            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                errors.Add(new(name, $"{name} must be a string, number or boolean"));
        if (errors.Count > 0) return (null, ApiError.Unprocessable([.. errors]));
        string? Get(string name) => fields.TryGetValue(name, out var v) ? Text(v) : null;

        var product = ParameterRules.ResolveProduct(catalog, Get("product"), errors);
        var accountOk = ParameterRules.CheckAccountId(Get("account_id"), errors);
        if (product is null || !accountOk) return (null, ApiError.Unprocessable([.. errors]));
        var accountId = Get("account_id")!;
        if (!accounts.MayQuery(caller, accountId)) return (null, ApiError.Forbidden());

        var direction = ParameterRules.CheckDirection(product, Get("direction"), errors);
        var options = ParameterRules.ParseSwitches(product, Get, errors);
        var filters = ParameterRules.CheckFilters(product, catalog, fields.Select(f => new KeyValuePair<string, string>(f.Key, Text(f.Value)!)), errors);
        var includeSubaccounts = ParameterRules.ParseBool("include_subaccounts", Get("include_subaccounts"), errors);
        if (fields.ContainsKey("id")) errors.Add(new("id", "id is not supported by asynchronous reports; use GET /v2/reports/records"));
        if (fields.ContainsKey("cursor") || fields.ContainsKey("iv") || fields.ContainsKey("limit"))
            errors.AddRange(new[] { "cursor", "iv", "limit" }.Where(fields.ContainsKey).Select(n => new InvalidParameter(n, $"{n} is only supported by synchronous requests")));

        var callbackUrl = Get("callback_url");
        if (callbackUrl is not null && (!Uri.TryCreate(callbackUrl, UriKind.Absolute, out var callback) || callback.Scheme is not ("http" or "https")))
            errors.Add(new("callback_url", "callback_url must be an absolute http or https URL"));

        var end = now;
        var start = now - DefaultRange;
        if (Get("date_start") is { } startText && !ApiDates.TryParse(startText, now, out start))
            errors.Add(new("date_start", $"Invalid date '{startText}'. {ApiDates.FormatHint}"));
        if (Get("date_end") is { } endText && !ApiDates.TryParse(endText, now, out end))
            errors.Add(new("date_end", $"Invalid date '{endText}'. {ApiDates.FormatHint}"));
        if (errors.Count == 0 && end <= start) errors.Add(new("date_end", "date_end must be later than date_start"));
        if (errors.Count == 0 && end > start.AddMonths(MaxRangeMonths))
            errors.Add(new("date_end", $"The date range is limited to {MaxRangeMonths} months"));
        if (errors.Count > 0) return (null, ApiError.Unprocessable([.. errors]));

        var fixedNames = new HashSet<string> { "product", "account_id", "date_start", "date_end", "include_subaccounts", "callback_url" };
        var echoed = new HashSet<string>(ParameterRules.SwitchNames.Concat(product.Filters.Keys)) { "direction" };
        var echoes = fields.Where(f => echoed.Contains(f.Key) && !fixedNames.Contains(f.Key))
            .Select(f => new KeyValuePair<string, string>(f.Key, f.Value.GetRawText())).ToList();
        // The docs' create response echoes include_message=false for SMS/MESSAGES even when not sent.
        if (product.Switches.Contains("include_message") && !fields.ContainsKey("include_message"))
            echoes.Add(new("include_message", "false"));

        return (new Report
        {
            RequestId = Guid.NewGuid().ToString(),
            FileId = Guid.NewGuid().ToString(),
            ProductName = Get("product")!,
            Product = product,
            AccountId = accountId,
            Direction = direction,
            Options = options,
            Filters = filters,
            IncludeSubaccounts = includeSubaccounts,
            IncludeSubaccountsRaw = fields.TryGetValue("include_subaccounts", out var sub) ? sub.GetRawText() : null,
            CallbackUrl = callbackUrl,
            DateStart = start,
            DateEnd = end,
            EchoesRawJson = echoes,
            BaseUrl = baseUrl,
            ReceiveTime = now,
            ForcedOutcome = forcedOutcome,
        }, null);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
