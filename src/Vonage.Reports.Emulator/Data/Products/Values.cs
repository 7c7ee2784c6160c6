using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>Small value makers shared by the products.</summary>
internal static class Values
{
    public static string Date(DateTime utc) => ApiDates.Format(utc);

    public static string Price(decimal value) => ReferenceData.Price(value);

    public static string Int(long value) => ReferenceData.Int(value);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A counterpart number on a network, from the account's small pool (so "to"/"from" filters find repeats).</summary>
    public static string Number(ref RecordSeed s, MobileNetwork network) =>
        ReferenceData.PoolNumber(s.AccountKey, network, s.Rng.Next(ReferenceData.NumberPoolSize));

    public static string VirtualNumber(ref RecordSeed s) => ReferenceData.VirtualNumber(s.AccountKey, s.Rng.Next(3));

    /// <summary>An application/session id that repeats across records of the account (there are few apps).</summary>
    public static string AccountScopedUuid(ref RecordSeed s, string salt, int poolSize) =>
        RecordIds.FormatUuid(Hashing.Combine(s.AccountKey, Hashing.Of(salt)), (ulong)s.Rng.Next(poolSize) * 0x9E3779B97F4A7C15UL ^ s.AccountKey);

    private static readonly string[] Tiers = ["0-100K", "100K-1M", "1M-5M"];

    public static string TierVolume(ref RecordSeed s) => s.Rng.Pick(Tiers);

    public static string MessageBody(ref RecordSeed s)
    {
        var template = s.Rng.Pick(ReferenceData.MessageTemplates);
        return template(s.Rng.Digits(6), s.Rng.Pick(ReferenceData.FirstNames));
    }

    /// <summary>A call's duration in seconds: mostly short, a few long.</summary>
    public static int CallSeconds(ref RecordSeed s) => s.Rng.Chance(0.1) ? s.Rng.Next(300, 3600) : s.Rng.Next(5, 300);

    /// <summary>Per-minute rate billed per second, rounded to 8 decimals as the API prints it.</summary>
    public static decimal PerSecond(decimal perMinute, int seconds) => decimal.Round(perMinute * seconds / 60m, 8);
}
