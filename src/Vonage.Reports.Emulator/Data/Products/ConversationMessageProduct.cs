namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>CONVERSATION-MESSAGE: messages sent inside conversations.</summary>
internal sealed class ConversationMessageProduct : SimpleProduct
{
    public override string Name => "CONVERSATION-MESSAGE";
    public override string TimeField => "creation_date";

    public override string[] Fields { get; } =
    [
        "application_id", "conversation_id", "client_ref", "creation_date", "from_channel", "from_member_id", "from_message_id",
        "from_user_id", "other_ids", "trace_id", "currency", "price", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("conversation_id");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["conversation_id"] = "CON-" + Values.AccountScopedUuid(ref s, "con", 400);
        r["client_ref"] = s.Rng.Chance(0.6) ? "" : "chat-" + s.Rng.Next(1, 20);
        r["creation_date"] = Values.Date(s.Time);
        r["from_channel"] = s.Rng.Pick(["app", "whatsapp", "sms", "messenger"]);
        r["from_member_id"] = "MEM-" + s.Rng.Uuid();
        r["from_message_id"] = s.Uuid;
        r["from_user_id"] = "USR-" + Values.AccountScopedUuid(ref s, "usr", 50);
        r["other_ids"] = "";
        r["trace_id"] = s.Rng.Hex(32);
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.0005m);
        r["total_price"] = Values.Price(0.0005m);
        r["id"] = s.Uuid;
    }
}
