using System;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// The session default Connect-Vonage sets: who (API key, account), where (API root) and from which source.
    /// Shows no secret: the credential is internal and its secret stays a SecureString.
    /// </summary>
    public sealed class VonageContext
    {
        /// <summary>A context from a resolved connection; one that reused the current context keeps its source.</summary>
        internal VonageContext(ResolvedConnection connection, string? secretName, string? vault)
        {
            var previous = connection.Context;
            if (previous != null) { secretName = previous.SecretName; vault = previous.Vault; }
            Credential = connection.Credential;
            ExplicitAccountId = connection.AccountId;
            ApiKey = connection.Credential.ApiKey;
            AccountId = connection.AccountId ?? connection.Credential.ApiKey;
            BaseUri = connection.BaseUri;
            Source = previous?.Source ?? connection.Source;
            SecretName = secretName;
            Vault = vault;
            MaximumRetryCount = connection.MaximumRetryCount;
            RetryIntervalSec = connection.RetryInterval.HasValue ? (int)connection.RetryInterval.Value.TotalSeconds : (int?)null;
            TimeoutSec = connection.AttemptTimeout.HasValue ? (int)connection.AttemptTimeout.Value.TotalSeconds : (int?)null;
            OverallTimeoutSec = connection.OverallTimeout.HasValue ? (int)connection.OverallTimeout.Value.TotalSeconds : (int?)null;
            RecordRequestsPerSecond = connection.RecordRequestsPerSecond;
            ReportRequestsPerSecond = connection.ReportRequestsPerSecond;
            ConnectedAt = DateTimeOffset.Now;
        }

        /// <summary>The API key (not a secret).</summary>
        public string ApiKey { get; }

        /// <summary>The account queried by default: -AccountId given to Connect-Vonage, else the API key.</summary>
        public string AccountId { get; }

        public Uri BaseUri { get; }

        /// <summary>Where Connect-Vonage found the credential: -Credential, a secret, the environment.</summary>
        public string Source { get; }

        public string? SecretName { get; }

        public string? Vault { get; }

        public int? MaximumRetryCount { get; }

        public int? RetryIntervalSec { get; }

        public int? TimeoutSec { get; }

        public int? OverallTimeoutSec { get; }

        /// <summary>Requests per second on the records endpoint (null: the API's 10).</summary>
        public double? RecordRequestsPerSecond { get; }

        /// <summary>Requests per second on the report endpoints and downloads (null: the API's 5).</summary>
        public double? ReportRequestsPerSecond { get; }

        public DateTimeOffset ConnectedAt { get; }

        internal VonageCredential Credential { get; }

        /// <summary>The -AccountId given to Connect-Vonage (null: the API key's own account).</summary>
        internal string? ExplicitAccountId { get; }

        public override string ToString() => "API key " + ApiKey + ", account " + AccountId + ", " + BaseUri.GetLeftPart(UriPartial.Authority) + " (from " + Source + ")";
    }
}
