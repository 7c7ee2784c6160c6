using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading.Tasks;
using Vonage.Reports.Files;
using Vonage.Reports.PowerShell.Completion;
using Vonage.Reports.PowerShell.Infrastructure;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Downloads a finished report's file (a ZIP holding one CSV) to a folder or file.</para>
    /// Takes a report from Wait-VonageReport/Get-VonageReport (FileId, DownloadUri, RequestId, Product by property
    /// name) or a file id. The file is written to a temporary file beside the destination, resumed after dropped
    /// connections, verified, then renamed into place: the destination holds the whole file or nothing.
    /// </summary>
    [Cmdlet(VerbsData.Save, "VonageReportFile", DefaultParameterSetName = FileIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveVonageReportFileCommand : VonageApiCmdlet
    {
        private const string FileIdSet = "FileId";
        private const string DownloadUriSet = "DownloadUri";
        private const int ProgressId = 0x56524446;

        /// <summary>An existing folder (the file gets the API's name, e.g. SMS_&lt;request id&gt;.zip) or a file path.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Destination { get; set; } = string.Empty;

        /// <summary>The report file id: the last segment of the report's download link (not the request id).</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string FileId { get; set; } = string.Empty;

        /// <summary>The report's download link (_links.download_report.href); it must point at the API host.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DownloadUriSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Href", "DownloadUrl")]
        [ValidateNotNull]
        public Uri? DownloadUri { get; set; }

        /// <summary>The report's request id; with -Product it names the file in a folder before the download starts.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? RequestId { get; set; }

        /// <summary>The report's product; with -RequestId it names the file (&lt;PRODUCT&gt;_&lt;REQUEST_ID&gt;.zip).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductCompleter))]
        public string? Product { get; set; }

        /// <summary>Replace an existing file (atomically, only once the new one is complete and verified).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Write the CSV inside the archive instead of the ZIP (streamed out of the archive, named as in it).</summary>
        [Parameter]
        public SwitchParameter Expand { get; set; }

        private string _destination = string.Empty;

        /// <summary>The destination is one for the whole pipeline: a bad one stops it before -WhatIf and any request.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _destination = ResolveDestination();
        }

        protected override void ProcessRecordCore()
        {
            string destination = _destination;
            string source = ParameterSetName == DownloadUriSet ? DownloadUri!.ToString() : FileId;
            if (ParameterSetName == FileIdSet && !string.IsNullOrEmpty(RequestId) && string.Equals(FileId.Trim(), RequestId!.Trim(), StringComparison.Ordinal))
            {
                // A report piped before it finished has no FileId, so PowerShell bound the report itself, as its request id.
                WriteError(new ErrorRecord(new InvalidOperationException("Report " + RequestId + " has no file yet: only a finished (SUCCESS) report has one. "
                    + "Pipe it through Wait-VonageReport first."), "ReportFileNotReady", ErrorCategory.ResourceUnavailable, RequestId));
                return;
            }
            string what = (Expand ? "Download and expand report file " : "Download report file ") + source
                + (string.IsNullOrEmpty(RequestId) ? string.Empty : " (report " + RequestId + ")");
            var request = new ReportDownloadRequest
            {
                FileId = ParameterSetName == FileIdSet ? FileId : null,
                DownloadUri = ParameterSetName == DownloadUriSet ? DownloadUri : null,
                RequestId = RequestId,
                Product = Product,
                Destination = destination,
                Overwrite = Force.IsPresent,
                Expand = Expand.IsPresent,
            };

            // Where the file goes, and the connection (base URI, credentials), are checked before -WhatIf answers.
            DownloadTarget.Plan(request);
            var client = Client;
            if (!ShouldProcess(destination, what)) return;

            var progress = new ReportDownloadProgress();
            var reporter = new ProgressReporter(this, ProgressId, "Save-VonageReportFile: " + source);
            ReportDownloadResult result;
            try
            {
                var task = client.DownloadReportFileAsync(request, progress, CancellationToken);
                WaitShowingProgress(task, progress, reporter);
                result = task.GetAwaiter().GetResult();
            }
            catch (ReportFileExistsException e)
            {
                FlushLog();
                WriteError(new ErrorRecord(e, "FileExists", ErrorCategory.ResourceExists, e.FilePath));
                return;
            }
            catch (ReportDestinationException e)
            {
                FlushLog();
                WriteError(ErrorRecordFactory.Create(e, e.Destination));
                return;
            }
            catch (InvalidDataException e)
            {
                // This report's file is bad (truncated, not a report archive); the next one in the pipeline may be fine.
                FlushLog();
                WriteError(new ErrorRecord(e, "InvalidReportFile", ErrorCategory.InvalidData, source));
                return;
            }
            catch (VonageApiException e) when ((int)e.StatusCode == 404 || (int)e.StatusCode == 410)
            {
                FlushLog();
                // Named like RecordNotFound and ReportNotFound, rather than with the API's generic not-found.
                var record = new ErrorRecord(e, "ReportFileNotFound", ErrorCategory.ObjectNotFound, source);
                record.ErrorDetails = new ErrorDetails("Report file '" + source + "' was not found: report files can be downloaded for 72 hours after the report completes. " + e.Message);
                WriteError(record);
                return;
            }
            finally
            {
                reporter.Complete();
            }

            FlushLog();
            WriteVerbose("Saved " + result.Path + " (" + result.FileBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes"
                + (result.Resumes > 0 ? ", resumed " + result.Resumes + " time(s)" : string.Empty) + ").");
            // Through the FileSystem provider, as Get-Item gives it: PSPath, Mode and the default file view come with it.
            WriteObject(InvokeProvider.Item.Get(new[] { result.Path }, true, true), true);
        }

        /// <summary>
        /// The destination as a file-system path, relative to the session's location. Blank, another provider's path, or
        /// a wildcard pattern (a file literally named *.zip is never what is meant) is a terminating error.
        /// </summary>
        private string ResolveDestination()
        {
            ErrorRecord? error = null;
            string destination = string.Empty;
            if (string.IsNullOrWhiteSpace(Destination))
                error = new ErrorRecord(new ArgumentException("The destination is blank: give a folder or a file path."), "DestinationRequired", ErrorCategory.InvalidArgument, Destination);
            else if (Destination.IndexOfAny(new[] { '*', '?' }) >= 0)
                error = new ErrorRecord(new ArgumentException("'" + Destination + "' is a wildcard pattern: the destination is one folder or one file path."),
                    "InvalidDestination", ErrorCategory.InvalidArgument, Destination);
            else FileSystemPaths.TryResolveLiteral(this, Destination, out destination, out error);
            if (error != null) ThrowTerminatingError(error);
            return destination;
        }

        /// <summary>Waits on the pipeline thread, relaying HTTP log lines and byte progress; the task itself honours Ctrl+C.</summary>
        private void WaitShowingProgress(Task task, ReportDownloadProgress progress, ProgressReporter reporter)
        {
            var handle = ((IAsyncResult)task).AsyncWaitHandle;
            while (!handle.WaitOne(200))
            {
                FlushLog();
                reporter.Report(() => Describe(progress), Percent(progress));
            }
            FlushLog();
        }

        private static int Percent(ReportDownloadProgress progress)
        {
            long total = progress.TotalBytes;
            return total > 0 ? (int)Math.Min(100, progress.Bytes * 100 / total) : -1;
        }

        private static string Describe(ReportDownloadProgress progress)
        {
            string bytes = progress.Bytes.ToString("N0", CultureInfo.CurrentCulture);
            string total = progress.TotalBytes >= 0 ? " of " + progress.TotalBytes.ToString("N0", CultureInfo.CurrentCulture) : string.Empty;
            string resumed = progress.Resumes > 0 ? " (resumed " + progress.Resumes + "x)" : string.Empty;
            switch (progress.Current)
            {
                case ReportDownloadProgress.Phase.Connecting: return "Connecting" + resumed;
                case ReportDownloadProgress.Phase.Verifying: return "Verifying the archive (" + bytes + " bytes)";
                case ReportDownloadProgress.Phase.Expanding: return "Expanding the CSV: " + bytes + total + " bytes";
                default: return "Downloaded " + bytes + total + " bytes" + resumed;
            }
        }
    }
}
