using System;
using System.IO;
using System.Threading;

namespace Vonage.Reports.Files
{
    /// <summary>What to download and where to put it.</summary>
    public sealed class ReportDownloadRequest
    {
        /// <summary>The file id: the last segment of the report's download link (not the request id).</summary>
        public string? FileId { get; set; }

        /// <summary>The report's download link; used when there is no file id. Must stay on the API host unless foreign links are allowed.</summary>
        public Uri? DownloadUri { get; set; }

        /// <summary>The report's product and request id: they name the file in a folder (&lt;PRODUCT&gt;_&lt;REPORT_ID&gt;.zip) before any byte arrives.</summary>
        public string? Product { get; set; }

        public string? RequestId { get; set; }

        /// <summary>An existing folder, or a file path whose folder exists.</summary>
        public string Destination { get; set; } = string.Empty;

        /// <summary>Replace an existing file (atomically); otherwise an existing file is an error and nothing is written.</summary>
        public bool Overwrite { get; set; }

        /// <summary>Write the CSV inside the archive instead of the archive itself.</summary>
        public bool Expand { get; set; }
    }

    /// <summary>What a finished download produced.</summary>
    public sealed class ReportDownloadResult
    {
        internal ReportDownloadResult(string path, long downloadedBytes, long fileBytes, string csvName, int resumes, bool expanded)
        {
            Path = path;
            DownloadedBytes = downloadedBytes;
            FileBytes = fileBytes;
            CsvName = csvName;
            Resumes = resumes;
            Expanded = expanded;
        }

        /// <summary>The file written (full path).</summary>
        public string Path { get; }

        /// <summary>Size of the archive as downloaded.</summary>
        public long DownloadedBytes { get; }

        /// <summary>Size of the file written (the CSV's when expanded).</summary>
        public long FileBytes { get; }

        /// <summary>The name of the CSV inside the archive.</summary>
        public string CsvName { get; }

        /// <summary>How many times a dropped connection was resumed.</summary>
        public int Resumes { get; }

        public bool Expanded { get; }
    }

    /// <summary>Where a download is: filled by the download task, read by anyone (the cmdlet's pipeline thread shows it).</summary>
    public sealed class ReportDownloadProgress
    {
        private long _bytes;
        private long _total = -1;
        private int _phase;
        private int _resumes;

        public enum Phase { Connecting, Downloading, Verifying, Expanding, Done }

        /// <summary>Bytes of the archive received so far (expanding: CSV bytes written).</summary>
        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Expected total, or -1 when the server did not say.</summary>
        public long TotalBytes => Interlocked.Read(ref _total);

        public Phase Current => (Phase)Volatile.Read(ref _phase);

        public int Resumes => Volatile.Read(ref _resumes);

        internal void Set(Phase phase, long bytes, long total)
        {
            Interlocked.Exchange(ref _bytes, bytes);
            Interlocked.Exchange(ref _total, total);
            Volatile.Write(ref _phase, (int)phase);
        }

        internal void SetBytes(long bytes) => Interlocked.Exchange(ref _bytes, bytes);

        internal void Resumed() => Interlocked.Increment(ref _resumes);
    }

    /// <summary>The destination file exists and overwriting was not asked for. Nothing was written.</summary>
    public sealed class ReportFileExistsException : IOException
    {
        public ReportFileExistsException(string path)
            : base("The file '" + path + "' already exists. Use -Force to replace it.")
        {
            FilePath = path;
        }

        public string FilePath { get; }
    }

    /// <summary>
    /// The destination cannot be written: no permission, a read-only file system, a folder that is not a real one
    /// (/proc). Raised before any byte is fetched when the temporary file cannot be made, or at the final rename.
    /// </summary>
    public sealed class ReportDestinationException : IOException
    {
        public ReportDestinationException(string destination, Exception inner)
            : base("Cannot write the report file to '" + destination + "': " + inner.Message, inner)
        {
            Destination = destination;
        }

        /// <summary>The folder or file the user asked for (not the temporary file).</summary>
        public string Destination { get; }

        /// <summary>Access was refused (permissions, read-only), as opposed to another file-system failure.</summary>
        public bool AccessDenied => InnerException is UnauthorizedAccessException;
    }
}
