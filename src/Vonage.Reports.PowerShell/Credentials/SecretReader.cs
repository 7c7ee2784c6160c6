using System;
using System.Collections.ObjectModel;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// Reads -SecretName through SecretManagement's Get-Secret, found at run time (no build-time reference, so
    /// the module stays optional): -Name, -Vault when given, -ErrorAction Stop, never -AsPlainText. Every
    /// failure becomes one VonageCredentialException of ours; nothing falls through to another source.
    /// </summary>
    internal static class SecretReader
    {
        public const string ModuleName = "Microsoft.PowerShell.SecretManagement";
        private const string CommandName = ModuleName + "\\Get-Secret";

        public static VonageCredential Read(PSCmdlet cmdlet, string name, string? vault)
        {
            string description = Describe(name, vault);
            EnsureGetSecret();
            Collection<PSObject> results;
            using (var ps = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                ps.AddCommand(CommandName).AddParameter("Name", name);
                if (!string.IsNullOrEmpty(vault)) ps.AddParameter("Vault", vault);
                ps.AddParameter("ErrorAction", ActionPreference.Stop);
                try
                {
                    results = ps.Invoke();
                }
                catch (RuntimeException e)
                {
                    throw Failure(e.ErrorRecord, e, name, vault, description);
                }
                // SecretManagement warns, e.g., when no vault is registered; pass that on.
                foreach (var warning in ps.Streams.Warning) cmdlet.WriteWarning(warning.Message);
                if (results.Count == 0 && ps.Streams.Error.Count > 0)
                    throw Failure(ps.Streams.Error[0], ps.Streams.Error[0].Exception, name, vault, description);
            }
            if (results.Count == 0 || results[0] == null)
                throw NotFound(name, vault, description, null);
            return SecretConverter.Convert(results[0], description, name);
        }

        public static string Describe(string name, string? vault) =>
            "The secret '" + name + "'" + (string.IsNullOrEmpty(vault) ? string.Empty : " in vault '" + vault + "'");

        /// <summary>
        /// Makes sure Get-Secret can be called. Lookup and calls run in a nested pipeline of the current runspace,
        /// so the module loads into the session the way a user's own Get-Secret call would load it.
        /// </summary>
        private static void EnsureGetSecret()
        {
            if (IsAvailable()) return;

            // Not loaded and not auto-loaded (e.g. $PSModuleAutoLoadingPreference = 'None'): import it globally, then look again.
            string? importError = null;
            using (var ps = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                ps.AddCommand("Microsoft.PowerShell.Core\\Import-Module").AddParameter("Name", ModuleName).AddParameter("Global")
                    .AddParameter("ErrorAction", ActionPreference.Stop);
                try { ps.Invoke(); }
                catch (RuntimeException e) { importError = (e.ErrorRecord?.Exception ?? e).Message; }
            }
            if (IsAvailable()) return;

            throw new VonageCredentialException("SecretManagementNotInstalled",
                "-SecretName reads secrets through the " + ModuleName + " module, which is not installed or could not be loaded"
                + (importError != null ? " (" + importError.TrimEnd('.') + ")" : string.Empty)
                + ". Install it and a vault, e.g.: Install-PSResource -Name " + ModuleName + ", Microsoft.PowerShell.SecretStore"
                + " (Windows PowerShell 5.1: Install-Module -Name " + ModuleName + "), then Register-SecretVault."
                + " Or pass -Credential, or set VONAGE_API_KEY and VONAGE_API_SECRET.",
                ErrorCategory.NotInstalled, ModuleName);
        }

        private static bool IsAvailable()
        {
            using var ps = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
            ps.AddCommand("Microsoft.PowerShell.Core\\Get-Command").AddParameter("Name", CommandName)
                .AddParameter("CommandType", CommandTypes.Cmdlet | CommandTypes.Function).AddParameter("ErrorAction", ActionPreference.Ignore);
            try { return ps.Invoke().Count > 0; }
            catch (RuntimeException) { return false; }
        }

        private static VonageCredentialException Failure(ErrorRecord? record, Exception exception, string name, string? vault, string description)
        {
            string id = record?.FullyQualifiedErrorId ?? string.Empty;
            int comma = id.IndexOf(',');
            if (comma >= 0) id = id.Substring(0, comma);
            var inner = record?.Exception ?? exception;
            switch (id)
            {
                case "GetSecretNotFound":
                    return NotFound(name, vault, description, inner);
                case "GetSecretVaultNotFound":
                    return new VonageCredentialException("SecretVaultNotFound",
                        "The vault '" + vault + "' is not registered with SecretManagement (Get-SecretVault lists the vaults), so the secret '" + name
                        + "' could not be read.", ErrorCategory.ObjectNotFound, vault ?? name, inner);
                default:
                    return new VonageCredentialException("SecretReadFailed",
                        description + " could not be read: " + inner.Message.TrimEnd('.') + ". If the vault is locked, unlock it first"
                        + " (Unlock-SecretVault, or configure the vault for non-interactive use); no other credential source was tried.",
                        record?.CategoryInfo.Category ?? ErrorCategory.ReadError, name, inner);
            }
        }

        private static VonageCredentialException NotFound(string name, string? vault, string description, Exception? inner) =>
            new VonageCredentialException("SecretNotFound",
                description + " was not found" + (string.IsNullOrEmpty(vault) ? " in the default vault or any registered vault" : string.Empty)
                + ". Get-SecretInfo lists the secrets; no other credential source was tried.",
                ErrorCategory.ObjectNotFound, name, inner);
    }
}
