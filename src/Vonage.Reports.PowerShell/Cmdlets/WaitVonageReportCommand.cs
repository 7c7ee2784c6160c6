using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Threading.Tasks;
using Vonage.Reports.PowerShell.Infrastructure;
using Vonage.Reports.Queries;
using Vonage.Reports.Reports;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Waits until asynchronous reports are finished and writes each finished report.</para>
    /// Polls with growing intervals (1 s doubling to 30 s by default). SUCCESS: the report is written. TRUNCATED: a
    /// warning, then the report. FAILED or ABORTED: a non-terminating error (ReportFailed, ReportAborted) whose target
    /// is the report. -Timeout: a WaitTimedOut error. Ctrl+C stops the wait at once.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "VonageReport")]
    [OutputType(typeof(VonageReport))]
    public sealed class WaitVonageReportCommand : VonageApiCmdlet
    {
        private const int ActivityId = 0x56524550;

        /// <summary>Report request ids, from the pipeline too (New-VonageReport's output binds by RequestId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ReportId")]
        [ValidateNotNullOrEmpty]
        public string[] RequestId { get; set; } = Array.Empty<string>();

        /// <summary>Seconds between the first two polls; the interval doubles after each poll. Default 1.</summary>
        [Parameter]
        [ValidateRange(0.05, 86400)]
        public double PollIntervalSec { get; set; } = 1;

        /// <summary>Longest interval between polls, in seconds. Default 30.</summary>
        [Parameter]
        [ValidateRange(0.05, 86400)]
        public double MaximumPollIntervalSec { get; set; } = 30;

        /// <summary>How long to wait for each report: a TimeSpan, seconds, or text such as 90s, 30m, 2h. Default: no limit.</summary>
        [Parameter]
        [WaitTimeoutTransformation]
        public TimeSpan Timeout { get; set; }

        protected override void ProcessRecordCore()
        {
            var options = new ReportWaitOptions
            {
                PollInterval = TimeSpan.FromSeconds(PollIntervalSec),
                // The default ceiling (30 s) gives way to a longer first interval; a ceiling given below it is an error.
                MaximumPollInterval = TimeSpan.FromSeconds(MyInvocation.BoundParameters.ContainsKey(nameof(MaximumPollIntervalSec))
                    ? MaximumPollIntervalSec : Math.Max(PollIntervalSec, MaximumPollIntervalSec)),
            };
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Timeout))) options.Timeout = Timeout;
            options.Validate();

            foreach (var id in RequestId)
            {
                if (IsBlankId(id, "RequestId")) continue;
                var report = WaitFor(id.Trim(), options);
                if (report != null) WriteFinal(report);
            }
        }

        /// <summary>Runs the core's poll loop and, on the pipeline thread meanwhile, shows its progress and HTTP log.</summary>
        private VonageReport? WaitFor(string id, ReportWaitOptions options)
        {
            var polls = new ConcurrentQueue<VonageReport>();
            var progress = new ProgressReporter(this, ActivityId, "Wait-VonageReport: report " + id);
            var clock = Stopwatch.StartNew();
            ReportStatus? seen = null;
            string status = "not polled yet";
            Task<VonageReport> task = Client.WaitForReportAsync(id, options, polls.Enqueue, CancellationToken);
            WriteVerbose("Waiting for report " + id + (options.HasTimeout ? " for up to " + options.Timeout : string.Empty) + ".");
            try
            {
                while (true)
                {
                    bool done = task.IsCompleted || ((IAsyncResult)task).AsyncWaitHandle.WaitOne(200);
                    FlushLog();
                    while (polls.TryDequeue(out var polled))
                    {
                        status = polled.StatusText ?? polled.Status.ToString();
                        if (seen != polled.Status) WriteVerbose("Report " + id + " is " + status + " (after " + Elapsed(clock) + ").");
                        seen = polled.Status;
                    }
                    if (done) break;
                    progress.Report(() => status + ", " + Elapsed(clock) + " elapsed");
                }
                return Await(task);
            }
            catch (ReportWaitTimeoutException e)
            {
                WriteError(new ErrorRecord(e, "WaitTimedOut", ErrorCategory.OperationTimeout, e.LastReport));
                return null;
            }
            catch (VonageApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                FlushLog();
                WriteError(ReportErrors.NotFound(e, id));
                return null;
            }
            finally
            {
                progress.Complete();
            }
        }

        private void WriteFinal(VonageReport report)
        {
            switch (report.Status)
            {
                case ReportStatus.Truncated:
                    WriteWarning("Report " + report.RequestId + " is TRUNCATED: the API cut it at its size limit (about 7 million rows / 1 GB)"
                        + (report.ItemsCount.HasValue ? "; the file holds " + report.ItemsCount.Value.ToString("N0", CultureInfo.CurrentCulture) + " rows" : string.Empty)
                        + ". Split the date range into smaller reports to get every record.");
                    WriteObject(report);
                    break;
                case ReportStatus.Failed:
                    WriteError(new ErrorRecord(new InvalidOperationException("Report " + report.RequestId + " FAILED on the API; it has no file. Create it again with New-VonageReport."),
                        "ReportFailed", ErrorCategory.InvalidResult, report));
                    break;
                case ReportStatus.Aborted:
                    WriteError(new ErrorRecord(new OperationCanceledException("Report " + report.RequestId + " was ABORTED (Stop-VonageReport or the API); it has no file."),
                        "ReportAborted", ErrorCategory.OperationStopped, report));
                    break;
                default:
                    WriteObject(report);
                    break;
            }
        }

        private static string Elapsed(Stopwatch clock) =>
            clock.Elapsed.ToString(clock.Elapsed.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// -Timeout accepts a TimeSpan, a number of seconds (30 would otherwise become 30 ticks), or text: 90s, 30m, 2h,
    /// 1d, or hh:mm:ss, quoted or not (PowerShell reads an unquoted 1d as the decimal 1 and 90s as the short 90; what
    /// was typed decides).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class WaitTimeoutTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object? value = ArgumentText.TypedNumber(inputData) ?? (inputData is PSObject ps ? ps.BaseObject : inputData);
            switch (value)
            {
                case TimeSpan span: return span;
                case short seconds: return TimeSpan.FromSeconds(seconds);
                case int seconds: return TimeSpan.FromSeconds(seconds);
                case long seconds: return TimeSpan.FromSeconds(seconds);
                case double seconds: return TimeSpan.FromSeconds(seconds);
                case decimal seconds: return TimeSpan.FromSeconds((double)seconds);
                case string text:
                    string trimmed = text.Trim();
                    if (trimmed.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(trimmed.Substring(0, trimmed.Length - 1).TrimEnd(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0)
                        return TimeSpan.FromSeconds(s);
                    if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && plain > 0) return TimeSpan.FromSeconds(plain);
                    if (RelativeTime.TryParse(trimmed, out var relative)) return relative;
                    if (TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero) return parsed;
                    throw new ArgumentTransformationMetadataException("'" + text + "' is not a time span. Use seconds (90 or 90s), 30m, 2h, 1d or hh:mm:ss.");
                default:
                    return inputData;
            }
        }
    }
}
