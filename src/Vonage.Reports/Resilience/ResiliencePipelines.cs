using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Vonage.Reports.Resilience
{
    /// <summary>
    /// The one place retry policy lives. Idempotent calls retry on 408/429/5xx, transient socket/IO errors
    /// and attempt time-outs, with exponential back-off and jitter, honouring Retry-After. Non-idempotent
    /// calls (creating a report) retry only when the request certainly never reached the server.
    /// </summary>
    internal static class ResiliencePipelines
    {
        public static ResiliencePipeline Create(RetryOptions options, bool idempotent, Action<string>? log)
        {
            var builder = new ResiliencePipelineBuilder();
            if (options.OverallTimeout > TimeSpan.Zero && options.OverallTimeout != System.Threading.Timeout.InfiniteTimeSpan)
                builder.AddTimeout(options.OverallTimeout);
            if (options.MaximumRetryCount > 0)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaximumRetryCount,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryInterval <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : options.RetryInterval,
                    MaxDelay = options.MaximumRetryInterval,
                    ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is Exception e && (idempotent ? IsTransient(e) : CertainlyNotSent(e))),
                    DelayGenerator = args =>
                    {
                        // Retry-After wins over our own back-off, capped so a hostile value cannot stall a job.
                        if (args.Outcome.Exception is VonageApiException api && api.RetryAfter.HasValue)
                        {
                            var wait = api.RetryAfter.Value;
                            if (wait > options.MaximumRetryInterval) wait = options.MaximumRetryInterval;
                            return new ValueTask<TimeSpan?>(wait);
                        }
                        return new ValueTask<TimeSpan?>((TimeSpan?)null);
                    },
                    OnRetry = args =>
                    {
                        log?.Invoke("Retrying in " + args.RetryDelay.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
                            + " s (attempt " + (args.AttemptNumber + 2) + " of " + (options.MaximumRetryCount + 1) + ") after: " + Describe(args.Outcome.Exception));
                        return default;
                    },
                });
            }
            if (options.AttemptTimeout > TimeSpan.Zero && options.AttemptTimeout != System.Threading.Timeout.InfiniteTimeSpan)
                builder.AddTimeout(options.AttemptTimeout);
            return builder.Build();
        }

        /// <summary>
        /// Whether the outer time-out (a call with all its retries) fired rather than one attempt's. The value tells them
        /// apart: when the attempt time-out is the shorter, it is retried and only escapes with a different value; when it
        /// is as long or longer, the outer one fires first.
        /// </summary>
        internal static bool IsOverallTimeout(TimeoutRejectedException e, RetryOptions options) => e.Timeout == options.OverallTimeout;

        internal static bool IsTransient(Exception e)
        {
            switch (e)
            {
                case VonageApiException api: return api.IsTransient;
                case TimeoutRejectedException _: return true;
                case HttpRequestException _: return true;
                case IOException _: return true;
                case SocketException _: return true;
                default: return false;
            }
        }

        /// <summary>A 429 was refused before processing; a refused connection never carried the request.</summary>
        internal static bool CertainlyNotSent(Exception e)
        {
            if (e is VonageApiException api) return (int)api.StatusCode == 429;
            for (Exception? inner = e; inner != null; inner = inner.InnerException)
            {
                if (inner is SocketException socket)
                    return socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound
                        || socket.SocketErrorCode == SocketError.NetworkUnreachable || socket.SocketErrorCode == SocketError.HostUnreachable;
            }
            return false;
        }

        private static string Describe(Exception? e) => e switch
        {
            null => "unknown failure",
            VonageApiException api => "HTTP " + (int)api.StatusCode + " " + api.ErrorCode,
            TimeoutRejectedException _ => "attempt timed out",
            _ => e.GetType().Name + ": " + e.Message,
        };
    }
}
