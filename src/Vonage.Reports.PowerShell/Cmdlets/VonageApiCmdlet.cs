using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// Base of the cmdlets that call the API. Each draws on one of the API's two rate budgets, the records endpoint
    /// (10 requests per second) or the report endpoints and downloads (5), and -RequestsPerSecond sets its own.
    /// Connect-Vonage, which calls nothing, sets both as session defaults instead.
    /// </summary>
    public abstract class VonageApiCmdlet : VonageCmdlet
    {
        /// <summary>
        /// Requests per second this command may send: on the records endpoint for Get-VonageRecord (default 10), on the
        /// report endpoints and downloads for the report cmdlets (default 5).
        /// </summary>
        [Parameter]
        [ValidateRange(0.01, 1000.0)]
        public double RequestsPerSecond { get; set; }

        /// <summary>True when the command reads the records endpoint; false for the report endpoints and downloads.</summary>
        protected virtual bool UsesRecordsEndpoint => false;

        internal sealed override double RecordRequestsPerSecondGiven => UsesRecordsEndpoint ? RequestsPerSecond : 0;

        internal sealed override double ReportRequestsPerSecondGiven => UsesRecordsEndpoint ? 0 : RequestsPerSecond;
    }
}
