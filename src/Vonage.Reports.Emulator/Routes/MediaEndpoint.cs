using System.Globalization;
using Microsoft.Net.Http.Headers;
using Vonage.Reports.Emulator.Errors;
using Vonage.Reports.Emulator.Hosting;
using Vonage.Reports.Emulator.Json;
using Vonage.Reports.Emulator.Reports;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>
/// GET /v3/media/{file_id}: the report ZIP from disk with Content-Length, Accept-Ranges and single-range 206 answers
/// (If-Range honoured) so a client can resume a broken download. 404 when unknown, not the caller's, or past 72 h.
/// </summary>
internal sealed class MediaEndpoint(EmulatorState state, ReportStore store)
{
    private const int ChunkSize = 64 * 1024;

    public void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/v3/media/{fileId}", ["GET", "HEAD"], (RequestDelegate)Download);

    private async Task Download(HttpContext context)
    {
        var fileId = (string)context.Request.RouteValues["fileId"]!;
        var report = store.FindFile(fileId);
        if (report is null || !state.Accounts.MayQuery(EmulatorState.Caller(context), report.AccountId))
        {
            await JsonResponses.WriteErrorAsync(context, ApiError.FileNotFound(fileId));
            return;
        }

        FileStream file;
        try { file = new FileStream(report.FilePath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, ChunkSize, useAsync: true); }
        catch (FileNotFoundException) { await JsonResponses.WriteErrorAsync(context, ApiError.FileNotFound(fileId)); return; }

        await using (file)
        {
            var size = file.Length;
            var etag = $"\"{report.FileId}-{size}\"";
            var response = context.Response;
            response.Headers.AcceptRanges = "bytes";
            response.Headers.ETag = etag;
            response.Headers.LastModified = report.CompletedTime!.Value.ToString("R", CultureInfo.InvariantCulture);
            response.Headers.ContentDisposition = $"attachment; filename=\"{report.ZipName}\"";
            response.ContentType = "application/octet-stream";

            long from = 0, to = size - 1;
            var range = context.Request.Headers.Range.ToString();
            var ifRange = context.Request.Headers.IfRange.ToString();
            var useRange = range.Length > 0 && (ifRange.Length == 0 || ifRange == etag);
            if (useRange)
            {
                var parsed = ParseRange(range, size);
                if (parsed is null)
                {
                    response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                    response.Headers.ContentRange = $"bytes */{size}";
                    return;
                }
                (from, to) = parsed.Value;
                response.StatusCode = StatusCodes.Status206PartialContent;
                response.Headers.ContentRange = $"bytes {from}-{to}/{size}";
            }
            else response.StatusCode = StatusCodes.Status200OK;

            response.ContentLength = to - from + 1;
            if (HttpMethods.IsHead(context.Request.Method)) return;
            file.Seek(from, SeekOrigin.Begin);
            var buffer = new byte[ChunkSize];
            var left = to - from + 1;
            while (left > 0)
            {
                var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), context.RequestAborted);
                if (read == 0) break;
                await response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
                left -= read;
            }
        }
    }

    /// <summary>One "bytes=a-b", "bytes=a-" or "bytes=-n" range; null when unsatisfiable or malformed.</summary>
    internal static (long From, long To)? ParseRange(string header, long size)
    {
        if (!RangeHeaderValue.TryParse(header, out var value) || value.Unit != "bytes" || value.Ranges.Count != 1 || size == 0) return null;
        var r = value.Ranges.First();
        long from, to;
        if (r.From is null)
        {
            if (r.To is not > 0) return null;
            from = Math.Max(0, size - r.To.Value);
            to = size - 1;
        }
        else
        {
            from = r.From.Value;
            to = Math.Min(r.To ?? size - 1, size - 1);
        }
        return from >= size || from > to ? null : (from, to);
    }
}
