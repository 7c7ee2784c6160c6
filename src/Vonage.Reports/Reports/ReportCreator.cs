using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Http;
using Vonage.Reports.Queries;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// POST /v2/reports without ever creating a report twice. The transport retries the POST only when it
    /// certainly never reached the API (429, refused connection). When an attempt fails after it may have reached
    /// it (time-out, reset, 5xx, a broken answer), the account's reports received since just before the first
    /// attempt are searched for one with the same parameters; if there is one it is returned, otherwise the POST
    /// is tried again, up to the retry count.
    /// </summary>
    internal sealed class ReportCreator
    {
        /// <summary>How far before the first attempt the search looks, to allow for clock skew between us and the API.</summary>
        internal static readonly TimeSpan SearchMargin = TimeSpan.FromMinutes(2);

        private readonly ApiTransport _transport;
        private readonly Func<string, Uri> _resolve;

        public ReportCreator(ApiTransport transport) { _transport = transport; _resolve = transport.Resolve; }

        public async Task<VonageReport> CreateAsync(PreparedReportRequest request, CancellationToken cancellationToken)
        {
            var retry = _transport.Options.Retry;
            var since = DateTimeOffset.UtcNow - SearchMargin;
            byte[] body = request.ToJson();
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await PostAsync(body, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (IsAmbiguous(e) && !cancellationToken.IsCancellationRequested)
                {
                    Log("POST /v2/reports failed after the request may have reached the API (" + Describe(e) + "); looking for the report before trying again.");
                    // Give the API a moment to record a request it is still processing before we look.
                    await Task.Delay(Backoff(retry, attempt), cancellationToken).ConfigureAwait(false);
                    VonageReport? existing;
                    try
                    {
                        existing = ReportMatcher.FindCreated(await SearchAsync(request.AccountId, since, cancellationToken).ConfigureAwait(false), request, since);
                    }
                    catch (Exception searchError) when (!(searchError is OperationCanceledException))
                    {
                        // Without the search we cannot tell whether the report exists: fail rather than risk a duplicate.
                        Log("The search for the report failed too (" + Describe(searchError) + "); not trying the POST again.");
                        ExceptionDispatchInfo.Capture(e).Throw();
                        throw;
                    }
                    if (existing != null)
                    {
                        Log("Found report " + existing.RequestId + " (" + existing.StatusText + ") created by that attempt; not creating another.");
                        return existing;
                    }
                    if (attempt > retry.MaximumRetryCount) throw;
                    Log("No such report exists; trying the POST again (attempt " + (attempt + 1) + " of " + (retry.MaximumRetryCount + 1) + ").");
                }
            }
        }

        private Task<VonageReport> PostAsync(byte[] body, CancellationToken cancellationToken) =>
            _transport.SendAsync(HttpMethod.Post, _resolve("v2/reports"), EndpointClass.Async, idempotent: false,
                () =>
                {
                    var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    return content;
                },
                ReadReportAsync, cancellationToken);

        private Task<System.Collections.Generic.IReadOnlyList<VonageReport>> SearchAsync(string accountId, DateTimeOffset since, CancellationToken cancellationToken)
        {
            var query = new QueryString().Add("account_id", accountId).Add("date_from", ApiDate.Format(since));
            return _transport.SendAsync(HttpMethod.Get, _resolve("v2/reports?" + query), EndpointClass.Async, idempotent: true, null,
                ReadReportListAsync, cancellationToken);
        }

        internal static async Task<VonageReport> ReadReportAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            try { return ReportJsonReader.Parse(stream); }
            catch (JsonException e) { throw new InvalidDataException("The API's report answer is not valid JSON: " + e.Message, e); }
        }

        internal static async Task<System.Collections.Generic.IReadOnlyList<VonageReport>> ReadReportListAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            try { return ReportJsonReader.ParseList(stream); }
            catch (JsonException e) { throw new InvalidDataException("The API's report list is not valid JSON: " + e.Message, e); }
        }

        /// <summary>Failures after which the report may or may not exist. A 4xx answer (other than 408) says it was not created.</summary>
        internal static bool IsAmbiguous(Exception e)
        {
            switch (e)
            {
                case VonageApiException api:
                    int status = (int)api.StatusCode;
                    return status == 408 || status >= 500;
                case TimeoutException _:
                case HttpRequestException _:
                case IOException _:
                    return true;
                case OperationCanceledException _:
                    // HttpClient reports its own time-outs as cancellation; the caller's cancellation is excluded by the filter.
                    return true;
                default:
                    return false;
            }
        }

        private static TimeSpan Backoff(RetryOptions retry, int attempt)
        {
            double ms = Math.Max(1, retry.RetryInterval.TotalMilliseconds) * Math.Pow(2, Math.Min(attempt - 1, 16));
            return TimeSpan.FromMilliseconds(Math.Min(ms, Math.Max(1, retry.MaximumRetryInterval.TotalMilliseconds)));
        }

        private void Log(string message) => _transport.Options.Log?.Invoke(message);

        private static string Describe(Exception e) => e is VonageApiException api ? "HTTP " + (int)api.StatusCode + " " + api.ErrorCode : e.GetType().Name + ": " + e.Message;
    }
}
