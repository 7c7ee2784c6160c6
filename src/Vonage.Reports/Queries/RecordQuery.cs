using System;
using System.Collections.Generic;

namespace Vonage.Reports.Queries
{
    /// <summary>
    /// A synchronous records query, in date mode (DateStart/DateEnd or Last) or id mode (Ids). The client
    /// splits it into calls the API accepts: 24-hour windows for dates, chunks of 20 for ids.
    /// </summary>
    public sealed class RecordQuery
    {
        /// <summary>The largest date window one sync call may cover.</summary>
        public static readonly TimeSpan MaximumWindow = TimeSpan.FromHours(24);

        /// <summary>The most ids one sync call may carry.</summary>
        public const int MaximumIdsPerCall = 20;

        public RecordQuery(string product) { Product = product; }

        /// <summary>Product name (reference name or an older alias).</summary>
        public string Product { get; set; }

        /// <summary>Account to read; defaults to the client's account.</summary>
        public string? AccountId { get; set; }

        /// <summary>inbound or outbound (required for SMS and MESSAGES).</summary>
        public string? Direction { get; set; }

        /// <summary>Inclusive start of the date range.</summary>
        public DateTimeOffset? DateStart { get; set; }

        /// <summary>Exclusive end of the date range; defaults to now.</summary>
        public DateTimeOffset? DateEnd { get; set; }

        /// <summary>A range ending now (mapped to the API's CURRENT_TIME-n form when it fits one window).</summary>
        public TimeSpan? Last { get; set; }

        /// <summary>Record ids (id mode). Any number; sent 20 per call.</summary>
        public IList<string> Ids { get; } = new List<string>();

        public bool? IncludeMessage { get; set; }
        public bool? ShowConcatenated { get; set; }
        public bool? HidePrices { get; set; }

        /// <summary>Records per page (1-1000, the API's limit); null means the API default (1000).</summary>
        public int? PageSize { get; set; }

        /// <summary>Product-specific filters by API name (status, from, to, country, network, client_ref, call_id, ...).</summary>
        public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public bool IsIdMode => Ids.Count > 0;
    }
}
