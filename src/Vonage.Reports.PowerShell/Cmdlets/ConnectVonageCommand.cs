using System.Management.Automation;
using Vonage.Reports.PowerShell.Credentials;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Sets the Vonage credential, account and API root this session uses by default.</para>
    /// The credential comes from the usual chain (-Credential, -SecretName/-Vault, the current default, the
    /// environment). The default belongs to the current runspace only: another runspace in the same process
    /// (another Azure Automation job) never sees it.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Vonage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VonageContext))]
    public sealed class ConnectVonageCommand : VonageCmdlet
    {
        /// <summary>Write the new context to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Requests per second the session's Get-VonageRecord calls may send to the records endpoint. Default 10, the API's limit.</summary>
        [Parameter]
        [ValidateRange(0.01, 1000.0)]
        public double RecordRequestsPerSecond { get; set; }

        /// <summary>Requests per second the session's report cmdlets may send to the report endpoints and downloads. Default 5, the API's limit.</summary>
        [Parameter]
        [ValidateRange(0.01, 1000.0)]
        public double ReportRequestsPerSecond { get; set; }

        internal override double RecordRequestsPerSecondGiven => RecordRequestsPerSecond;

        internal override double ReportRequestsPerSecondGiven => ReportRequestsPerSecond;

        protected override void ProcessRecordCore()
        {
            var connection = Connection;
            var context = new VonageContext(connection, SecretName, string.IsNullOrEmpty(SecretName) ? null : Vault);
            if (!ShouldProcess(context.ToString(), "Use as the Vonage default of this session")) return;
            SessionContextStore.Set(context);
            WriteVerbose("Connected: " + context + ". Cmdlets given no -Credential or -SecretName use it until Disconnect-Vonage.");
            if (PassThru.IsPresent) WriteObject(context);
        }
    }
}
