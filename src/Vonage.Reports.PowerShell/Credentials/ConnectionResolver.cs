using System;
using System.Management.Automation;
using Vonage.Reports.Http;
using Vonage.Reports.PowerShell.Cmdlets;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// Finds the credential, account and API root for an invocation. First match wins:
    /// 1. -Credential; 2. -SecretName (and -Vault) through SecretManagement's Get-Secret;
    /// 3. the runspace's Connect-Vonage default; 4. environment VONAGE_API_KEY/VONAGE_API_SECRET, then
    /// NEXMO_API_KEY/NEXMO_API_SECRET; 5. otherwise a terminating error listing these options.
    /// A source that is named but fails is an error of its own, never a fall-through to the next one.
    /// The API root: -BaseUri, then the Connect-Vonage default, then VONAGE_BASE_URI, then api.nexmo.com;
    /// it must be HTTPS (plain HTTP only to loopback) before any credential is sent.
    /// </summary>
    internal static class ConnectionResolver
    {
        public const string BaseUriVariable = "VONAGE_BASE_URI";

        public const string Options =
            "-Credential (user name = API key, password = API secret; e.g. Get-AutomationPSCredential), "
            + "-SecretName [-Vault] (a SecretManagement secret: PSCredential, Hashtable with ApiKey/ApiSecret, or 'key:secret'), "
            + "Connect-Vonage (a default for this session), "
            + "or the environment variables VONAGE_API_KEY and VONAGE_API_SECRET (or NEXMO_API_KEY and NEXMO_API_SECRET)";

        public static ResolvedConnection Resolve(VonageCmdlet cmdlet)
        {
            var context = SessionContextStore.Get();
            // Refuse an insecure API root before any secret is read (InsecureBaseUri, from the core's LinkPolicy).
            var baseUri = cmdlet.BaseUri ?? context?.BaseUri ?? FromEnvironmentUri() ?? VonageClientOptions.DefaultBaseUri;
            LinkPolicy.ValidateBaseUri(baseUri);
            bool fromContext = false;
            VonageCredential credential;
            string source;
            if (cmdlet.Credential != null)
            {
                credential = FromPSCredential(cmdlet.Credential, "-Credential");
                source = "-Credential";
            }
            else if (!string.IsNullOrEmpty(cmdlet.SecretName))
            {
                credential = SecretReader.Read(cmdlet, cmdlet.SecretName!, cmdlet.Vault);
                source = "-SecretName '" + cmdlet.SecretName + "'" + (string.IsNullOrEmpty(cmdlet.Vault) ? string.Empty : " -Vault '" + cmdlet.Vault + "'");
            }
            else if (!string.IsNullOrEmpty(cmdlet.Vault))
            {
                throw new VonageCredentialException("VaultWithoutSecretName",
                    "-Vault names where to read -SecretName from; give -SecretName too.", ErrorCategory.InvalidArgument, cmdlet.Vault);
            }
            else if (context != null)
            {
                credential = context.Credential;
                source = "Connect-Vonage (" + context.Source + ")";
                fromContext = true;
            }
            else if (TryEnvironment("VONAGE_API_KEY", "VONAGE_API_SECRET", out credential!))
            {
                source = "environment (VONAGE_API_KEY)";
            }
            else if (TryEnvironment("NEXMO_API_KEY", "NEXMO_API_SECRET", out credential!))
            {
                source = "environment (NEXMO_API_KEY)";
            }
            else
            {
                throw new VonageCredentialException("CredentialNotFound",
                    "No Vonage credential was found. Give one of: " + Options + ".", ErrorCategory.AuthenticationError, null);
            }

            // The context's account belongs to its credential; its API root and retry settings are session-wide defaults (above).
            string? accountId = cmdlet.AccountId ?? (fromContext ? context!.ExplicitAccountId : null);
            var connection = new ResolvedConnection(credential, source, accountId, baseUri) { Context = fromContext ? context : null };
            if (cmdlet.MaximumRetryCount >= 0) connection.MaximumRetryCount = cmdlet.MaximumRetryCount;
            else if (context?.MaximumRetryCount != null) connection.MaximumRetryCount = context.MaximumRetryCount;
            if (cmdlet.RetryIntervalSec >= 0) connection.RetryInterval = TimeSpan.FromSeconds(cmdlet.RetryIntervalSec);
            else if (context?.RetryIntervalSec != null) connection.RetryInterval = TimeSpan.FromSeconds(context.RetryIntervalSec.Value);
            if (cmdlet.TimeoutSec > 0) connection.AttemptTimeout = TimeSpan.FromSeconds(cmdlet.TimeoutSec);
            else if (context?.TimeoutSec != null) connection.AttemptTimeout = TimeSpan.FromSeconds(context.TimeoutSec.Value);
            if (cmdlet.OverallTimeoutSec > 0) connection.OverallTimeout = TimeSpan.FromSeconds(cmdlet.OverallTimeoutSec);
            else if (context?.OverallTimeoutSec != null) connection.OverallTimeout = TimeSpan.FromSeconds(context.OverallTimeoutSec.Value);
            connection.RecordRequestsPerSecond = cmdlet.RecordRequestsPerSecondGiven > 0 ? cmdlet.RecordRequestsPerSecondGiven : context?.RecordRequestsPerSecond;
            connection.ReportRequestsPerSecond = cmdlet.ReportRequestsPerSecondGiven > 0 ? cmdlet.ReportRequestsPerSecondGiven : context?.ReportRequestsPerSecond;
            return connection;
        }

        internal static VonageCredential FromPSCredential(PSCredential credential, string source)
        {
            string key = credential.UserName?.TrimStart('\\') ?? string.Empty;
            if (string.IsNullOrWhiteSpace(key) || credential.Password == null || credential.Password.Length == 0)
                throw new VonageCredentialException("CredentialIncomplete", source + " needs the API key as user name and the API secret as password.",
                    ErrorCategory.InvalidArgument, key);
            return new VonageCredential(key, credential.Password);
        }

        private static bool TryEnvironment(string keyVariable, string secretVariable, out VonageCredential? credential)
        {
            credential = null;
            string? key = Environment.GetEnvironmentVariable(keyVariable);
            string? secret = Environment.GetEnvironmentVariable(secretVariable);
            if (string.IsNullOrWhiteSpace(key) && string.IsNullOrEmpty(secret)) return false;
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrEmpty(secret))
                throw new VonageCredentialException("CredentialIncomplete", "Only one of " + keyVariable + " and " + secretVariable + " is set; set both.",
                    ErrorCategory.InvalidArgument, keyVariable);
            credential = VonageCredential.FromPlainText(key!, secret!);
            return true;
        }

        private static Uri? FromEnvironmentUri()
        {
            string? text = Environment.GetEnvironmentVariable(BaseUriVariable);
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri))
                throw new VonageCredentialException("InvalidBaseUri", BaseUriVariable + " is not an absolute URI: '" + text + "'.", ErrorCategory.InvalidArgument, text);
            return uri;
        }
    }
}
