namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>IN-APP-VOICE: client SDK call legs (csv_conversations_ip_voice plus client_ref and id).</summary>
internal sealed class InAppVoiceProduct : SimpleProduct
{
    public override string Name => "IN-APP-VOICE";
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "account_id", "request_id", "application_id", "conversation_id", "user_id", "leg_id", "client_ref", "date_start",
        "date_end", "duration", "status", "currency", "price", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("status", "conversation_id", "leg_id");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var answered = s.Rng.Chance(0.9);
        var seconds = answered ? Values.CallSeconds(ref s) : 0;
        r["account_id"] = s.AccountId;
        r["request_id"] = s.Rng.Uuid();
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["conversation_id"] = "CON-" + Values.AccountScopedUuid(ref s, "con", 400);
        r["user_id"] = "USR-" + Values.AccountScopedUuid(ref s, "usr", 50);
        r["leg_id"] = s.Uuid;
        r["client_ref"] = s.Rng.Chance(0.5) ? "" : "app-" + s.Rng.Next(1, 20);
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddSeconds(seconds));
        r["duration"] = Values.Int(seconds);
        r["status"] = answered ? "completed" : s.Rng.Pick(["failed", "rejected", "unanswered"]);
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.0018m);
        r["total_price"] = Values.Price(Values.PerSecond(0.0018m, seconds));
        r["id"] = s.Uuid;
    }
}
