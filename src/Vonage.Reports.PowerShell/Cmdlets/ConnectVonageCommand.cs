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
