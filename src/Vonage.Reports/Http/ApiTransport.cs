using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Vonage.Reports.Resilience;

namespace Vonage.Reports.Http
{
    /// <summary>Which API rate budget a request spends: the sync records endpoint or the async ones.</summary>
    internal enum EndpointClass { Sync, Async }

    /// <summary>
    /// Sends one logical request: waits for the account's rate budget, attaches Basic auth (only for the
    /// configured host), retries per policy, logs method/URL/status/timing, and turns error answers into
    /// <see cref="VonageApiException"/>. The body reader runs inside the retry, so a body that breaks off
    /// mid-way is fetched again as a whole.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        private const int MaxErrorBodyChars = 64 * 1024;
        private static readonly ProductInfoHeaderValue UserAgent = new ProductInfoHeaderValue("VonageReports-PowerShell",
            typeof(ApiTransport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

        private readonly HttpClient _http;
        private readonly VonageClientOptions _options;
        private readonly ResiliencePipeline _idempotent;
        private readonly ResiliencePipeline _nonIdempotent;

        public ApiTransport(VonageClientOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            LinkPolicy.ValidateBaseUri(options.BaseUri);
            BaseUri = options.BaseUri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? options.BaseUri : new Uri(options.BaseUri.AbsoluteUri + "/");
            _http = new HttpClient(options.Handler ?? SharedHttpHandler.Get(), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
            _idempotent = ResiliencePipelines.Create(options.Retry, idempotent: true, options.Log);
            _nonIdempotent = ResiliencePipelines.Create(options.Retry, idempotent: false, options.Log);
        }

        public Uri BaseUri { get; }

        public VonageClientOptions Options => _options;

        public Uri Resolve(string relative) => new Uri(BaseUri, relative);

        public Uri ResolveLink(string href, string purpose) => LinkPolicy.ResolveLink(href, BaseUri, _options.AllowForeignLinks, purpose);

        public async Task<T> SendAsync<T>(HttpMethod method, Uri uri, EndpointClass endpointClass, bool idempotent,
            Func<HttpContent?>? content, Func<HttpResponseMessage, CancellationToken, Task<T>> readSuccess,
            CancellationToken cancellationToken, Action<HttpRequestMessage>? customize = null)
        {
            var credential = _options.Credential ?? throw new InvalidOperationException("No credential was given to the client.");
            double rate = endpointClass == EndpointClass.Sync ? _options.SyncRequestsPerSecond : _options.AsyncRequestsPerSecond;
            var limiter = RateLimiterRegistry.Get(BaseUri, credential.ApiKey, endpointClass.ToString(), rate);
            var pipeline = idempotent ? _idempotent : _nonIdempotent;

            try
            {
                return await ExecuteAsync(pipeline, method, uri, credential, limiter, content, readSuccess, customize, cancellationToken).ConfigureAwait(false);
            }
            catch (Polly.Timeout.TimeoutRejectedException e)
            {
                // Keep Polly types out of our public surface: callers see the BCL's TimeoutException.
                throw new TimeoutException(method.Method + " " + uri.AbsoluteUri + (ResiliencePipelines.IsOverallTimeout(e, _options.Retry)
                    ? " did not complete within " + e.Timeout.TotalSeconds + " s, its retries included."
                    : " timed out after " + e.Timeout.TotalSeconds + " s."), e);
            }
        }

        private async Task<T> ExecuteAsync<T>(ResiliencePipeline pipeline, HttpMethod method, Uri uri, VonageCredential credential,
            SlidingWindowRateLimiter? limiter, Func<HttpContent?>? content, Func<HttpResponseMessage, CancellationToken, Task<T>> readSuccess,
            Action<HttpRequestMessage>? customize, CancellationToken cancellationToken)
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                long started = limiter != null ? await limiter.WaitAsync(token).ConfigureAwait(false) : -1;
                using var request = new HttpRequestMessage(method, uri);
                request.Headers.UserAgent.Add(UserAgent);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                // Credentials go to the configured API host only; LinkPolicy already refused foreign links unless allowed.
                if (LinkPolicy.IsSameOrigin(uri, BaseUri))
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credential.CreateBasicAuthorizationParameter());
                var body = content?.Invoke();
                if (body != null) request.Content = body;
                customize?.Invoke(request);

                var clock = Stopwatch.StartNew();
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                limiter?.OnAnswered(started);
                Log(method, uri, response, clock);
                if (!response.IsSuccessStatusCode)
                {
                    if ((int)response.StatusCode == 429) limiter?.OnRateLimited();
                    string? text = await ReadErrorBodyAsync(response).ConfigureAwait(false);
                    throw ApiErrorReader.Create(response, text, uri);
                }
                return await readSuccess(response, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }

        private void Log(HttpMethod method, Uri uri, HttpResponseMessage response, Stopwatch clock)
        {
            var log = _options.Log;
            if (log == null) return;
            log(method.Method + " " + uri.AbsoluteUri + " -> " + (int)response.StatusCode + " " + response.ReasonPhrase + " ("
                + clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms)");
        }

        private static async Task<string?> ReadErrorBodyAsync(HttpResponseMessage response)
        {
            if (response.Content == null) return null;
            try
            {
                string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                return text.Length > MaxErrorBodyChars ? text.Substring(0, MaxErrorBodyChars) : text;
            }
            catch (Exception e) when (e is System.IO.IOException || e is HttpRequestException)
            {
                return null;
            }
        }

        public void Dispose() => _http.Dispose();
    }
}
