using System;
using System.Globalization;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>What the user typed for an argument that PowerShell read as a number.</summary>
    internal static class ArgumentText
    {
        /// <summary>
        /// The literal text of a number typed as a command argument, when it differs from the number: PowerShell reads
        /// an unquoted 3d as the decimal 3 and 90s as the short 90, and keeps what was typed in the wrapping PSObject
        /// (its ToString). Null for anything else (a quoted string, a variable's number, a TimeSpan).
        /// </summary>
        public static string? TypedNumber(object? inputData)
        {
            if (!(inputData is PSObject ps) || !IsNumber(ps.BaseObject)) return null;
            string typed = ps.ToString();
            string plain = Convert.ToString(ps.BaseObject, CultureInfo.InvariantCulture) ?? string.Empty;
            return typed == plain ? null : typed;
        }

        private static bool IsNumber(object value) =>
            value is int || value is long || value is short || value is byte || value is sbyte || value is ushort || value is uint
            || value is ulong || value is decimal || value is double || value is float || value is System.Numerics.BigInteger;
    }
}
