using System;

namespace Vonage.Reports
{
    /// <summary>Everything a <see cref="VonageReportsClient"/> needs: where, who, and how patiently.</summary>
    public sealed class VonageClientOptions
    {
        public static readonly Uri DefaultBaseUri = new Uri("https://api.nexmo.com/");

        /// <summary>API root. Credentials are only ever sent to this host (HTTPS, or HTTP on loopback for the emulator).</summary>
        public Uri BaseUri { get; set; } = DefaultBaseUri;

        public VonageCredential? Credential { get; set; }

        /// <summary>The account whose data is read; defaults to the credential's API key.</summary>
        public string? AccountId { get; set; }

        /// <summary>Retry settings for idempotent calls.</summary>
        public RetryOptions Retry { get; set; } = new RetryOptions();

        /// <summary>Requests per second allowed for the synchronous records endpoint (the API allows 10).</summary>
        public double SyncRequestsPerSecond { get; set; } = 10;

        /// <summary>Requests per second for the asynchronous endpoints and downloads (the API allows 5).</summary>
        public double AsyncRequestsPerSecond { get; set; } = 5;

        /// <summary>Allows links (next page, download) that point to a host other than <see cref="BaseUri"/>. They still get no credentials unless the host matches.</summary>
        public bool AllowForeignLinks { get; set; }

        /// <summary>Receives one line per HTTP exchange (method, URL, status, timing). Never given a secret.</summary>
        public Action<string>? Log { get; set; }

        /// <summary>Overrides the HTTP handler (tests).</summary>
        public System.Net.Http.HttpMessageHandler? Handler { get; set; }

        internal string ResolveAccountId()
        {
            if (!string.IsNullOrWhiteSpace(AccountId)) return AccountId!.Trim();
            if (Credential != null) return Credential.ApiKey;
            throw new InvalidOperationException("No account id and no credential were given.");
        }
    }

    /// <summary>How failed idempotent requests are retried.</summary>
    public sealed class RetryOptions
    {
        /// <summary>Retries after the first attempt (0 disables retrying).</summary>
        public int MaximumRetryCount { get; set; } = 5;

        /// <summary>First back-off delay; it doubles per attempt, with jitter. A Retry-After header wins.</summary>
        public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest single back-off delay.</summary>
        public TimeSpan MaximumRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Time allowed for one attempt (send and read the whole body).</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Time allowed for a call including all its retries.</summary>
        public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(10);
    }
}
