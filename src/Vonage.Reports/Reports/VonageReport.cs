using System;
using System.Collections.Generic;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// An asynchronous report as the API describes it (create, status, abort, search and the completion callback
    /// all return this object). Property names are a contract: Save-VonageReportFile binds FileId, DownloadUri,
    /// RequestId and Product by property name.
    /// </summary>
    public sealed class VonageReport
    {
        private static readonly IReadOnlyDictionary<string, string?> NoParameters =
            new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The report's id (request_id): what Get-, Stop- and Wait-VonageReport take.</summary>
        public string RequestId { get; internal set; } = string.Empty;

        /// <summary>Lifecycle state, from request_status (or status in the newest response shape).</summary>
        public ReportStatus Status { get; internal set; }

        /// <summary>The status text exactly as the API sent it (useful when <see cref="Status"/> is Unknown).</summary>
        public string? StatusText { get; internal set; }

        public string? Product { get; internal set; }
        public string? AccountId { get; internal set; }
        public string? Direction { get; internal set; }

        /// <summary>Inclusive start of the reported range.</summary>
        public DateTimeOffset? DateStart { get; internal set; }

        /// <summary>Exclusive end of the reported range.</summary>
        public DateTimeOffset? DateEnd { get; internal set; }

        /// <summary>When the API received the request.</summary>
        public DateTimeOffset? ReceiveTime { get; internal set; }

        /// <summary>When processing started (absent while PENDING).</summary>
        public DateTimeOffset? StartTime { get; internal set; }

        /// <summary>Rows in the report file (once completed).</summary>
        public long? ItemsCount { get; internal set; }

        public bool? IncludeSubaccounts { get; internal set; }
        public string? CallbackUrl { get; internal set; }

        /// <summary>The archive's URL (_links.download_report.href, or download_url); present once SUCCESS or TRUNCATED.</summary>
        public Uri? DownloadUri { get; internal set; }

        /// <summary>The last path segment of <see cref="DownloadUri"/>: what GET /v3/media/{file_id} takes. Not the request id.</summary>
        public string? FileId { get; internal set; }

        /// <summary>_links.self.href.</summary>
        public Uri? SelfUri { get; internal set; }

        /// <summary>The filters the API echoed back (status, from, to, include_message, ...), by API name, as text.</summary>
        public IReadOnlyDictionary<string, string?> RequestParameters { get; internal set; } = NoParameters;

        /// <summary>True once the report can no longer change (SUCCESS, ABORTED, FAILED, TRUNCATED).</summary>
        public bool IsCompleted => ReportStatusNames.IsTerminal(Status);

        public override string ToString() => RequestId;
    }
}
