using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using System.Text;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// Turns whatever SecretManagement's Get-Secret returns into a <see cref="VonageCredential"/>, keeping the
    /// secret a SecureString: PSCredential; Hashtable with ApiKey/ApiSecret (or api_key/api_secret) whose values
    /// are SecureString or string; SecureString or string "key:secret"; byte[] holding UTF-8 "key:secret".
    /// Errors name the secret and the shape, never the value.
    /// </summary>
    internal static class SecretConverter
    {
        private static readonly string[] KeyNames = { "ApiKey", "api_key" };
        private static readonly string[] SecretNames = { "ApiSecret", "api_secret" };

        public static VonageCredential Convert(object? value, string description, string target)
        {
            object? raw = value is PSObject ps ? ps.BaseObject : value;
            switch (raw)
            {
                case PSCredential credential:
                    return ConnectionResolver.FromPSCredential(credential, description);
                case IDictionary table:
                    return FromTable(table, description, target);
                case SecureString secure:
                    return FromPair(SecureText.TrySplit(secure, out var key, out var secret), key, secret, description, target);
                case string text:
                {
                    char[] chars = text.ToCharArray();
                    try { return FromPair(SecureText.TrySplit(chars, chars.Length, out var k, out var s), k, s, description, target); }
                    finally { Array.Clear(chars, 0, chars.Length); }
                }
                case byte[] bytes:
                    return FromBytes(bytes, description, target);
                case null:
                    throw Invalid("SecretEmpty", description + " is empty.", target);
                default:
                    throw Invalid("SecretShapeUnsupported", description + " is a " + raw.GetType().Name
                        + "; use a PSCredential (user name = API key), a Hashtable with ApiKey and ApiSecret, or a string 'key:secret'.", target);
            }
        }

        private static VonageCredential FromTable(IDictionary table, string description, string target)
        {
            object? keyValue = Find(table, KeyNames);
            object? secretValue = Find(table, SecretNames);
            if (keyValue == null || secretValue == null)
                throw Invalid("SecretShapeInvalid", description + " is a Hashtable without " + (keyValue == null ? "ApiKey (or api_key)" : "ApiSecret (or api_secret)")
                    + "; it needs both ApiKey and ApiSecret.", target);

            string key = keyValue switch
            {
                SecureString s => SecureText.ToPlainNonSecret(s),
                _ => System.Convert.ToString(keyValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            };
            SecureString secret = secretValue switch
            {
                SecureString s => s,
                string s => SecureText.FromString(s),
                _ => throw Invalid("SecretShapeInvalid", description + ": ApiSecret is a " + secretValue.GetType().Name + "; use a SecureString or string.", target),
            };
            return Create(key, secret, description, target);
        }

        private static object? Find(IDictionary table, string[] names)
        {
            foreach (DictionaryEntry entry in table)
            {
                if (!(entry.Key is string name)) continue;
                foreach (var wanted in names)
                    if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
                        return entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
            }
            return null;
        }

        private static VonageCredential FromBytes(byte[] bytes, string description, string target)
        {
            char[] chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            try
            {
                int length = Encoding.UTF8.GetChars(bytes, 0, bytes.Length, chars, 0);
                return FromPair(SecureText.TrySplit(chars, length, out var key, out var secret), key, secret, description, target);
            }
            finally { Array.Clear(chars, 0, chars.Length); }
        }

        private static VonageCredential FromPair(bool split, string key, SecureString secret, string description, string target)
        {
            if (!split)
                throw Invalid("SecretShapeInvalid", description + " is not in the form 'key:secret' (API key, a colon, then the API secret).", target);
            return Create(key, secret, description, target);
        }

        private static VonageCredential Create(string key, SecureString secret, string description, string target)
        {
            if (string.IsNullOrWhiteSpace(key) || secret.Length == 0)
                throw Invalid("SecretShapeInvalid", description + " has an empty " + (string.IsNullOrWhiteSpace(key) ? "API key" : "API secret") + ".", target);
            return new VonageCredential(key, secret);
        }

        private static VonageCredentialException Invalid(string errorId, string message, string target) =>
            new VonageCredentialException(errorId, message, ErrorCategory.InvalidData, target);
    }
}
