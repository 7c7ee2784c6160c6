namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VERIFY-V2: multi-channel verification requests.</summary>
internal sealed class VerifyV2Product : SimpleProduct
{
    public override string Name => "VERIFY-V2";
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "request_id", "parent_request_id", "channel", "client_ref", "to", "locale", "country", "network", "network_name",
        "date_received", "status", "pin_length", "if_fraud_check", "sms_event_count", "tts_event_count", "email_event_count",
        "whatsapp_event_count", "silentauth_event_count", "rcs_event_count", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } =
        Same("status", "to", "country", "network", "locale", "channel", "parent_request_id");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var channel = s.Rng.Pick(["sms", "sms", "whatsapp", "voice", "email", "silent_auth"]);
        var status = s.Rng.Pick(["completed", "completed", "completed", "failed", "expired", "user_rejected"]);
        r["request_id"] = s.Uuid;
        r["parent_request_id"] = s.Rng.Chance(0.8) ? s.Uuid : Values.AccountScopedUuid(ref s, "parent", 1000);
        r["channel"] = channel;
        r["client_ref"] = s.Rng.Chance(0.5) ? "" : "login-" + s.Rng.Next(1, 30);
        r["to"] = channel == "email" ? $"user{s.Rng.Next(1, 500)}@example.com" : Values.Number(ref s, network);
        r["locale"] = s.Rng.Pick(ReferenceData.Locales);
        r["country"] = network.Country;
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["date_received"] = Values.Date(s.Time);
        r["status"] = status;
        r["pin_length"] = Values.Int(s.Rng.Pick([4, 6, 8]));
        r["if_fraud_check"] = s.Rng.Chance(0.9) ? "true" : "false";
        r["sms_event_count"] = Values.Int(channel == "sms" ? 1 : 0);
        r["tts_event_count"] = Values.Int(channel == "voice" ? 1 : 0);
        r["email_event_count"] = Values.Int(channel == "email" ? 1 : 0);
        r["whatsapp_event_count"] = Values.Int(channel == "whatsapp" ? 1 : 0);
        r["silentauth_event_count"] = Values.Int(channel == "silent_auth" ? 1 : 0);
        r["rcs_event_count"] = "0";
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(status == "completed" ? 0.058m : 0m);
        r["id"] = s.Uuid;
    }
}
