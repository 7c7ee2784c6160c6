using System.Management.Automation;
using Vonage.Reports.PowerShell.Credentials;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Shows this session's Connect-Vonage default: API key, account, API root and source, never the secret.</para>
    /// Writes nothing when the session is not connected.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VonageContext")]
    [OutputType(typeof(VonageContext))]
    public sealed class GetVonageContextCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var context = SessionContextStore.Get();
            if (context != null) WriteObject(context);
            else WriteVerbose("Not connected: cmdlets read the credential from -Credential, -SecretName or the environment (Connect-Vonage sets a default).");
        }
    }
}
