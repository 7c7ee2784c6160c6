using System.Globalization;
using System.Text.RegularExpressions;

namespace Vonage.Reports.Emulator.Time;

/// <summary>Dates as the API takes and prints them.</summary>
internal static partial class ApiDates
{
    // yyyy-mm-ddThh:mm:ss[.sss](Z|±hh:mm|±hhmm): the forms the docs show. A '+' that arrived unencoded is a space
    // by now and fails, as it does on the real API.
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^CURRENT_TIME(?:-(\d{1,6})([MHD]))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativePattern();

    public const string FormatHint = "Use ISO-8601: yyyy-mm-ddThh:mm:ss[.sss]Z, ±hh:mm or ±hhmm, or CURRENT_TIME-<n>M|H|D";

    /// <summary>Parses an absolute date or a relative CURRENT_TIME-5M|H|D expression against <paramref name="now"/>.</summary>
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset value, bool allowRelative = true)
    {
        value = default;
        if (string.IsNullOrEmpty(text)) return false;
        var relative = RelativePattern().Match(text);
        if (relative.Success)
        {
            if (!allowRelative) return false;
            if (!relative.Groups[1].Success) { value = now; return true; }
            var amount = int.Parse(relative.Groups[1].Value, CultureInfo.InvariantCulture);
            value = char.ToUpperInvariant(relative.Groups[2].Value[0]) switch
            {
                'M' => now.AddMinutes(-amount),
                'H' => now.AddHours(-amount),
                _ => now.AddDays(-amount),
            };
            return true;
        }

        var m = IsoPattern().Match(text);
        if (!m.Success) return false;
        var normalized = text;
        var zone = m.Groups[8].Value;
        if (zone.Length == 5) normalized = text[..^5] + zone[..3] + ":" + zone[3..];
        if (!DateTimeOffset.TryParseExact(normalized, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value))
        {
            // More than 7 fraction digits: .NET stops at ticks, so drop the rest.
            var fraction = m.Groups[7].Value;
            if (fraction.Length <= 8) return false;
            return TryParse(text.Replace(fraction, fraction[..8]), now, out value, allowRelative);
        }
        value = value.ToUniversalTime();
        return true;
    }

    /// <summary>Formats as the API does today: 2025-04-01T23:55:06+00:00 (UTC, whole seconds).</summary>
    public static string Format(DateTimeOffset value) => Format(value.UtcDateTime);

    public static string Format(DateTime utc) =>
        string.Create(25, utc, static (span, t) =>
        {
            Write4(span, 0, t.Year); span[4] = '-'; Write2(span, 5, t.Month); span[7] = '-'; Write2(span, 8, t.Day);
            span[10] = 'T'; Write2(span, 11, t.Hour); span[13] = ':'; Write2(span, 14, t.Minute); span[16] = ':';
            Write2(span, 17, t.Second); "+00:00".AsSpan().CopyTo(span[19..]);
        });

    private static void Write2(Span<char> s, int at, int v) { s[at] = (char)('0' + v / 10); s[at + 1] = (char)('0' + v % 10); }

    private static void Write4(Span<char> s, int at, int v) { Write2(s, at, v / 100); Write2(s, at + 2, v % 100); }
}
