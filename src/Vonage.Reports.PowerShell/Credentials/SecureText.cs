using System;
using System.Runtime.InteropServices;
using System.Security;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// SecureString work that never makes a managed string of the secret part: splitting "key:secret",
    /// reading a non-secret value (an API key) out of a SecureString, building one from chars.
    /// </summary>
    internal static class SecureText
    {
        /// <summary>Reads a whole SecureString as a string. Only for values that are not secret (an API key stored as SecureString by a vault).</summary>
        public static string ToPlainNonSecret(SecureString value)
        {
            IntPtr ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(ptr, value.Length);
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }

        /// <summary>Splits "key:secret" at the first ':'; the key becomes a string, the secret stays a SecureString.</summary>
        public static bool TrySplit(SecureString value, out string key, out SecureString secret)
        {
            key = string.Empty;
            secret = new SecureString();
            IntPtr ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(value);
                int length = value.Length, colon = -1;
                for (int i = 0; i < length; i++)
                    if (CharAt(ptr, i) == ':') { colon = i; break; }
                if (colon < 0) return false;
                key = Marshal.PtrToStringUni(ptr, colon);
                for (int i = colon + 1; i < length; i++) secret.AppendChar(CharAt(ptr, i));
                return true;
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }

        /// <summary>Splits "key:secret" held in a char buffer (which the caller clears).</summary>
        public static bool TrySplit(char[] chars, int length, out string key, out SecureString secret)
        {
            key = string.Empty;
            secret = new SecureString();
            int colon = Array.IndexOf(chars, ':', 0, length);
            if (colon < 0) return false;
            key = new string(chars, 0, colon);
            for (int i = colon + 1; i < length; i++) secret.AppendChar(chars[i]);
            return true;
        }

        public static SecureString FromString(string value)
        {
            var secure = new SecureString();
            foreach (char c in value) secure.AppendChar(c);
            return secure;
        }

        private static char CharAt(IntPtr ptr, int index) => (char)Marshal.ReadInt16(ptr, index * 2);
    }
}
