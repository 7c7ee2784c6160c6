using System;
using System.Management.Automation;
using System.Net;
using Vonage.Reports.PowerShell.Completion;
using Vonage.Reports.PowerShell.Infrastructure;
using Vonage.Reports.Reports;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Gets asynchronous reports: by request id, or by searching the account's reports.</para>
    /// An id the API does not know (or no longer keeps: reports live 4 days) is a non-terminating error naming it.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VonageReport", DefaultParameterSetName = SearchSet)]
    [OutputType(typeof(VonageReport))]
    public sealed class GetVonageReportCommand : VonageApiCmdlet
    {
        private const string SearchSet = "Search";
        private const string RequestIdSet = "RequestId";

        /// <summary>Report request ids, from the pipeline too (a VonageReport's RequestId binds by name).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = RequestIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ReportId")]
        [ValidateNotNullOrEmpty]
        public string[] RequestId { get; set; } = Array.Empty<string>();

        /// <summary>Only reports in these states: PENDING, PROCESSING, SUCCESS, ABORTED, FAILED, TRUNCATED.</summary>
        [Parameter(ParameterSetName = SearchSet)]
        [ArgumentCompleter(typeof(ReportStatusCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Status { get; set; }

        /// <summary>Only reports received at or after this instant (date_from).</summary>
        [Parameter(ParameterSetName = SearchSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset CreatedAfter { get; set; }

        /// <summary>Only reports received before this instant (date_to).</summary>
        [Parameter(ParameterSetName = SearchSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset CreatedBefore { get; set; }

        protected override void ProcessRecordCore()
        {
            if (ParameterSetName == RequestIdSet)
            {
                foreach (var id in RequestId)
                {
                    if (IsBlankId(id, "RequestId")) continue;
                    try
                    {
                        WriteObject(Await(Client.GetReportAsync(id, CancellationToken)));
                    }
                    catch (VonageApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
                    {
                        FlushLog();
                        WriteError(ReportErrors.NotFound(e, id));
                    }
                }
                return;
            }

            var search = new ReportSearch { AccountId = AccountId };
            foreach (var text in Status ?? Array.Empty<string>())
            {
                if (!ReportStatusNames.TryParse(text, out var status))
                    throw new VonageValidationException("InvalidReportStatus", "'" + text + "' is not a report status. Use PENDING, PROCESSING, SUCCESS, ABORTED, FAILED or TRUNCATED.", "Status", text);
                search.Statuses.Add(status);
            }
            var bound = MyInvocation.BoundParameters;
            if (bound.ContainsKey(nameof(CreatedAfter))) search.CreatedAfter = CreatedAfter;
            if (bound.ContainsKey(nameof(CreatedBefore))) search.CreatedBefore = CreatedBefore;
            var reports = Await(Client.SearchReportsAsync(search, CancellationToken));
            WriteVerbose(reports.Count + " report(s) found.");
            foreach (var report in reports) WriteObject(report);
        }
    }

    /// <summary>Errors the report cmdlets share.</summary>
    internal static class ReportErrors
    {
        /// <summary>404: a non-terminating ObjectNotFound error whose target is the id.</summary>
        public static ErrorRecord NotFound(VonageApiException e, string requestId)
        {
            var error = new ItemNotFoundException("No report with request id '" + requestId + "' was found. It may be another account's, "
                + "or older than the 4 days the API keeps reports.", e);
            return new ErrorRecord(error, "ReportNotFound", ErrorCategory.ObjectNotFound, requestId);
        }
    }
}
