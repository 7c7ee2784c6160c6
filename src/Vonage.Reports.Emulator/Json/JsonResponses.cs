using System.Buffers;
using System.Text.Json;
using Vonage.Reports.Emulator.Errors;

namespace Vonage.Reports.Emulator.Json;

/// <summary>
/// Writes JSON bodies fully buffered with a Content-Length, as an API gateway would, so a client can tell a
/// complete body from a cut one (and fault injection can cut a known length in half).
/// </summary>
internal static class JsonResponses
{
    /// <summary>Plain UTF-8 output: '+' in dates and non-ASCII text stay readable, as in the API's answers.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            write(writer);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiError error) =>
        WriteAsync(context, error.Status, w => WriteError(w, error, context.TraceIdentifier));

    public static void WriteError(Utf8JsonWriter w, ApiError error, string traceId)
    {
        w.WriteStartObject();
        w.WriteString("type", error.Type);
        w.WriteString("title", error.Title);
        w.WriteString("detail", error.Detail);
        w.WriteString("instance", InstanceId(traceId));
        if (error.InvalidParameters is { Count: > 0 } parameters)
        {
            w.WriteStartArray("invalid_parameters");
            foreach (var p in parameters)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("reason", p.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>The API's instance is a 32-hex trace id.</summary>
    private static string InstanceId(string traceId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(traceId + Guid.NewGuid())))[..32];
}
