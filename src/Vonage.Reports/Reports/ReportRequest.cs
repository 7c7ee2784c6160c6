using System;
using System.Collections.Generic;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// What POST /v2/reports asks for: product, account, direction, date range (13 months at most; the API
    /// defaults to the last 7 days), subaccounts, callback, and the product's filters by API name.
    /// </summary>
    public sealed class ReportRequest
    {
        /// <summary>The longest range one asynchronous report may cover.</summary>
        public const int MaximumRangeMonths = 13;

        /// <summary>The range the API uses when no start is given.</summary>
        public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(7);

        public ReportRequest(string product) { Product = product; }

        /// <summary>Product name (reference name or an older alias).</summary>
        public string Product { get; set; }

        /// <summary>Account to report on; defaults to the client's account.</summary>
        public string? AccountId { get; set; }

        /// <summary>inbound or outbound (required for SMS and MESSAGES).</summary>
        public string? Direction { get; set; }

        /// <summary>Inclusive start; defaults to 7 days before the end.</summary>
        public DateTimeOffset? DateStart { get; set; }

        /// <summary>Exclusive end; defaults to now.</summary>
        public DateTimeOffset? DateEnd { get; set; }

        /// <summary>Group the subaccounts' records into the same report.</summary>
        public bool? IncludeSubaccounts { get; set; }

        /// <summary>The API POSTs the finished report object here (http or https).</summary>
        public Uri? CallbackUrl { get; set; }

        public bool? IncludeMessage { get; set; }
        public bool? ShowConcatenated { get; set; }

        /// <summary>Product-specific filters by API name (status, from, to, country, network, client_ref, call_id, ...).</summary>
        public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }
}
