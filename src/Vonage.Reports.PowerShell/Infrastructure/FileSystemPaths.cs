using System;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>Literal paths as PowerShell users give them: relative to the current location, and file system only.</summary>
    internal static class FileSystemPaths
    {
        /// <summary>
        /// The file-system path of <paramref name="literal"/> (not required to exist). Another provider's path (Env:\X,
        /// HKLM:\...) gets the NotAFileSystemPath error: resolved as text it would land relative to the process's
        /// working folder, not the session's location.
        /// </summary>
        public static bool TryResolveLiteral(PSCmdlet cmdlet, string literal, out string path, out ErrorRecord? error)
        {
            path = string.Empty;
            error = null;
            string resolved;
            ProviderInfo provider;
            try { resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(literal, out provider, out _); }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is ProviderNotFoundException || e is DriveNotFoundException)
            {
                error = new ErrorRecord(new ArgumentException("'" + literal + "' is not a valid path: " + e.Message, e), "InvalidPath", ErrorCategory.InvalidArgument, literal);
                return false;
            }
            if (provider.Name != "FileSystem")
            {
                error = new ErrorRecord(new ArgumentException("'" + literal + "' is not a file system path (it belongs to the " + provider.Name + " provider)."),
                    "NotAFileSystemPath", ErrorCategory.InvalidArgument, literal);
                return false;
            }
            path = resolved;
            return true;
        }
    }
}
