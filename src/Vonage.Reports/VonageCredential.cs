using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace Vonage.Reports
{
    /// <summary>
    /// An API key and its secret. The secret stays a <see cref="SecureString"/> until the moment an
    /// Authorization header is built, and never appears in ToString, logs or exceptions.
    /// </summary>
    public sealed class VonageCredential
    {
        private readonly SecureString _secret;

        public VonageCredential(string apiKey, SecureString apiSecret)
        {
            if (string.IsNullOrWhiteSpace(apiKey)) throw new ArgumentException("The API key is empty.", nameof(apiKey));
            if (apiSecret is null || apiSecret.Length == 0) throw new ArgumentException("The API secret is empty.", nameof(apiSecret));
            ApiKey = apiKey.Trim();
            _secret = apiSecret.Copy();
            _secret.MakeReadOnly();
        }

        /// <summary>The API key (also the default account id). Not a secret.</summary>
        public string ApiKey { get; }

        /// <summary>Builds a credential from a plain string secret (for callers that already hold one in memory).</summary>
        public static VonageCredential FromPlainText(string apiKey, string apiSecret)
        {
            if (apiSecret is null) throw new ArgumentNullException(nameof(apiSecret));
            var secure = new SecureString();
            foreach (char c in apiSecret) secure.AppendChar(c);
            return new VonageCredential(apiKey, secure);
        }

        /// <summary>The value of an HTTP Basic Authorization header ("Basic base64(key:secret)").</summary>
        internal string CreateBasicAuthorizationParameter()
        {
            IntPtr ptr = IntPtr.Zero;
            char[]? chars = null;
            byte[]? bytes = null;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(_secret);
                chars = new char[ApiKey.Length + 1 + _secret.Length];
                ApiKey.CopyTo(0, chars, 0, ApiKey.Length);
                chars[ApiKey.Length] = ':';
                Marshal.Copy(ptr, chars, ApiKey.Length + 1, _secret.Length);
                bytes = Encoding.UTF8.GetBytes(chars);
                return Convert.ToBase64String(bytes);
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
                if (chars != null) Array.Clear(chars, 0, chars.Length);
                if (bytes != null) Array.Clear(bytes, 0, bytes.Length);
            }
        }

        public override string ToString() => "VonageCredential(ApiKey=" + ApiKey + ")";
    }
}
