using System;
using System.Globalization;

namespace Vonage.Reports.Queries
{
    /// <summary>Dates as the API takes them: ISO-8601 in UTC with a 'Z' (a '+' would need encoding; 'Z' needs none).</summary>
    public static class ApiDate
    {
        /// <summary>
        /// The dates a query may name. Far wider than the API keeps (13 months), only so that the arithmetic on them
        /// (windows, default ranges, 13-month checks) cannot leave DateTime's range and fail without saying why.
        /// </summary>
        public static readonly DateTimeOffset Earliest = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset Latest = new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Throws DateOutOfRange (naming the parameter and its value) for a date outside Earliest..Latest.</summary>
        public static void EnsureInRange(DateTimeOffset? value, string parameterName)
        {
            if (!value.HasValue || (value.Value >= Earliest && value.Value <= Latest)) return;
            throw new VonageValidationException("DateOutOfRange", parameterName + " (" + value.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)
                + ") is outside the dates a query can name, " + Format(Earliest) + " .. " + Format(Latest) + ". The API keeps 13 months of records.", parameterName, value.Value);
        }

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
