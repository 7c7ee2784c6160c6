using System;
using System.Management.Automation;
using System.Net;
using Vonage.Reports.Reports;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Aborts PENDING or PROCESSING asynchronous reports.</para>
    /// A report that has already ended gives a non-terminating error with the API's ErrorId invalid-abort-operation.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "VonageReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VonageReport))]
    public sealed class StopVonageReportCommand : VonageApiCmdlet
    {
        /// <summary>Report request ids, from the pipeline too (a VonageReport's RequestId binds by name).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ReportId")]
        [ValidateNotNullOrEmpty]
        public string[] RequestId { get; set; } = Array.Empty<string>();

        /// <summary>Write each aborted report (now ABORTED) to the pipeline.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecordCore()
        {
            // The connection (base URI, credentials) is checked before -WhatIf answers, as New-VonageReport does.
            var client = Client;
            foreach (var id in RequestId)
            {
                if (IsBlankId(id, "RequestId")) continue;
                if (!ShouldProcess(id, "Abort report")) continue;
                try
                {
                    var report = Await(client.AbortReportAsync(id, CancellationToken));
                    WriteVerbose("Report " + report.RequestId + " is " + report.StatusText + ".");
                    if (PassThru) WriteObject(report);
                }
                catch (VonageApiException e) when (e.StatusCode == HttpStatusCode.Conflict)
                {
                    FlushLog();
                    var record = new ErrorRecord(e, "invalid-abort-operation", ErrorCategory.InvalidOperation, id)
                    {
                        ErrorDetails = new ErrorDetails("Report " + id + " has already ended (SUCCESS, TRUNCATED, FAILED or ABORTED); only PENDING or PROCESSING reports can be stopped.")
                        {
                            RecommendedAction = "Check its state with Get-VonageReport -RequestId " + id + ".",
                        },
                    };
                    WriteError(record);
                }
                catch (VonageApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
                {
                    FlushLog();
                    WriteError(ReportErrors.NotFound(e, id));
                }
            }
        }
    }
}
