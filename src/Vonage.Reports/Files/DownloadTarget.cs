using System;
using System.IO;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Where a download lands. A destination that is an existing folder gets the API's own name for the file
    /// (&lt;PRODUCT&gt;_&lt;REPORT_ID&gt;.zip when the report is known, else the server's Content-Disposition name, else
    /// &lt;FILE_ID&gt;.zip; expanded: the CSV's name in the archive); any other destination is the file path itself.
    /// Temporary files go in the same folder, so the final rename never crosses a volume and is atomic.
    /// </summary>
    internal sealed class DownloadTarget
    {
        private DownloadTarget(string folder, string? explicitName)
        {
            Folder = folder;
            ExplicitName = explicitName;
        }

        public string Folder { get; }

        /// <summary>The file name the user gave (destination was a file path), or null for a folder.</summary>
        public string? ExplicitName { get; }

        private string? KnownName { get; set; }

        public static DownloadTarget Plan(ReportDownloadRequest request)
        {
            if (string.IsNullOrWhiteSpace(request.Destination))
                throw new VonageValidationException("DestinationRequired", "A destination folder or file path is required.", "Destination", request.Destination);
            string full;
            try { full = Path.GetFullPath(request.Destination); }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                throw new VonageValidationException("InvalidDestination", "'" + request.Destination + "' is not a valid path: " + e.Message, "Destination", request.Destination);
            }

            DownloadTarget target;
            if (Directory.Exists(full)) target = new DownloadTarget(full, null);
            else
            {
                string? folder = Path.GetDirectoryName(full);
                string name = Path.GetFileName(full);
                if (string.IsNullOrEmpty(folder) || string.IsNullOrEmpty(name) || !Directory.Exists(folder))
                    throw new VonageValidationException("DestinationNotFound", "The folder for '" + request.Destination + "' does not exist. Create it first, or give an existing folder.", "Destination", request.Destination);
                target = new DownloadTarget(folder!, name);
            }

            if (target.ExplicitName != null) target.KnownName = target.ExplicitName;
            else if (!request.Expand && !string.IsNullOrWhiteSpace(request.Product) && !string.IsNullOrWhiteSpace(request.RequestId))
                target.KnownName = ReportFileNames.ArchiveName(request.Product!.Trim().ToUpperInvariant(), request.RequestId!.Trim());
            return target;
        }

        /// <summary>Fails before any byte is fetched when the name is known already and taken (checked again at the rename).</summary>
        public void ThrowIfKnownNameExists(bool overwrite)
        {
            if (KnownName == null) return;
            string path = Path.Combine(Folder, KnownName);
            if (Directory.Exists(path) || (!overwrite && File.Exists(path))) throw new ReportFileExistsException(path);
        }

        public string NewTempPath(string suffix) => Path.Combine(Folder, ".vonage-" + Guid.NewGuid().ToString("N").Substring(0, 12) + suffix);

        public string FinalPath(ReportDownloadRequest request, string? serverName, string csvName)
        {
            string name = KnownName
                ?? (request.Expand ? ReportFileNames.SafeFileName(csvName) : ReportFileNames.SafeFileName(serverName))
                ?? FallbackName(request);
            return Path.Combine(Folder, name);
        }

        private static string FallbackName(ReportDownloadRequest request)
        {
            string stem = ReportFileNames.SafeFileName(request.FileId)
                ?? ReportFileNames.SafeFileName(request.DownloadUri?.Segments.Length > 0 ? request.DownloadUri.Segments[request.DownloadUri.Segments.Length - 1] : null)
                ?? "report";
            return stem + (request.Expand ? ".csv" : ".zip");
        }

        /// <summary>Moves the verified temporary file into place: a rename, replacing only when asked.</summary>
        public void Commit(string tempPath, string destination, bool overwrite)
        {
            if (Directory.Exists(destination)) throw new ReportFileExistsException(destination);
            try
            {
                if (File.Exists(destination))
                {
                    if (!overwrite) throw new ReportFileExistsException(destination);
                    File.Replace(tempPath, destination, null, ignoreMetadataErrors: true);
                    return;
                }
                File.Move(tempPath, destination);
            }
            catch (IOException) when (File.Exists(destination) && !overwrite)
            {
                // Someone created it between the check and the rename: still never clobber.
                throw new ReportFileExistsException(destination);
            }
            catch (UnauthorizedAccessException e)
            {
                // A read-only file in the way of -Force, or a folder that refuses the rename.
                throw new ReportDestinationException(destination, e);
            }
        }
    }
}
