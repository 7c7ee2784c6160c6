using System;
using System.Collections.Generic;
using System.Linq;
using Vonage.Reports.Http;
using Vonage.Reports.Queries;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// GET /v2/reports: the account's reports, optionally only some statuses, received between two instants
    /// (the API's date_from/date_to; it defaults to the last 7 days and keeps reports 4 days).
    /// </summary>
    public sealed class ReportSearch
    {
        /// <summary>Account whose reports are listed; defaults to the client's account.</summary>
        public string? AccountId { get; set; }

        /// <summary>Only these statuses (none = all).</summary>
        public IList<ReportStatus> Statuses { get; } = new List<ReportStatus>();

        /// <summary>Received at or after this instant (date_from).</summary>
        public DateTimeOffset? CreatedAfter { get; set; }

        /// <summary>Received before this instant (date_to).</summary>
        public DateTimeOffset? CreatedBefore { get; set; }

        internal QueryString ToQuery(string defaultAccountId)
        {
            if (Statuses.Contains(ReportStatus.Unknown))
                throw new VonageValidationException("InvalidReportStatus", "Search by a documented status: " + string.Join(", ", ReportStatusNames.All.Select(ReportStatusNames.ToApiName)) + ".", "Status", ReportStatus.Unknown);
            if (CreatedAfter.HasValue && CreatedBefore.HasValue && CreatedBefore.Value <= CreatedAfter.Value)
                throw new VonageValidationException("InvalidDateRange", "CreatedBefore (" + ApiDate.Format(CreatedBefore.Value) + ") must be after CreatedAfter ("
                    + ApiDate.Format(CreatedAfter.Value) + ").", "CreatedBefore", CreatedBefore);
            string account = string.IsNullOrWhiteSpace(AccountId) ? defaultAccountId : AccountId!.Trim();
            var query = new QueryString().Add("account_id", account);
            if (Statuses.Count > 0) query.Add("status", string.Join(",", Statuses.Distinct().Select(ReportStatusNames.ToApiName)));
            if (CreatedAfter.HasValue) query.Add("date_from", ApiDate.Format(CreatedAfter.Value));
            if (CreatedBefore.HasValue) query.Add("date_to", ApiDate.Format(CreatedBefore.Value));
            return query;
        }
    }
}
