using System;
using System.Globalization;

namespace Vonage.Reports.Queries
{
    /// <summary>Dates as the API takes them: ISO-8601 in UTC with a 'Z' (a '+' would need encoding; 'Z' needs none).</summary>
    public static class ApiDate
    {
        public static string Format(DateTimeOffset value) =>
            value.ToUniversalTime().ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>Parses user text: ISO-8601 with Z or an offset (±hh:mm or ±hhmm); text without an offset is UTC.</summary>
        public static bool TryParse(string? text, out DateTimeOffset value)
        {
            value = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            if (Models.FieldValueParser.TryDate(text!.Trim(), out var parsed) && parsed.HasValue) { value = parsed.Value; return true; }
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }
    }
}
