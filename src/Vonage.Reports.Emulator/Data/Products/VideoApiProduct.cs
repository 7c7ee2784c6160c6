namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VIDEO-API: per-feature video usage (subscribed minutes, archiving, broadcast, …).</summary>
internal sealed class VideoApiProduct : SimpleProduct
{
    public override string Name => "VIDEO-API";
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "application_id", "session_id", "meeting_id", "archive_id", "broadcast_id", "composer_id", "hls_id", "subscriber_id",
        "feature_name", "date_start", "date_end", "duration", "tier_volume", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("session_id", "meeting_id");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var feature = s.Rng.Pick(["subscribed_minutes", "subscribed_minutes", "subscribed_minutes", "archiving", "broadcast", "experience_composer", "hls"]);
        var minutes = s.Rng.Next(1, 90);
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["session_id"] = "2_MX4" + s.Rng.Hex(40);
        r["meeting_id"] = s.Rng.Chance(0.3) ? Values.AccountScopedUuid(ref s, "meeting", 100) : "";
        r["archive_id"] = feature == "archiving" ? s.Rng.Uuid() : "";
        r["broadcast_id"] = feature == "broadcast" ? s.Rng.Uuid() : "";
        r["composer_id"] = feature == "experience_composer" ? s.Rng.Uuid() : "";
        r["hls_id"] = feature == "hls" ? s.Rng.Uuid() : "";
        r["subscriber_id"] = feature == "subscribed_minutes" ? s.Rng.Uuid() : "";
        r["feature_name"] = feature;
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddMinutes(minutes));
        r["duration"] = Values.Int(minutes * 60);
        r["tier_volume"] = Values.TierVolume(ref s);
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(0.00395m * minutes);
        r["id"] = s.Uuid;
    }
}
