using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace Vonage.Reports.Http
{
    /// <summary>Turns an error answer (RFC 7807-style body: type, title, detail, instance, invalid_parameters) into a <see cref="VonageApiException"/>.</summary>
    internal static class ApiErrorReader
    {
        public static VonageApiException Create(HttpResponseMessage response, string? body, Uri? requestUri)
        {
            string? type = null, title = null, detail = null, instance = null;
            List<InvalidParameter>? invalid = null;
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    using var doc = JsonDocument.Parse(body!);
                    var root = doc.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        type = Text(root, "type");
                        title = Text(root, "title");
                        detail = Text(root, "detail") ?? Text(root, "error_text");
                        instance = Text(root, "instance");
                        if (root.TryGetProperty("invalid_parameters", out var list) && list.ValueKind == JsonValueKind.Array)
                        {
                            invalid = new List<InvalidParameter>();
                            foreach (var item in list.EnumerateArray())
                                invalid.Add(new InvalidParameter(Text(item, "name") ?? "?", Text(item, "reason") ?? string.Empty));
                        }
                    }
                }
                catch (JsonException)
                {
                    detail = body!.Length > 300 ? body.Substring(0, 300) + "…" : body;
                }
            }
            return new VonageApiException(response.StatusCode, type, title ?? response.ReasonPhrase, detail, instance, invalid, requestUri, RetryAfter(response));
        }

        /// <summary>Retry-After in either form: delta seconds or an HTTP date.</summary>
        public static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }

        private static string? Text(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value)) return null;
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Null ? null : value.GetRawText();
        }
    }
}
