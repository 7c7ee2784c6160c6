using System.Management.Automation;
using Vonage.Reports.PowerShell.Credentials;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Forgets this session's Connect-Vonage default.</para>
    /// Afterwards cmdlets read the credential from -Credential, -SecretName or the environment again.
    /// Doing it when not connected is not an error, so a runbook can call it in a finally block.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Vonage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(VonageContext))]
    public sealed class DisconnectVonageCommand : PSCmdlet
    {
        /// <summary>Write the context that was removed to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var context = SessionContextStore.Get();
            if (context == null)
            {
                WriteVerbose("Not connected: there is no Connect-Vonage default in this session.");
                return;
            }
            if (!ShouldProcess(context.ToString(), "Forget the Vonage default of this session")) return;
            SessionContextStore.Set(null);
            WriteVerbose("Disconnected: " + context + ".");
            if (PassThru.IsPresent) WriteObject(context);
        }
    }
}
