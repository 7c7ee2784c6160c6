using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Vonage.Reports.Models;

namespace Vonage.Reports.Paging
{
    /// <summary>Reads a sync answer into typed records (via the product's <see cref="RecordSchema"/>) plus paging fields.</summary>
    internal static class RecordPageParser
    {
        public static RecordPage Parse(Stream json, string product)
        {
            using var doc = JsonDocument.Parse(json);
            return Parse(doc.RootElement, product);
        }

        public static RecordPage Parse(JsonElement root, string product)
        {
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("The records answer is not a JSON object.");
            var schema = RecordTypes.SchemaForProduct(product);
            var records = new List<VonageRecord>();
            if (root.TryGetProperty("records", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    var record = schema.Create();
                    record.SetProduct(product);
                    foreach (var property in item.EnumerateObject())
                        schema.Assign(record, property.Name, ValueText(property.Value));
                    records.Add(record);
                }
            }

            string? nextHref = null;
            if (root.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
                && links.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.Object
                && next.TryGetProperty("href", out var href) && href.ValueKind == JsonValueKind.String)
                nextHref = href.GetString();

            return new RecordPage(records, Text(root, "request_id"), Text(root, "request_status") ?? Text(root, "status"), nextHref,
                Text(root, "cursor"), Text(root, "iv"), SplitIds(Text(root, "ids_not_found")));
        }

        /// <summary>Record values are mostly strings; numbers and booleans keep their JSON text, objects their raw JSON.</summary>
        internal static string? ValueText(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return value.GetString();
                case JsonValueKind.Null: case JsonValueKind.Undefined: return null;
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                default: return value.GetRawText();
            }
        }

        private static string? Text(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var v) ? ValueText(v) : null;

        private static IReadOnlyList<string> SplitIds(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return Array.Empty<string>();
            var ids = new List<string>();
            foreach (var part in text!.Split(','))
            {
                var id = part.Trim().Trim('[', ']', '"');
                if (id.Length > 0) ids.Add(id);
            }
            return ids;
        }
    }
}
