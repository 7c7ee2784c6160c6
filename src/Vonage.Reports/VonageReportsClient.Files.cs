using System;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Files;

namespace Vonage.Reports
{
    public sealed partial class VonageReportsClient
    {
        /// <summary>
        /// Downloads a report's archive (GET /v3/media/{file_id}, Basic auth, the async rate budget) to a folder or file:
        /// streamed to a temporary file beside it, resumed with Range after a dropped connection, checked (size, ZIP with one
        /// CSV), then renamed into place; optionally expanded to the CSV. On failure or cancellation nothing is left behind.
        /// </summary>
        /// <exception cref="ReportFileExistsException">The destination file exists and <see cref="ReportDownloadRequest.Overwrite"/> is false.</exception>
        /// <exception cref="VonageValidationException">No file id or link, a bad file id, or a destination folder that does not exist.</exception>
        /// <exception cref="Http.VonageLinkException">The download link leaves the API host and foreign links are not allowed.</exception>
        public Task<ReportDownloadResult> DownloadReportFileAsync(ReportDownloadRequest request, ReportDownloadProgress? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            var downloader = new ReportFileDownloader(_transport);
            // Validate the source and destination before any work is queued, so bad input fails on the caller's thread.
            downloader.ResolveSource(request);
            return downloader.DownloadAsync(request, progress ?? new ReportDownloadProgress(), cancellationToken);
        }

        /// <summary>The download URL of a report file id on this client's API host.</summary>
        public Uri GetReportFileUri(string fileId) => new ReportFileDownloader(_transport).ResolveSource(new ReportDownloadRequest { FileId = fileId });

        /// <summary>Streams typed records out of a downloaded report (ZIP or CSV); see <see cref="ReportFileReader.Open"/>.</summary>
        public static ReportFileReader OpenReportFile(string path, string? product = null, CancellationToken cancellationToken = default) =>
            ReportFileReader.Open(path, product, cancellationToken);
    }
}
