using System;
using System.Collections.Generic;
using System.Linq;
using Vonage.Reports.Models;
using Vonage.Reports.Products;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// Decides whether a listed report is the one an ambiguous POST created: same product, account, direction,
    /// range, subaccount and callback settings, and the same filter echoes, received since just before the attempt.
    /// An echo the API left out is not held against a candidate; an echo that differs, or a filter we did not send,
    /// is.
    /// </summary>
    internal static class ReportMatcher
    {
        private static readonly TimeSpan DateTolerance = TimeSpan.FromSeconds(1);

        public static VonageReport? FindCreated(IEnumerable<VonageReport> candidates, PreparedReportRequest request, DateTimeOffset receivedSince) =>
            candidates.Where(r => !r.ReceiveTime.HasValue || r.ReceiveTime.Value >= receivedSince)
                .Where(r => Matches(r, request))
                .OrderByDescending(r => r.ReceiveTime ?? DateTimeOffset.MinValue)
                .FirstOrDefault();

        public static bool Matches(VonageReport report, PreparedReportRequest request)
        {
            if (!VonageProduct.TryNormalize(report.Product, out var product) || product != request.Product) return false;
            if (!string.Equals(report.AccountId, request.AccountId, StringComparison.OrdinalIgnoreCase)) return false;
            if (!string.Equals(report.Direction ?? string.Empty, request.Direction ?? string.Empty, StringComparison.OrdinalIgnoreCase)) return false;
            if (!Near(report.DateStart, request.DateStart) || !Near(report.DateEnd, request.DateEnd)) return false;
            if ((report.IncludeSubaccounts ?? false) != (request.IncludeSubaccounts ?? false)) return false;
            if (!SameUrl(report.CallbackUrl, request.CallbackUrl)) return false;

            var sent = request.Echoes().ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
            foreach (var echo in report.RequestParameters)
            {
                if (string.Equals(echo.Key, "direction", StringComparison.OrdinalIgnoreCase)) continue;
                if (sent.TryGetValue(echo.Key, out var value))
                {
                    if (!SameValue(echo.Value, value)) return false;
                }
                else if (!IsUnset(echo.Value))
                {
                    return false;
                }
            }
            return true;
        }

        private static bool Near(DateTimeOffset? echoed, DateTimeOffset sent) =>
            echoed.HasValue && (echoed.Value - sent).Duration() < DateTolerance;

        private static bool SameUrl(string? echoed, string? sent)
        {
            if (string.IsNullOrEmpty(echoed) || string.IsNullOrEmpty(sent)) return string.IsNullOrEmpty(echoed) == string.IsNullOrEmpty(sent);
            return Uri.TryCreate(echoed, UriKind.Absolute, out var a) && Uri.TryCreate(sent, UriKind.Absolute, out var b)
                ? a.AbsoluteUri == b.AbsoluteUri
                : string.Equals(echoed, sent, StringComparison.Ordinal);
        }

        /// <summary>Booleans may come back as strings (api-facts 15.8); other values compare without case.</summary>
        private static bool SameValue(string? echoed, string sent)
        {
            if (echoed == null) return true;
            if (FieldValueParser.TryBoolean(echoed, out var a) && FieldValueParser.TryBoolean(sent, out var b) && a.HasValue && b.HasValue) return a == b;
            return string.Equals(echoed.Trim(), sent.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The API echoes some switches as false even when they were not sent (include_message on SMS).</summary>
        private static bool IsUnset(string? value) =>
            string.IsNullOrEmpty(value) || (FieldValueParser.TryBoolean(value!, out var flag) && flag == false);
    }
}
