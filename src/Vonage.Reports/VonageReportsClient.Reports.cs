using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Http;
using Vonage.Reports.Reports;

namespace Vonage.Reports
{
    public sealed partial class VonageReportsClient
    {
        /// <summary>
        /// Creates an asynchronous report (POST /v2/reports). The request is validated first (product, direction,
        /// a range of at most 13 months, no ids, an http(s) callback); missing dates become the API's defaults (the
        /// last 7 days) so the body is explicit. A report is never created twice: see <see cref="ReportCreator"/>.
        /// </summary>
        /// <exception cref="VonageValidationException">The request breaks a rule of the API; nothing was sent.</exception>
        public Task<VonageReport> CreateReportAsync(ReportRequest request, CancellationToken cancellationToken = default)
        {
            var prepared = PrepareReportRequest(request);
            return new ReportCreator(_transport).CreateAsync(prepared, cancellationToken);
        }

        /// <summary>Checks a request and describes it (product, direction, account, range) without calling the API; throws as <see cref="CreateReportAsync"/> would.</summary>
        public string DescribeReportRequest(ReportRequest request) => PrepareReportRequest(request).Describe();

        /// <summary>The report's current state (GET /v2/reports/{id}).</summary>
        /// <exception cref="VonageApiException">404 when the id is unknown, not the caller's, or older than the API's 4-day retention.</exception>
        public Task<VonageReport> GetReportAsync(string requestId, CancellationToken cancellationToken = default)
        {
            var uri = ReportUri(requestId);
            return _transport.SendAsync(HttpMethod.Get, uri, EndpointClass.Async, idempotent: true, null, ReportCreator.ReadReportAsync, cancellationToken);
        }

        /// <summary>Lists the account's reports (GET /v2/reports), newest first as the API orders them.</summary>
        public Task<IReadOnlyList<VonageReport>> SearchReportsAsync(ReportSearch search, CancellationToken cancellationToken = default)
        {
            if (search is null) throw new ArgumentNullException(nameof(search));
            var uri = _transport.Resolve("v2/reports?" + search.ToQuery(AccountId));
            return _transport.SendAsync(HttpMethod.Get, uri, EndpointClass.Async, idempotent: true, null, ReportCreator.ReadReportListAsync, cancellationToken);
        }

        /// <summary>Aborts a PENDING or PROCESSING report (DELETE /v2/reports/{id}) and returns it, now ABORTED.</summary>
        /// <exception cref="VonageApiException">409 invalid-abort-operation when the report has already ended; 404 when unknown.</exception>
        public Task<VonageReport> AbortReportAsync(string requestId, CancellationToken cancellationToken = default)
        {
            var uri = ReportUri(requestId);
            return _transport.SendAsync(HttpMethod.Delete, uri, EndpointClass.Async, idempotent: true, null, ReportCreator.ReadReportAsync, cancellationToken);
        }

        /// <summary>
        /// Polls a report until it is SUCCESS, FAILED, ABORTED or TRUNCATED and returns that last state. The delay
        /// between polls starts at <see cref="ReportWaitOptions.PollInterval"/> and doubles up to the maximum.
        /// <paramref name="onPoll"/> sees every state fetched; it runs on a worker thread.
        /// </summary>
        /// <exception cref="ReportWaitTimeoutException">The report was not final within <see cref="ReportWaitOptions.Timeout"/>.</exception>
        public async Task<VonageReport> WaitForReportAsync(string requestId, ReportWaitOptions? options = null, Action<VonageReport>? onPoll = null,
            CancellationToken cancellationToken = default)
        {
            options ??= new ReportWaitOptions();
            options.Validate();
            ReportUri(requestId);
            var clock = Stopwatch.StartNew();
            var interval = options.PollInterval;
            while (true)
            {
                var report = await GetReportAsync(requestId, cancellationToken).ConfigureAwait(false);
                onPoll?.Invoke(report);
                if (report.IsCompleted) return report;
                var delay = interval;
                if (options.HasTimeout)
                {
                    var remaining = options.Timeout - clock.Elapsed;
                    if (remaining <= TimeSpan.Zero) throw new ReportWaitTimeoutException(report, options.Timeout);
                    if (delay > remaining) delay = remaining;
                }
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                interval = PollSchedule.Next(interval, options.MaximumPollInterval);
            }
        }

        private PreparedReportRequest PrepareReportRequest(ReportRequest request)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            return PreparedReportRequest.Prepare(request, AccountId, DateTimeOffset.UtcNow);
        }

        private Uri ReportUri(string requestId)
        {
            if (string.IsNullOrWhiteSpace(requestId))
                throw new VonageValidationException("ReportIdRequired", "A report request id is required.", "RequestId", requestId);
            return _transport.Resolve("v2/reports/" + Uri.EscapeDataString(requestId.Trim()));
        }
    }
}
