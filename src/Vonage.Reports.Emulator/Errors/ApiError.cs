namespace Vonage.Reports.Emulator.Errors;

/// <summary>One name/reason pair of a 422 body's invalid_parameters.</summary>
internal sealed record InvalidParameter(string Name, string Reason);

/// <summary>An RFC 7807-style error body as the Reports API sends it: type, title, detail, instance.</summary>
internal sealed record ApiError(int Status, string Type, string Title, string Detail, IReadOnlyList<InvalidParameter>? InvalidParameters = null)
{
    private const string Errors = "https://developer.nexmo.com/api-errors";

    public static ApiError Unauthorized() =>
        new(401, $"{Errors}#unauthorized", "Unauthorized", "You did not provide correct credentials.");

    public static ApiError Forbidden() =>
        new(403, $"{Errors}#forbidden", "Forbidden", "User not authorized to query the requested data");

    public static ApiError ReportNotFound(string id) =>
        new(404, $"{Errors}#not-found", "Invalid report ID", $"Report {id} does not exist, or you do not have access.");

    public static ApiError FileNotFound(string id) =>
        new(404, $"{Errors}#not-found", "Not found", $"File {id} does not exist, has expired (files are kept 72 hours), or you do not have access.");

    public static ApiError NotFound(string path) =>
        new(404, $"{Errors}#not-found", "Not found", $"No resource at {path}.");

    public static ApiError MethodNotAllowed(string method, string path) =>
        new(405, $"{Errors}#method-not-allowed", "Method not allowed", $"{method} is not supported on {path}.");

    public static ApiError InvalidAbort() =>
        new(409, $"{Errors}/reports#invalid-abort-operation", "Invalid Abort Operation",
            "The job is already in a terminated state such as SUCCESS, TRUNCATED, FAILED or ABORTED.");

    public static ApiError MalformedJson() =>
        new(400, $"{Errors}#invalid-json", "Malformed JSON", "Malformed JSON payload.");

    /// <summary>The list endpoint's parameter errors are 400s in the spec.</summary>
    public static ApiError InvalidListParameters(params InvalidParameter[] parameters) =>
        new(400, $"{Errors}/reports#invalid-request-parameters", "Invalid request parameter", "Invalid request parameter.", parameters);

    public static ApiError Unprocessable(params InvalidParameter[] parameters) =>
        new(422, $"{Errors}/reports#invalid-request-parameters", "Unprocessable entity",
            "The request failed due to validation errors.", parameters);

    /// <summary>id mode mixed with parameters it does not take: the API's "Invalid filter".</summary>
    public static ApiError InvalidFilter(IReadOnlyList<string> names) =>
        new(422, $"{Errors}/reports#invalid-filter", "Invalid filter",
            $"When using message_id, the following parameters are not supported: [{string.Join(", ", names)}]",
            names.Select(n => new InvalidParameter(n, "Not supported together with id")).ToList());

    public static ApiError RateLimited(bool sync) =>
        new(429, $"{Errors}/reports#rate-limit", "Rate Limit Hit",
            "The Reports API supports 5 requests per second when used Asynchronously, and 10 requests per second Synchronously."
            + (sync ? " This synchronous request was rate limited." : " This asynchronous request was rate limited."));

    /// <summary>An injected (or genuine) server-side failure.</summary>
    public static ApiError ServerError(int status) => status switch
    {
        502 => new(502, $"{Errors}#bad-gateway", "Bad Gateway", "The upstream service did not answer correctly."),
        503 => new(503, $"{Errors}#service-unavailable", "Service Unavailable", "The service is temporarily unavailable. Try again later."),
        504 => new(504, $"{Errors}#gateway-timeout", "Gateway Timeout", "The upstream service timed out."),
        _ when status >= 500 => new(status, $"{Errors}#internal-error", "Internal Server Error", "An internal error occurred."),
        _ => new(status, $"{Errors}#error", "Error", $"Injected HTTP {status}."),
    };
}
