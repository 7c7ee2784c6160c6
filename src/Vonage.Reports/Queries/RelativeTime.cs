using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Vonage.Reports.Queries
{
    /// <summary>Parses "90m", "2h", "3d" (and the API's own "CURRENT_TIME-2H") into a span, and formats the API's relative form.</summary>
    public static class RelativeTime
    {
        private static readonly Regex Pattern = new Regex(@"^\s*(?:CURRENT_TIME-)?(\d{1,6})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static bool TryParse(string? text, out TimeSpan span)
        {
            span = TimeSpan.Zero;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var match = Pattern.Match(text);
            if (!match.Success) return false;
            int amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (amount <= 0) return false;
            char unit = char.ToLowerInvariant(match.Groups[2].Value[0]);
            span = unit == 'm' ? TimeSpan.FromMinutes(amount) : unit == 'h' ? TimeSpan.FromHours(amount) : TimeSpan.FromDays(amount);
            return true;
        }

        /// <summary>The API's CURRENT_TIME-nU form, in the largest whole unit.</summary>
        public static string ToApiForm(TimeSpan span)
        {
            if (span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays)) return "CURRENT_TIME-" + (int)span.TotalDays + "D";
            if (span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours)) return "CURRENT_TIME-" + (int)span.TotalHours + "H";
            return "CURRENT_TIME-" + (int)Math.Ceiling(span.TotalMinutes) + "M";
        }
    }
}
