using System;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using Vonage.Reports.Http;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// Maps what the core throws to ErrorRecords scripts can branch on: a stable ErrorId, a category by
    /// HTTP status, the offending value as target, and the API's own message in ErrorDetails.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        public static bool IsKnown(Exception e) =>
            e is VonageApiException || e is VonageValidationException || e is VonageLinkException || e is VonageCredentialException
            || e is HttpRequestException || e is IOException || e is TimeoutException || e is InvalidDataException;

        /// <summary>The API could not be reached or the connection broke: the host is what the error is about.</summary>
        public static bool IsNetworkFailure(Exception e) =>
            e is HttpRequestException || (e is IOException && !(e is Files.ReportDestinationException) && !(e is InvalidDataException));

        /// <summary>
        /// The value the user gave for a parameter the API rejected (its invalid_parameters name, date_end, is the
        /// cmdlet's DateEnd), so the error's target is what to fix rather than the endpoint's path. Null when none matches.
        /// </summary>
        public static object? RejectedValue(VonageApiException api, System.Collections.Generic.IDictionary<string, object> boundParameters)
        {
            foreach (var parameter in api.InvalidParameters)
            {
                var name = new System.Text.StringBuilder();
                foreach (var part in (parameter.Name ?? string.Empty).Split(new[] { '_', '-', '.' }, StringSplitOptions.RemoveEmptyEntries))
                    name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
                foreach (var bound in boundParameters)
                    if (string.Equals(bound.Key, name.ToString(), StringComparison.OrdinalIgnoreCase)) return bound.Value;
            }
            return null;
        }

        public static ErrorRecord Create(Exception e, object? target)
        {
            switch (e)
            {
                case VonageApiException api:
                {
                    var record = new ErrorRecord(api, ErrorIdFor(api), CategoryFor((int)api.StatusCode), target ?? api.RequestUri?.AbsolutePath);
                    if (!string.IsNullOrEmpty(api.Detail) || !string.IsNullOrEmpty(api.Title))
                        record.ErrorDetails = new ErrorDetails(api.Message) { RecommendedAction = RecommendedActionFor((int)api.StatusCode) };
                    return record;
                }
                case VonageValidationException invalid:
                    return new ErrorRecord(invalid, invalid.ErrorId, ErrorCategory.InvalidArgument, target ?? invalid.Value);
                case VonageCredentialException credential:
                    return new ErrorRecord(credential, credential.ErrorId, credential.Category, target ?? credential.Target);
                case VonageLinkException link:
                    return new ErrorRecord(link, "ForeignLinkRefused", ErrorCategory.SecurityError, target ?? link.Link);
                case TimeoutException timeout:
                    return new ErrorRecord(timeout, "OperationTimedOut", ErrorCategory.OperationTimeout, target)
                    {
                        ErrorDetails = new ErrorDetails(timeout.Message)
                        {
                            RecommendedAction = "Raise -TimeoutSec (one attempt) or -OverallTimeoutSec (a call with its retries), here or with Connect-Vonage.",
                        },
                    };
                case Files.ReportDestinationException destination:
                    return new ErrorRecord(destination, "DestinationNotWritable",
                        destination.AccessDenied ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, target ?? destination.Destination);
                case InvalidDataException data:
                    return new ErrorRecord(data, "InvalidApiResponse", ErrorCategory.InvalidData, target);
                case HttpRequestException _:
                case IOException _:
                    return new ErrorRecord(e, "ConnectionFailed", ErrorCategory.ConnectionError, target);
                default:
                    return new ErrorRecord(e, "UnexpectedError", ErrorCategory.NotSpecified, target);
            }
        }

        /// <summary>401 names authentication; otherwise the API's own error code (invalid-abort-operation, rate-limit, ...).</summary>
        internal static string ErrorIdFor(VonageApiException api) =>
            (int)api.StatusCode == 401 ? "AuthenticationFailed" : api.ErrorCode;

        internal static ErrorCategory CategoryFor(int status)
        {
            switch (status)
            {
                case 400: case 422: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 408: return ErrorCategory.OperationTimeout;
                case 409: return ErrorCategory.InvalidOperation;
                case 429: return ErrorCategory.LimitsExceeded;
                default: return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.ProtocolError;
            }
        }

        private static string? RecommendedActionFor(int status)
        {
            switch (status)
            {
                case 401: return "Check the API key and secret (Get-Help about_VonageReports shows where credentials are read from).";
                case 403: return "A subaccount can only read its own data; use the parent account's credentials or its own AccountId.";
                case 429: return "Lower the request rate or raise -MaximumRetryCount.";
                default: return null;
            }
        }
    }
}
