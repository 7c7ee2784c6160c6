using System;
using System.Collections.Generic;
using System.Net;

namespace Vonage.Reports
{
    /// <summary>One entry of an API error's invalid_parameters list.</summary>
    public sealed class InvalidParameter
    {
        public InvalidParameter(string name, string reason) { Name = name; Reason = reason; }
        public string Name { get; }
        public string Reason { get; }
        public override string ToString() => Name + ": " + Reason;
    }

    /// <summary>
    /// The API answered with an error. Carries the HTTP status and the API's RFC 7807-style body
    /// (type, title, detail, instance, invalid_parameters) so scripts can branch on <see cref="ErrorCode"/>.
    /// </summary>
    public class VonageApiException : Exception
    {
        public VonageApiException(HttpStatusCode statusCode, string? type, string? title, string? detail, string? instance,
            IReadOnlyList<InvalidParameter>? invalidParameters, Uri? requestUri, TimeSpan? retryAfter = null)
            : base(BuildMessage(statusCode, title, detail, invalidParameters))
        {
            StatusCode = statusCode;
            ErrorType = type;
            Title = title;
            Detail = detail;
            Instance = instance;
            InvalidParameters = invalidParameters ?? Array.Empty<InvalidParameter>();
            RequestUri = requestUri;
            RetryAfter = retryAfter;
        }

        public HttpStatusCode StatusCode { get; }
        public string? ErrorType { get; }
        public string? Title { get; }
        public string? Detail { get; }
        public string? Instance { get; }
        public IReadOnlyList<InvalidParameter> InvalidParameters { get; }
        public Uri? RequestUri { get; }
        public TimeSpan? RetryAfter { get; }

        /// <summary>The API's error code: the fragment of <see cref="ErrorType"/> (e.g. invalid-abort-operation), or one derived from the status.</summary>
        public string ErrorCode
        {
            get
            {
                if (!string.IsNullOrEmpty(ErrorType))
                {
                    int hash = ErrorType!.LastIndexOf('#');
                    if (hash >= 0 && hash < ErrorType.Length - 1) return ErrorType.Substring(hash + 1);
                }
                switch ((int)StatusCode)
                {
                    case 400: return "bad-request";
                    case 401: return "unauthorized";
                    case 403: return "forbidden";
                    case 404: return "not-found";
                    case 409: return "conflict";
                    case 422: return "invalid-request-parameters";
                    case 429: return "rate-limit";
                    default: return "http-" + (int)StatusCode;
                }
            }
        }

        /// <summary>True for statuses worth retrying on an idempotent call.</summary>
        public bool IsTransient => IsTransientStatus(StatusCode);

        internal static bool IsTransientStatus(HttpStatusCode status)
        {
            int code = (int)status;
            return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
        }

        private static string BuildMessage(HttpStatusCode status, string? title, string? detail, IReadOnlyList<InvalidParameter>? invalid)
        {
            string text = "The Vonage Reports API answered " + (int)status + " (" + (title ?? status.ToString()) + ")";
            if (!string.IsNullOrEmpty(detail)) text += ": " + detail;
            if (invalid != null && invalid.Count > 0) text += " Invalid parameters: " + string.Join("; ", invalid) + ".";
            return text;
        }
    }
}
