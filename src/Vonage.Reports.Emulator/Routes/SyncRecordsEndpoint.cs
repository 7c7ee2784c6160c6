using System.Text;
using System.Text.Json;
using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Hosting;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>GET /v2/reports/records: date mode (cursor paging over a ≤ 24 h window) or id mode (≤ 20 ids).</summary>
internal sealed class SyncRecordsEndpoint(EmulatorState state)
{
    public const int MaxIds = 20;
    public const int MaxLimit = 1000;
    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(24);

    // The newest reference's list; anything else with id= is an "Invalid filter".
    private static readonly HashSet<string> IdModeAllowed =
        ["product", "account_id", "direction", "id", "include_message", "hide_prices", "show_concatenated"];

    private static readonly HashSet<string> NotFingerprinted = ["cursor", "iv", "limit"];

    public async Task HandleAsync(HttpContext context)
    {
        var caller = EmulatorState.Caller(context);
        var now = state.Clock.UtcNow;
        var query = context.Request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())).ToList();
        string? Get(string name) => query.LastOrDefault(q => q.Key == name).Value;
        var errors = new List<InvalidParameter>();

        var product = ParameterRules.ResolveProduct(state.Catalog, Get("product"), errors);
        var accountOk = ParameterRules.CheckAccountId(Get("account_id"), errors);
        if (product is null || !accountOk) { await Fail(context, ApiError.Unprocessable([.. errors])); return; }
        var accountId = Get("account_id")!;
        if (!state.Accounts.MayQuery(caller, accountId)) { await Fail(context, ApiError.Forbidden()); return; }

        var idText = Get("id");
        if (idText is not null)
        {
            var offending = query.Select(q => q.Key).Distinct().Where(k => !IdModeAllowed.Contains(k) && IsKnownParameter(k)).ToList();
            if (offending.Count > 0) { await Fail(context, ApiError.InvalidFilter(offending)); return; }
        }

        var direction = ParameterRules.CheckDirection(product, Get("direction"), errors);
        var options = ParameterRules.ParseSwitches(product, Get, errors);
        var filters = ParameterRules.CheckFilters(product, state.Catalog, query, errors);
        if (Get("include_subaccounts") is { } sub && ParameterRules.ParseBool("include_subaccounts", sub, errors))
            errors.Add(new("include_subaccounts", "include_subaccounts is only supported by asynchronous reports; query each subaccount separately"));

        if (idText is not null)
        {
            var ids = idText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
            if (ids.Count == 0) errors.Add(new("id", "id must list at least one record id"));
            if (ids.Count > MaxIds) errors.Add(new("id", $"A maximum of {MaxIds} ids is allowed, got {ids.Count}"));
            if (errors.Count > 0) { await Fail(context, ApiError.Unprocessable([.. errors])); return; }
            await WriteIdPage(context, query, product, accountId, direction, options, ids, now);
            return;
        }

        var limit = MaxLimit;
        if (Get("limit") is { } limitText && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxLimit))
            errors.Add(new("limit", $"limit must be an integer between 1 and {MaxLimit}"));

        DateTimeOffset start = default, end = now;
        var startText = Get("date_start");
        if (startText is null) errors.Add(new("date_start", ParameterRules.Missing));
        else if (!ApiDates.TryParse(startText, now, out start)) errors.Add(new("date_start", $"Invalid date '{startText}'. {ApiDates.FormatHint}"));
        var endText = Get("date_end");
        if (endText is not null && !ApiDates.TryParse(endText, now, out end)) errors.Add(new("date_end", $"Invalid date '{endText}'. {ApiDates.FormatHint}"));
        if (errors.Count == 0 && end <= start) errors.Add(new("date_end", "date_end must be later than date_start"));
        if (errors.Count == 0 && end - start > MaxWindow) errors.Add(new("date_end", "The date range cannot exceed 24 hours (date_end - date_start)"));

        var streams = product.Directions.Where(d => direction == Direction.None || d == direction)
            .Select(d => state.Generator.Stream(accountId, product, d)).ToArray();
        var fingerprint = Fingerprint(query);
        CursorState? cursor = null;
        var cursorText = Get("cursor");
        var ivText = Get("iv");
        if (cursorText is not null || ivText is not null)
        {
            if (cursorText is null) errors.Add(new("cursor", "iv was given without cursor"));
            else if (ivText is null) errors.Add(new("iv", ParameterRules.Missing + " (iv comes with cursor)"));
            else
            {
                cursor = state.Cursors.TryDecode(cursorText, ivText);
                if (cursor is null || cursor.Fingerprint != fingerprint || cursor.Positions.Length != streams.Length)
                    errors.Add(new("cursor", "Invalid cursor: it is malformed or belongs to a different query"));
            }
        }
        if (errors.Count > 0) { await Fail(context, ApiError.Unprocessable([.. errors])); return; }

        // Records only exist up to "now"; the first page freezes the window so later pages see the same set.
        var windowStart = cursor?.Start ?? start.UtcDateTime;
        var windowEnd = cursor?.End ?? (end < now ? end : now).UtcDateTime;
        var scan = cursor is null
            ? RecordScan.ForWindow(state.Generator, streams, windowStart, windowEnd < windowStart ? windowStart : windowEnd)
            : new RecordScan(state.Generator, streams, cursor.Positions,
                streams.Select(s => Math.Max(0, state.Generator.FirstAtOrAfter(s, windowEnd))).ToArray());

        var filter = new RecordFilter(product, filters);
        var page = new List<(RecordStream Stream, string?[] Values)>(Math.Min(limit, 1000));
        var row = new RowValues(product);
        var truncated = false;
        while (scan.TryNext(out var s, out var k))
        {
            state.Generator.Generate(streams[s], k, row);
            if (!filter.Matches(row)) continue;
            if (page.Count == limit) { scan.Unread(s, k); truncated = true; break; }
            page.Add((streams[s], (string?[])row.Values.Clone()));
        }

        // An injected FAILURE answers 200 with no records and nothing to page on.
        var failure = Faults.FaultGate.IsSyncFailure(context);
        if (failure) { truncated = false; page.Clear(); }
        string? nextCursor = null, nextIv = null;
        if (truncated) (nextCursor, nextIv) = state.Cursors.Encode(new CursorState(fingerprint, windowStart, windowEnd, scan.Positions));
        await JsonResponses.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            WriteLinks(w, context, query, nextCursor, nextIv);
            if (nextCursor is not null) { w.WriteString("cursor", nextCursor); w.WriteString("iv", nextIv); }
            w.WriteString("request_id", Guid.NewGuid().ToString());
            w.WriteString("request_status", failure ? "FAILURE" : truncated ? "TRUNCATED" : "SUCCESS");
            w.WriteString("received_at", ApiDates.Format(now));
            w.WriteNumber("price", 0.0m);
            w.WriteString("currency", "EUR");
            w.WriteNumber("limit", limit);
            WriteEchoes(w, product, query, accountId, direction, options, windowStart, windowEnd, startText, endText);
            WriteRecords(w, product, page, options);
            w.WriteEndObject();
        });
    }

    private async Task WriteIdPage(HttpContext context, List<KeyValuePair<string, string>> query, ProductDefinition product,
        string accountId, Direction direction, RecordOptions options, List<string> ids, DateTimeOffset now)
    {
        var found = new List<(RecordStream, string?[])>();
        var notFound = new List<string>();
        var row = new RowValues(product);
        foreach (var id in ids)
        {
            if (state.Generator.Ids.TryDecode(accountId, id, state.Catalog.Sms.Code, out var address)
                && address.ProductCode == product.Code
                && (direction == Direction.None || address.Direction == direction)
                && product.Directions.Contains(address.Direction))
            {
                var stream = state.Generator.Stream(accountId, product, address.Direction);
                if (state.Generator.TimeOf(stream, address.K) < now.UtcDateTime)
                {
                    state.Generator.Generate(stream, address.K, row);
                    found.Add((stream, (string?[])row.Values.Clone()));
                    continue;
                }
            }
            notFound.Add(id);
        }

        await JsonResponses.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            WriteLinks(w, context, query, null, null);
            w.WriteString("request_id", Guid.NewGuid().ToString());
            w.WriteString("request_status", "SUCCESS");
            w.WriteString("id", string.Join(",", ids));
            w.WriteString("received_at", ApiDates.Format(now));
            w.WriteNumber("price", 0.0m);
            w.WriteString("currency", "EUR");
            WriteEchoes(w, product, query, accountId, direction, options, null, null, null, null);
            if (notFound.Count > 0) w.WriteString("ids_not_found", string.Join(",", notFound));
            WriteRecords(w, product, found, options);
            w.WriteEndObject();
        });
    }

    private static void WriteEchoes(Utf8JsonWriter w, ProductDefinition product, List<KeyValuePair<string, string>> query,
        string accountId, Direction direction, RecordOptions options, DateTime? start, DateTime? end, string? startText, string? endText)
    {
        w.WriteString("account_id", accountId);
        w.WriteString("product", query.Last(q => q.Key == "product").Value);
        if (direction != Direction.None) w.WriteString("direction", direction.ToApi());
        if (start is not null && startText is not null) w.WriteString("date_start", ApiDates.Format(start.Value));
        if (end is not null && endText is not null) w.WriteString("date_end", ApiDates.Format(end.Value));
        if (product.Switches.Contains("include_message")) w.WriteBoolean("include_message", options.IncludeMessage);
        if (options.ShowConcatenated) w.WriteBoolean("show_concatenated", true);
        if (options.HidePrices) w.WriteBoolean("hide_prices", true);
        foreach (var (name, value) in query.Where(q => product.Filters.ContainsKey(q.Key)).DistinctBy(q => q.Key))
            w.WriteString(name, value);
    }

    private void WriteRecords(Utf8JsonWriter w, ProductDefinition product, IReadOnlyList<(RecordStream Stream, string?[] Values)> page, RecordOptions options)
    {
        w.WriteNumber("items_count", page.Count);
        w.WriteStartArray("records");
        foreach (var (stream, values) in page)
        {
            var layout = product.JsonLayout(stream.Direction, options);
            w.WriteStartObject();
            for (var i = 0; i < layout.Names.Length; i++) RecordJson.WriteField(w, layout.Names[i], layout.Kinds[i], values[layout.Indexes[i]]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Absolute links from the request's own scheme and host; next = the same query plus cursor and iv.</summary>
    private static void WriteLinks(Utf8JsonWriter w, HttpContext context, List<KeyValuePair<string, string>> query, string? cursor, string? iv)
    {
        var self = LinkBuilder.Absolute(context, context.Request.Path, query);
        w.WriteStartObject("_links");
        w.WriteStartObject("self"); w.WriteString("href", self); w.WriteEndObject();
        if (cursor is not null)
        {
            var next = query.Where(q => q.Key is not ("cursor" or "iv")).Append(new("cursor", cursor)).Append(new("iv", iv!));
            w.WriteStartObject("next"); w.WriteString("href", LinkBuilder.Absolute(context, context.Request.Path, next)); w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private bool IsKnownParameter(string name) =>
        name is "date_start" or "date_end" or "limit" or "cursor" or "iv" or "include_subaccounts" || state.FilterNames.Contains(name);

    /// <summary>Binds a cursor to the query text it came from (dates as typed, so CURRENT_TIME-… pages stay valid).</summary>
    private static ulong Fingerprint(List<KeyValuePair<string, string>> query)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query.Where(q => !NotFingerprinted.Contains(q.Key)).OrderBy(q => q.Key, StringComparer.Ordinal))
            text.Append(key).Append('\u0001').Append(value).Append('\u0002');
        return Hashing.Of(text.ToString());
    }

    private static Task Fail(HttpContext context, ApiError error) => JsonResponses.WriteErrorAsync(context, error);
}
