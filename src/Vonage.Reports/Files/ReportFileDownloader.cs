using System;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Http;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Downloads a report archive safely: into a temporary file beside the destination, resuming with a Range request
    /// when the connection drops (checking the server really answered the range, restarting otherwise), then checks
    /// the size against Content-Length and the ZIP's central directory, and only then renames into place. Any failure or
    /// cancellation deletes the temporary files, so the destination either holds the whole verified file or is untouched.
    /// </summary>
    internal sealed class ReportFileDownloader
    {
        private const int CopyBufferSize = 81920;
        private readonly ApiTransport _transport;

        public ReportFileDownloader(ApiTransport transport) { _transport = transport; }

        public Uri ResolveSource(ReportDownloadRequest request)
        {
            if (!string.IsNullOrWhiteSpace(request.FileId))
            {
                string id = request.FileId!.Trim();
                if (id == "." || id == ".." || id.IndexOfAny(new[] { '/', '\\', '?', '#' }) >= 0)
                    throw new VonageValidationException("InvalidFileId", "'" + request.FileId + "' is not a file id (the last segment of a report's download link).", "FileId", request.FileId);
                return _transport.Resolve("v3/media/" + Uri.EscapeDataString(id));
            }
            if (request.DownloadUri != null)
            {
                var link = _transport.ResolveLink(request.DownloadUri.IsAbsoluteUri ? request.DownloadUri.AbsoluteUri : request.DownloadUri.OriginalString, "download");
                // Report files are media (/v3/media/<file id>); credentials are not sent to any other endpoint as a "download".
                if (link.AbsolutePath.IndexOf("/v3/media/", StringComparison.OrdinalIgnoreCase) < 0 || link.AbsolutePath.EndsWith("/v3/media/", StringComparison.Ordinal))
                    throw new VonageValidationException("InvalidDownloadUri", "'" + request.DownloadUri.OriginalString + "' is not a report file link: those end in /v3/media/<file id> "
                        + "(a report's DownloadUri, or _links.download_report.href).", "DownloadUri", request.DownloadUri.OriginalString);
                return link;
            }
            throw new VonageValidationException("FileIdRequired", "A report file id or download link is required.", "FileId", null);
        }

        /// <summary>The temporary file, made before the first request: a folder that cannot be written fails here, with its own name.</summary>
        private static FileStream CreateTempFile(string tempPath)
        {
            try { return new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, CopyBufferSize, useAsync: true); }
            catch (Exception e) when (e is UnauthorizedAccessException || (e is IOException && !(e is ReportFileExistsException)))
            {
                throw new ReportDestinationException(Path.GetDirectoryName(tempPath) ?? tempPath, e);
            }
        }

        public async Task<ReportDownloadResult> DownloadAsync(ReportDownloadRequest request, ReportDownloadProgress progress, CancellationToken cancellationToken)
        {
            var target = DownloadTarget.Plan(request);
            var source = ResolveSource(request);
            target.ThrowIfKnownNameExists(request.Overwrite);

            string zipTemp = target.NewTempPath(".zip.part");
            string? csvTemp = null;
            bool committed = false;
            try
            {
                var state = await FetchAsync(source, zipTemp, progress, cancellationToken).ConfigureAwait(false);

                progress.Set(ReportDownloadProgress.Phase.Verifying, state.Written, state.Total);
                string csvName = ReportArchive.Verify(zipTemp);

                string finalTemp = zipTemp;
                long fileBytes = state.Written;
                if (request.Expand)
                {
                    csvTemp = target.NewTempPath(".csv.part");
                    fileBytes = await ExpandAsync(zipTemp, csvTemp, progress, cancellationToken).ConfigureAwait(false);
                    finalTemp = csvTemp;
                }

                string destination = target.FinalPath(request, state.ServerFileName, csvName);
                cancellationToken.ThrowIfCancellationRequested();
                target.Commit(finalTemp, destination, request.Overwrite);
                committed = true;
                progress.Set(ReportDownloadProgress.Phase.Done, fileBytes, fileBytes);
                return new ReportDownloadResult(destination, state.Written, fileBytes, csvName, state.Resumes, request.Expand);
            }
            finally
            {
                if (!committed || request.Expand) TryDelete(zipTemp);
                if (!committed && csvTemp != null) TryDelete(csvTemp);
            }
        }

        private async Task<FetchState> FetchAsync(Uri source, string tempPath, ReportDownloadProgress progress, CancellationToken cancellationToken)
        {
            var state = new FetchState();
            int maxStalls = Math.Max(1, _transport.Options.Retry.MaximumRetryCount);
            int stalls = 0;
            progress.Set(ReportDownloadProgress.Phase.Connecting, 0, -1);
            using (var file = CreateTempFile(tempPath))
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    long before = state.Written;
                    Outcome outcome;
                    try
                    {
                        outcome = await _transport.SendAsync(HttpMethod.Get, source, EndpointClass.Async, idempotent: true, content: null,
                            readSuccess: (response, token) => ReadBodyAsync(response, file, state, progress, token, cancellationToken),
                            cancellationToken, customize: request => AskForRest(request, state)).ConfigureAwait(false);
                    }
                    catch (VonageApiException e) when ((int)e.StatusCode == 416 && state.Written > 0)
                    {
                        // The server cannot serve the rest of what we hold (the file changed): start over without a range.
                        Restart(file, state, "the server refused the range (416)");
                        outcome = Outcome.Partial;
                    }

                    if (outcome == Outcome.Complete) break;
                    stalls = state.Written > before ? 0 : stalls + 1;
                    if (stalls > maxStalls)
                        throw new IOException("The download of " + source.AbsoluteUri + " broke off " + stalls + " times in a row without progress at "
                            + state.Written + " bytes; giving up.");
                    state.Resumes++;
                    progress.Resumed();
                    Log("Download broke off at " + state.Written + (state.Total >= 0 ? " of " + state.Total : string.Empty) + " bytes; resuming"
                        + (state.Written > 0 && state.RangeUsable ? " with Range: bytes=" + state.Written + "-" : " from the start") + ".");
                    if (stalls > 0)
                        await Task.Delay(Backoff(stalls), cancellationToken).ConfigureAwait(false);
                }

                if (state.Total >= 0 && file.Length != state.Total)
                    throw new InvalidDataException("The download of " + source.AbsoluteUri + " has " + file.Length + " bytes; the server announced " + state.Total + ".");
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            return state;
        }

        private static void AskForRest(HttpRequestMessage request, FetchState state)
        {
            request.Headers.Accept.Clear();
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/zip"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/octet-stream"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.1));
            if (state.Written <= 0 || !state.RangeUsable) return;
            request.Headers.Range = new RangeHeaderValue(state.Written, null);
            // If-Range: a server whose file changed since sends the whole new file (200) instead of a mismatched tail.
            if (state.ETag != null) request.Headers.IfRange = new RangeConditionHeaderValue(state.ETag);
            else if (state.LastModified.HasValue) request.Headers.IfRange = new RangeConditionHeaderValue(state.LastModified.Value);
        }

        /// <summary>Appends the body to the file. A connection that drops mid-body returns Partial (the loop resumes); anything else throws.</summary>
        private async Task<Outcome> ReadBodyAsync(HttpResponseMessage response, FileStream file, FetchState state, ReportDownloadProgress progress,
            CancellationToken attemptToken, CancellationToken callerToken)
        {
            var headers = response.Content.Headers;
            if (response.StatusCode == HttpStatusCode.PartialContent)
            {
                var range = headers.ContentRange;
                bool matches = range != null && range.HasRange && range.From == state.Written
                    && (state.Total < 0 || !range.HasLength || range.Length == state.Total);
                if (!matches)
                {
                    // A range we did not ask for: do not splice it in; fetch whole files from now on.
                    state.RangeUsable = false;
                    Restart(file, state, "the server answered a different range (" + (range?.ToString() ?? "none") + ")");
                    return Outcome.Partial;
                }
                if (state.Total < 0 && range!.HasLength) state.Total = range.Length!.Value;
            }
            else
            {
                if (state.Written > 0) Restart(file, state, "the server sent the whole file again (" + (int)response.StatusCode + ")");
                state.Total = headers.ContentLength ?? -1;
                state.ETag = response.Headers.ETag != null && !response.Headers.ETag.IsWeak ? response.Headers.ETag : null;
                state.LastModified = headers.LastModified;
                var disposition = headers.ContentDisposition;
                state.ServerFileName = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
            }
            progress.Set(ReportDownloadProgress.Phase.Downloading, state.Written, state.Total);

            var buffer = new byte[CopyBufferSize];
            try
            {
                using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                while (true)
                {
                    int n = await body.ReadAsync(buffer, 0, buffer.Length, attemptToken).ConfigureAwait(false);
                    if (n == 0) break;
                    if (state.Total >= 0 && state.Written + n > state.Total)
                        throw new InvalidDataException("The server sent more than the " + state.Total + " bytes it announced.");
                    await file.WriteAsync(buffer, 0, n, callerToken).ConfigureAwait(false);
                    state.Written += n;
                    progress.SetBytes(state.Written);
                }
            }
            catch (Exception e) when (IsDrop(e, callerToken))
            {
                return Outcome.Partial;
            }
            // A clean end before the announced size is a drop too.
            return state.Total >= 0 && state.Written < state.Total ? Outcome.Partial : Outcome.Complete;
        }

        /// <summary>A broken connection, or the per-attempt time-out (not the caller's cancellation).</summary>
        private static bool IsDrop(Exception e, CancellationToken callerToken)
        {
            if (callerToken.IsCancellationRequested) return false;
            return e is IOException && !(e is InvalidDataException) || e is HttpRequestException || e is OperationCanceledException || e is ObjectDisposedException;
        }

        private void Restart(FileStream file, FetchState state, string why)
        {
            Log("Restarting the download from the first byte: " + why + ".");
            file.SetLength(0);
            file.Position = 0;
            state.Written = 0;
            state.Total = -1;
        }

        private static async Task<long> ExpandAsync(string zipPath, string csvPath, ReportDownloadProgress progress, CancellationToken cancellationToken)
        {
            var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var archive = ReportArchive.Open(zipPath, stream);
            var entry = ReportArchive.OpenSingleCsv(archive, zipPath);
            progress.Set(ReportDownloadProgress.Phase.Expanding, 0, entry.Length);
            using var input = entry.Open();
            using var output = new FileStream(csvPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true);
            var buffer = new byte[CopyBufferSize];
            long written = 0;
            int n;
            while ((n = await input.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await output.WriteAsync(buffer, 0, n, cancellationToken).ConfigureAwait(false);
                written += n;
                progress.SetBytes(written);
            }
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (written != entry.Length)
                throw new InvalidDataException("The CSV in '" + zipPath + "' expanded to " + written + " bytes; the archive says " + entry.Length + ".");
            return written;
        }

        private TimeSpan Backoff(int stalls)
        {
            var first = _transport.Options.Retry.RetryInterval;
            if (first <= TimeSpan.Zero) return TimeSpan.Zero;
            double ms = Math.Min(first.TotalMilliseconds * Math.Pow(2, stalls - 1), _transport.Options.Retry.MaximumRetryInterval.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(ms);
        }

        private void Log(string line) => _transport.Options.Log?.Invoke(line);

        internal static void TryDelete(string path)
        {
            try { if (File.Exists(path)) File.Delete(path); }
            catch (IOException) { /* best effort: a temp file another process holds */ }
            catch (UnauthorizedAccessException) { }
        }

        private enum Outcome { Complete, Partial }

        private sealed class FetchState
        {
            public long Written;
            public long Total = -1;
            public EntityTagHeaderValue? ETag;
            public DateTimeOffset? LastModified;
            public string? ServerFileName;
            public bool RangeUsable = true;
            public int Resumes;
        }
    }
}
