using System;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>Where a cmdlet connects and as whom, after every source was consulted. Describe() never shows the secret.</summary>
    public sealed class ResolvedConnection
    {
        public ResolvedConnection(VonageCredential credential, string source, string? accountId, Uri baseUri)
        {
            Credential = credential;
            Source = source;
            AccountId = accountId;
            BaseUri = baseUri;
        }

        public VonageCredential Credential { get; }

        /// <summary>Which source supplied the credential (-Credential, -SecretName, Connect-Vonage, environment).</summary>
        public string Source { get; }

        public string? AccountId { get; }
        public Uri BaseUri { get; }
        public int? MaximumRetryCount { get; set; }
        public TimeSpan? RetryInterval { get; set; }

        /// <summary>Time one HTTP attempt may take (-TimeoutSec).</summary>
        public TimeSpan? AttemptTimeout { get; set; }

        /// <summary>Time one API call may take with its retries (-OverallTimeoutSec).</summary>
        public TimeSpan? OverallTimeout { get; set; }

        /// <summary>Requests per second on the records endpoint (Get-VonageRecord); null: the API's 10.</summary>
        public double? RecordRequestsPerSecond { get; set; }

        /// <summary>Requests per second on the report endpoints and downloads; null: the API's 5.</summary>
        public double? ReportRequestsPerSecond { get; set; }

        /// <summary>The Connect-Vonage default the credential came from, if it did.</summary>
        internal VonageContext? Context { get; set; }

        public string Describe() => "API key " + Credential.ApiKey + " from " + Source + ", account " + (AccountId ?? Credential.ApiKey) + ", " + BaseUri.GetLeftPart(UriPartial.Authority);
    }
}
