namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>CONVERSATION-EVENT (was CONVERSATIONS, and IP-VOICE-LEG before that). status and the 2.1 "type" are filter-only.</summary>
internal sealed class ConversationEventProduct : SimpleProduct
{
    public override string Name => "CONVERSATION-EVENT";
    public override string[] Aliases => ["CONVERSATIONS", "IP-VOICE-LEG"];
    public override string TimeField => "creation_date";
    protected override string[] Hidden => ["status", "type"];

    public override string[] Fields { get; } =
    [
        "account_id", "request_id", "application_id", "conversation_id", "user_id", "client_ref", "creation_date", "currency",
        "price", "total_price", "id", "status", "type",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("status", "conversation_id", "type");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        r["account_id"] = s.AccountId;
        r["request_id"] = s.Rng.Uuid();
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["conversation_id"] = "CON-" + Values.AccountScopedUuid(ref s, "con", 400);
        r["user_id"] = "USR-" + Values.AccountScopedUuid(ref s, "usr", 50);
        r["client_ref"] = s.Rng.Chance(0.6) ? "" : "app-" + s.Rng.Next(1, 20);
        r["creation_date"] = Values.Date(s.Time);
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.0001m);
        r["total_price"] = Values.Price(0.0001m);
        r["id"] = s.Uuid;
        r["status"] = s.Rng.Chance(0.97) ? "completed" : "failed";
        r["type"] = s.Rng.Chance(0.7) ? "ip-voice" : "cs-custom-event";
    }
}
