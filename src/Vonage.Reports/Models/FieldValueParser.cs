using System;
using System.Globalization;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// Turns the API's field text into .NET values. The API sends almost everything as strings ("1366",
    /// "0.03330000", "2020-06-01T15:08:10+0000"), so one set of parsers serves JSON and CSV alike.
    /// Each returns false when the text is present but not of the type; empty text is a null value.
    /// </summary>
    internal static class FieldValueParser
    {
        private static readonly string[] DateFormats =
        {
            "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        };

        public static bool TryDate(string text, out DateTimeOffset? value)
        {
            value = null;
            // "+0000" (older API answers) -> "+00:00" so one format list covers both.
            int n = text.Length;
            if (n > 5 && (text[n - 5] == '+' || text[n - 5] == '-') && IsDigits(text, n - 4, 4) && text.IndexOf('T') > 0)
                text = text.Substring(0, n - 2) + ":" + text.Substring(n - 2);
            if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                value = parsed;
                return true;
            }
            return false;
        }

        public static bool TryDecimal(string text, out decimal? value)
        {
            value = null;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) { value = d; return true; }
            return false;
        }

        public static bool TryInt32(string text, out int? value)
        {
            value = null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) { value = i; return true; }
            // Some numeric fields arrive as "42.0".
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue)
            {
                value = (int)d;
                return true;
            }
            return false;
        }

        public static bool TryInt64(string text, out long? value)
        {
            value = null;
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) { value = l; return true; }
            return false;
        }

        public static bool TryBoolean(string text, out bool? value)
        {
            value = null;
            switch (text.Trim().ToLowerInvariant())
            {
                case "true": case "1": case "yes": case "y": value = true; return true;
                case "false": case "0": case "no": case "n": value = false; return true;
                default: return false;
            }
        }

        private static bool IsDigits(string s, int start, int count)
        {
            for (int i = start; i < start + count; i++) if (s[i] < '0' || s[i] > '9') return false;
            return true;
        }
    }
}
