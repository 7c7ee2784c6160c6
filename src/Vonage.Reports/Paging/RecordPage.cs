using System;
using System.Collections.Generic;
using Vonage.Reports.Models;

namespace Vonage.Reports.Paging
{
    /// <summary>One answer of the sync records endpoint, fully read and parsed before any record is handed on.</summary>
    internal sealed class RecordPage
    {
        public RecordPage(List<VonageRecord> records, string? requestId, string? requestStatus, string? nextHref,
            string? cursor, string? iv, IReadOnlyList<string> idsNotFound)
        {
            Records = records;
            RequestId = requestId;
            RequestStatus = requestStatus;
            NextHref = nextHref;
            Cursor = cursor;
            Iv = iv;
            IdsNotFound = idsNotFound;
        }

        public List<VonageRecord> Records { get; }
        public string? RequestId { get; }
        public string? RequestStatus { get; }
        public string? NextHref { get; }
        public string? Cursor { get; }
        public string? Iv { get; }
        public IReadOnlyList<string> IdsNotFound { get; }

        /// <summary>TRUNCATED means more pages follow (a next link or a cursor says where).</summary>
        public bool HasMore => string.Equals(RequestStatus, "TRUNCATED", StringComparison.OrdinalIgnoreCase)
            && (!string.IsNullOrEmpty(NextHref) || !string.IsNullOrEmpty(Cursor));
    }
}
