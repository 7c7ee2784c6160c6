using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Vonage.Reports.Paging;
using Vonage.Reports.Queries;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// A <see cref="ReportRequest"/> checked against the API's rules before any call, with every default made
    /// explicit (account, dates), so the body is complete and a report created by an ambiguous attempt can be
    /// recognised by its parameters.
    /// </summary>
    internal sealed class PreparedReportRequest
    {
        /// <summary>Names that are not filters: they have their own properties, or belong to sync queries only.</summary>
        private static readonly Dictionary<string, string> Reserved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["product"] = "Product", ["account_id"] = "AccountId", ["direction"] = "Direction", ["date_start"] = "DateStart",
            ["date_end"] = "DateEnd", ["include_subaccounts"] = "IncludeSubaccounts", ["callback_url"] = "CallbackUrl",
            ["include_message"] = "IncludeMessage", ["show_concatenated"] = "ShowConcatenated",
        };

        private static readonly HashSet<string> SyncOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cursor", "iv", "limit", "hide_prices" };

        private PreparedReportRequest(string product, string accountId, string? direction, DateTimeOffset start, DateTimeOffset end,
            bool? includeSubaccounts, string? callbackUrl, bool? includeMessage, bool? showConcatenated, IReadOnlyList<KeyValuePair<string, string>> filters)
        {
            Product = product; AccountId = accountId; Direction = direction; DateStart = start; DateEnd = end;
            IncludeSubaccounts = includeSubaccounts; CallbackUrl = callbackUrl; IncludeMessage = includeMessage;
            ShowConcatenated = showConcatenated; Filters = filters;
        }

        public string Product { get; }
        public string AccountId { get; }
        public string? Direction { get; }
        public DateTimeOffset DateStart { get; }
        public DateTimeOffset DateEnd { get; }
        public bool? IncludeSubaccounts { get; }
        public string? CallbackUrl { get; }
        public bool? IncludeMessage { get; }
        public bool? ShowConcatenated { get; }

        /// <summary>Filters by lower-case API name, in a stable order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Filters { get; }

        /// <summary>Validates and completes a request; throws <see cref="VonageValidationException"/> with a stable ErrorId.</summary>
        public static PreparedReportRequest Prepare(ReportRequest request, string defaultAccountId, DateTimeOffset now)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            string product = RecordQueryPlanner.NormalizeProduct(request.Product);
            string? direction = RecordQueryPlanner.NormalizeDirection(product, request.Direction);
            string account = string.IsNullOrWhiteSpace(request.AccountId) ? defaultAccountId : request.AccountId!.Trim();

            ApiDate.EnsureInRange(request.DateStart, "DateStart");
            ApiDate.EnsureInRange(request.DateEnd, "DateEnd");
            DateTimeOffset end = request.DateEnd ?? now;
            DateTimeOffset start = request.DateStart ?? end - ReportRequest.DefaultRange;
            if (end <= start)
                throw request.DateEnd.HasValue
                    ? new VonageValidationException("InvalidDateRange", "DateEnd (" + ApiDate.Format(end) + ") must be after DateStart (" + ApiDate.Format(start) + ").", "DateEnd", request.DateEnd)
                    : new VonageValidationException("InvalidDateRange", "DateStart (" + ApiDate.Format(start) + ") is not in the past: without a DateEnd the report "
                        + "ends now (" + ApiDate.Format(end) + "). Give an earlier DateStart, or a DateEnd after it.", "DateStart", request.DateStart);
            if (end > start.AddMonths(ReportRequest.MaximumRangeMonths))
                throw new VonageValidationException("DateRangeTooLong", "An asynchronous report covers at most " + ReportRequest.MaximumRangeMonths + " months; "
                    + ApiDate.Format(start) + " .. " + ApiDate.Format(end) + " is longer. Split it into several reports.", "DateEnd", end);

            string? callback = null;
            if (request.CallbackUrl != null)
            {
                var uri = request.CallbackUrl;
                if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    throw new VonageValidationException("InvalidCallbackUrl", "The callback URL must be an absolute http or https URL; got '" + uri.OriginalString + "'.", "CallbackUrl", uri.OriginalString);
                callback = uri.AbsoluteUri;
            }

            var filters = new List<KeyValuePair<string, string>>();
            foreach (var filter in request.Filters.OrderBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
            {
                string name = filter.Key.Trim().ToLowerInvariant();
                if (name == "id")
                    throw new VonageValidationException("IdNotSupported", "Asynchronous reports select records by date range and filters, not by id; use Get-VonageRecord -Id for ids.", "Id", filter.Value);
                if (SyncOnly.Contains(name))
                    throw new VonageValidationException("SyncOnlyParameter", name + " applies to synchronous record queries only, not to asynchronous reports.", name, filter.Value);
                if (Reserved.TryGetValue(name, out var property))
                    throw new VonageValidationException("FilterNotAllowed", name + " is not a filter: set the request's " + property + " instead.", name, filter.Value);
                if (string.IsNullOrEmpty(filter.Value)) continue;
                filters.Add(new KeyValuePair<string, string>(name, filter.Value));
            }

            return new PreparedReportRequest(product, account, direction, start, end, request.IncludeSubaccounts, callback,
                request.IncludeMessage, request.ShowConcatenated, filters);
        }

        /// <summary>The POST body: JSON booleans for switches (and swapped), a number for connection_count, text otherwise.</summary>
        public byte[] ToJson()
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteString("product", Product);
                w.WriteString("account_id", AccountId);
                if (Direction != null) w.WriteString("direction", Direction);
                w.WriteString("date_start", ApiDate.Format(DateStart));
                w.WriteString("date_end", ApiDate.Format(DateEnd));
                if (IncludeSubaccounts.HasValue) w.WriteBoolean("include_subaccounts", IncludeSubaccounts.Value);
                if (CallbackUrl != null) w.WriteString("callback_url", CallbackUrl);
                if (IncludeMessage.HasValue) w.WriteBoolean("include_message", IncludeMessage.Value);
                if (ShowConcatenated.HasValue) w.WriteBoolean("show_concatenated", ShowConcatenated.Value);
                foreach (var filter in Filters)
                {
                    if (filter.Key == "swapped" && Models.FieldValueParser.TryBoolean(filter.Value, out var flag) && flag.HasValue)
                        w.WriteBoolean(filter.Key, flag.Value);
                    else if (filter.Key == "connection_count" && long.TryParse(filter.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                        w.WriteNumber(filter.Key, count);
                    else
                        w.WriteString(filter.Key, filter.Value);
                }
                w.WriteEndObject();
            }
            return buffer.ToArray();
        }

        /// <summary>One line for logs and -WhatIf: product, direction, account and range.</summary>
        public string Describe() =>
            Product + (Direction != null ? " " + Direction : string.Empty) + " report for " + AccountId + ", "
            + ApiDate.Format(DateStart) + " .. " + ApiDate.Format(DateEnd)
            + (Filters.Count > 0 ? " (" + string.Join(", ", Filters.Select(f => f.Key + "=" + f.Value)) + ")" : string.Empty);

        /// <summary>Echoes of what this request sent, by API name, as the matcher compares them.</summary>
        public IEnumerable<KeyValuePair<string, string>> Echoes()
        {
            if (IncludeMessage.HasValue) yield return new KeyValuePair<string, string>("include_message", IncludeMessage.Value ? "true" : "false");
            if (ShowConcatenated.HasValue) yield return new KeyValuePair<string, string>("show_concatenated", ShowConcatenated.Value ? "true" : "false");
            foreach (var filter in Filters) yield return filter;
        }
    }
}
