using System.Globalization;

namespace Vonage.Reports.Emulator.Data;

/// <summary>A mobile network as the reports show it: MCC/MNC code, operator name, ISO country, E.164 shape, rates.</summary>
internal sealed record MobileNetwork(
    string Code, string Name, string Country, string CountryName, string NumberPrefix, int NumberLength,
    decimal SmsPrice, decimal VoicePricePerMinute, double Weight);

/// <summary>Real-world networks, countries and typical prices the generated records draw from.</summary>
internal static class ReferenceData
{
    public static readonly MobileNetwork[] Networks =
    [
        new("23410", "Telefonica UK Limited", "GB", "United Kingdom", "4477", 12, 0.0333m, 0.0139m, 9),
        new("23415", "Vodafone Limited", "GB", "United Kingdom", "4479", 12, 0.0333m, 0.0139m, 8),
        new("23430", "EE Limited", "GB", "United Kingdom", "4475", 12, 0.0333m, 0.0139m, 8),
        new("23420", "Hutchison 3G UK Ltd", "GB", "United Kingdom", "4478", 12, 0.0333m, 0.0139m, 5),
        new("310260", "T-Mobile USA, Inc.", "US", "United States of America", "1206", 11, 0.00809m, 0.0127m, 9),
        new("310410", "AT&T Mobility", "US", "United States of America", "1214", 11, 0.00809m, 0.0127m, 8),
        new("311480", "Verizon Wireless", "US", "United States of America", "1917", 11, 0.00809m, 0.0127m, 8),
        new("26201", "Telekom Deutschland GmbH", "DE", "Germany", "49151", 13, 0.0727m, 0.0396m, 5),
        new("26202", "Vodafone GmbH", "DE", "Germany", "49172", 13, 0.0727m, 0.0396m, 4),
        new("26203", "Telefonica Germany GmbH & Co. oHG", "DE", "Germany", "49176", 13, 0.0727m, 0.0396m, 3),
        new("20801", "Orange France", "FR", "France", "336", 11, 0.0735m, 0.0412m, 4),
        new("20810", "SFR", "FR", "France", "337", 11, 0.0735m, 0.0412m, 3),
        new("26003", "Orange Polska S.A.", "PL", "Poland", "4850", 11, 0.036m, 0.0298m, 2),
        new("21401", "Vodafone Espana, S.A.U.", "ES", "Spain", "346", 11, 0.0691m, 0.0354m, 3),
        new("22201", "Telecom Italia S.p.A (TIM)", "IT", "Italy", "39333", 12, 0.0812m, 0.0389m, 3),
        new("20404", "Vodafone Libertel B.V.", "NL", "Netherlands", "316", 11, 0.0895m, 0.0421m, 2),
        new("50501", "Telstra Corporation Ltd.", "AU", "Australia", "614", 11, 0.0524m, 0.0431m, 2),
        new("72406", "Vivo S.A.", "BR", "Brazil", "55119", 13, 0.0241m, 0.0302m, 2),
        new("44010", "NTT DOCOMO, INC.", "JP", "Japan", "8190", 12, 0.0747m, 0.0904m, 1),
        new("65501", "Vodacom (Pty) Ltd", "ZA", "South Africa", "2782", 11, 0.0212m, 0.0575m, 1),
        new("40445", "Bharti Airtel Ltd", "IN", "India", "9198", 12, 0.0028m, 0.0159m, 2),
        new("302720", "Rogers Communications Canada Inc.", "CA", "Canada", "1416", 11, 0.00749m, 0.0121m, 2),
    ];

    private static readonly double[] NetworkWeights = Networks.Select(n => n.Weight).ToArray();

    public static MobileNetwork PickNetwork(ref Rng rng) => Networks[rng.Weighted(NetworkWeights)];

    /// <summary>How many distinct counterpart numbers an account talks to per network (small enough that filters hit).</summary>
    public const int NumberPoolSize = 200;

    /// <summary>The n-th E.164 number (digits only, as the reports print them) of an account on a network.</summary>
    public static string PoolNumber(ulong accountKey, MobileNetwork network, int index)
    {
        var rng = new Rng(Hashing.Combine(accountKey ^ Hashing.Of(network.Code), (ulong)index));
        return network.NumberPrefix + rng.Digits(network.NumberLength - network.NumberPrefix.Length);
    }

    /// <summary>The account's own virtual numbers (senders of outbound calls, receivers of inbound traffic).</summary>
    public static string VirtualNumber(ulong accountKey, int index) =>
        PoolNumber(accountKey ^ 0xF00DUL, Networks[index % 3 == 0 ? 0 : index % 3 == 1 ? 4 : 7], index);

    public static readonly string[] AlphaSenders = ["Vonage APIs", "ACME", "MyShop", "INFO", "Alerts", "BankCo"];

    public static readonly string[] Locales = ["en-gb", "en-us", "de-de", "fr-fr", "es-es", "it-it", "pl-pl", "pt-br", "ja-jp"];

    public static readonly string[] FirstNames = ["Olivia", "Liam", "Emma", "Noah", "Sophie", "Jan", "Zoë", "Mateo", "Amélie", "Yuki"];

    public static readonly string[] LastNames = ["Smith", "Jones", "Müller", "Martin", "Kowalski", "García", "Rossi", "O'Brien", "Dubois", "Tanaka"];

    /// <summary>Message bodies that exercise CSV quoting: commas, double quotes, a line break, non-ASCII text.</summary>
    public static readonly Func<string, string, string>[] MessageTemplates =
    [
        (code, _) => "Your verification code is " + code,
        (code, name) => "Hi " + name + ", your order #" + code + " has shipped.",
        (_, _) => "Reminder: appointment on Friday, reply \"YES\" to confirm or \"NO\" to cancel",
        (_, name) => "Café crème à 2,50 € — merci " + name + "!",
        (code, _) => "Sale, sale, sale! 20% off today only. Code " + code,
        (code, _) => "Line one of your alert\nLine two: ref " + code,
        (code, _) => "Your parcel " + code + " is out for delivery",
    ];

    /// <summary>Prices print as the API does: 8 decimals, and a plain "0" for free items.</summary>
    public static string Price(decimal value)
    {
        if (value == 0) return "0";
        var units = (long)decimal.Round(value * 100_000_000m);
        var negative = units < 0;
        units = Math.Abs(units);
        var whole = (units / 100_000_000).ToString(CultureInfo.InvariantCulture);
        var fraction = units % 100_000_000;
        return string.Create(whole.Length + 9 + (negative ? 1 : 0), (whole, fraction, negative), static (span, v) =>
        {
            var at = 0;
            if (v.negative) span[at++] = '-';
            v.whole.AsSpan().CopyTo(span[at..]);
            at += v.whole.Length;
            span[at++] = '.';
            var f = v.fraction;
            for (var i = span.Length - 1; i >= at; i--) { span[i] = (char)('0' + f % 10); f /= 10; }
        });
    }

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
