using System;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell
{
    /// <summary>No usable credential could be found, or a named source (secret, vault, context) failed. Never carries a secret.</summary>
    public sealed class VonageCredentialException : Exception
    {
        public VonageCredentialException(string errorId, string message, ErrorCategory category, object? target, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
            Target = target;
        }

        public string ErrorId { get; }
        public ErrorCategory Category { get; }
        public object? Target { get; }
    }
}
