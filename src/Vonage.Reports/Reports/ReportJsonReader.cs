using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Vonage.Reports.Models;
using Vonage.Reports.Paging;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// Reads the report object in both shapes the sources show: the documented one (request_status, flat filter
    /// echoes, _links.self / _links.download_report) and the newest reference's (status, download_url,
    /// request_params{...}). Unknown top-level fields are kept as request parameters, so nothing echoed is lost.
    /// </summary>
    internal static class ReportJsonReader
    {
        /// <summary>Top-level fields that are the report's own, not echoes of the request's filters.</summary>
        private static readonly HashSet<string> OwnFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "request_id", "request_status", "status", "product", "account_id", "direction", "date_start", "date_end",
            "receive_time", "start_time", "items_count", "include_subaccounts", "callback_url", "download_url",
            "_links", "request_params",
        };

        public static VonageReport Parse(Stream json)
        {
            using var doc = JsonDocument.Parse(json);
            return Parse(doc.RootElement);
        }

        public static VonageReport Parse(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return Parse(doc.RootElement);
        }

        /// <summary>GET /v2/reports: {"reports":[...]} (also a bare array, or _embedded.reports, to be lenient).</summary>
        public static IReadOnlyList<VonageReport> ParseList(Stream json)
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            JsonElement items = default;
            if (root.ValueKind == JsonValueKind.Array) items = root;
            else if (root.ValueKind == JsonValueKind.Object)
            {
                if (!root.TryGetProperty("reports", out items)
                    && root.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object)
                    embedded.TryGetProperty("reports", out items);
            }
            var list = new List<VonageReport>();
            if (items.ValueKind != JsonValueKind.Array) return list;
            foreach (var item in items.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object) list.Add(Parse(item));
            return list;
        }

        public static VonageReport Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("The report answer is not a JSON object.");
            var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            string? statusText = Text(root, "request_status") ?? Text(root, "status");
            var report = new VonageReport
            {
                RequestId = Text(root, "request_id") ?? string.Empty,
                StatusText = statusText,
                Status = ReportStatusNames.Parse(statusText),
                Product = Text(root, "product"),
                AccountId = Text(root, "account_id"),
                Direction = Text(root, "direction"),
                DateStart = Date(root, "date_start"),
                DateEnd = Date(root, "date_end"),
                ReceiveTime = Date(root, "receive_time"),
                StartTime = Date(root, "start_time"),
                ItemsCount = Int64(root, "items_count"),
                IncludeSubaccounts = Boolean(Text(root, "include_subaccounts")),
                CallbackUrl = Text(root, "callback_url"),
            };

            // When both shapes carry the request_status and a "status" filter echo, the echo is the record status filter.
            if (root.TryGetProperty("request_status", out _) && Text(root, "status") is string statusFilter) parameters["status"] = statusFilter;
            if (report.Direction != null) parameters["direction"] = report.Direction;

            foreach (var property in root.EnumerateObject())
            {
                if (OwnFields.Contains(property.Name)) continue;
                parameters[property.Name] = RecordPageParser.ValueText(property.Value);
            }

            // Newest shape: the filters live in request_params.
            if (root.TryGetProperty("request_params", out var requestParams) && requestParams.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in requestParams.EnumerateObject())
                    parameters[property.Name] = RecordPageParser.ValueText(property.Value);
                if (report.Direction == null && parameters.TryGetValue("direction", out var direction)) report.Direction = direction;
                if (report.Product == null && parameters.TryGetValue("product", out var product)) report.Product = product;
                if (report.AccountId == null && parameters.TryGetValue("account_id", out var account)) report.AccountId = account;
            }

            string? download = null, self = null;
            if (root.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object)
            {
                download = Href(links, "download_report");
                self = Href(links, "self");
            }
            download ??= Text(root, "download_url");
            report.DownloadUri = AbsoluteUri(download);
            report.SelfUri = AbsoluteUri(self);
            report.FileId = FileIdOf(report.DownloadUri);
            report.RequestParameters = parameters;
            return report;
        }

        /// <summary>The file id is the last path segment of the download link (api-facts 3.6), never the request id.</summary>
        internal static string? FileIdOf(Uri? download)
        {
            if (download == null) return null;
            string path = download.AbsolutePath.TrimEnd('/');
            int slash = path.LastIndexOf('/');
            string segment = slash >= 0 ? path.Substring(slash + 1) : path;
            return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
        }

        private static Uri? AbsoluteUri(string? text) =>
            !string.IsNullOrWhiteSpace(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

        private static string? Href(JsonElement links, string name) =>
            links.TryGetProperty(name, out var link) && link.ValueKind == JsonValueKind.Object ? Text(link, "href") : null;

        private static string? Text(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var value) ? RecordPageParser.ValueText(value) : null;

        private static DateTimeOffset? Date(JsonElement obj, string name)
        {
            string? text = Text(obj, name);
            return text != null && FieldValueParser.TryDate(text, out var value) ? value : null;
        }

        private static long? Int64(JsonElement obj, string name)
        {
            string? text = Text(obj, name);
            return text != null && FieldValueParser.TryInt64(text, out var value) ? value : null;
        }

        /// <summary>Echoed booleans come as JSON booleans or as "true"/"false" strings (api-facts 15.8).</summary>
        private static bool? Boolean(string? text) =>
            text != null && FieldValueParser.TryBoolean(text, out var value) ? value : null;
    }
}
