using System;
using Vonage.Reports.Http;

namespace Vonage.Reports.Paging
{
    /// <summary>One call sequence the API accepts on its own: a date window of at most 24 h, or up to 20 ids.</summary>
    internal sealed class RecordSegment
    {
        public RecordSegment(QueryString query, string description, DateTimeOffset? windowStart = null, DateTimeOffset? windowEnd = null)
        {
            Query = query;
            Description = description;
            WindowStart = windowStart;
            WindowEnd = windowEnd;
        }

        public QueryString Query { get; }
        public string Description { get; }
        public DateTimeOffset? WindowStart { get; }
        public DateTimeOffset? WindowEnd { get; }
    }
}
