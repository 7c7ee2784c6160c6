using System;
using System.Management.Automation;
using Vonage.Reports.PowerShell.Cmdlets;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// Finds the credential, account and API root for an invocation. First match wins:
    /// 1. -Credential; 2. environment VONAGE_API_KEY/VONAGE_API_SECRET (or NEXMO_API_KEY/NEXMO_API_SECRET).
    /// Otherwise a terminating error lists the options. The base URI comes from -BaseUri, then VONAGE_BASE_URI.
    /// </summary>
    internal static class ConnectionResolver
    {
        public const string BaseUriVariable = "VONAGE_BASE_URI";

        public static ResolvedConnection Resolve(VonageCmdlet cmdlet)
        {
            VonageCredential credential;
            string source;
            if (cmdlet.Credential != null)
            {
                credential = FromPSCredential(cmdlet.Credential, "-Credential");
                source = "-Credential";
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
                    "No Vonage credential was found. Give one of: -Credential (user name = API key, password = API secret), "
                    + "or the environment variables VONAGE_API_KEY and VONAGE_API_SECRET (or NEXMO_API_KEY and NEXMO_API_SECRET).",
                    ErrorCategory.AuthenticationError, null);
            }

            var baseUri = cmdlet.BaseUri ?? FromEnvironmentUri() ?? VonageClientOptions.DefaultBaseUri;
            var connection = new ResolvedConnection(credential, source, cmdlet.AccountId, baseUri);
            if (cmdlet.MaximumRetryCount >= 0) connection.MaximumRetryCount = cmdlet.MaximumRetryCount;
            if (cmdlet.RetryIntervalSec >= 0) connection.RetryInterval = TimeSpan.FromSeconds(cmdlet.RetryIntervalSec);
            return connection;
        }

        internal static VonageCredential FromPSCredential(PSCredential credential, string source)
        {
            string key = credential.UserName?.TrimStart('\\') ?? string.Empty;
            if (string.IsNullOrWhiteSpace(key) || credential.Password == null || credential.Password.Length == 0)
                throw new VonageCredentialException("CredentialIncomplete", "The credential from " + source + " needs the API key as user name and the API secret as password.",
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
