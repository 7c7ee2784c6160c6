namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>MESSAGES: multi-channel messages; direction required; the CSV header matches the real 2025 file.</summary>
internal sealed class MessagesProduct : ProductDefinition
{
    public override string Name => "MESSAGES";
    public override DirectionRule DirectionRule => DirectionRule.Required;
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "account_id", "message_id", "client_ref", "direction", "from", "to", "message_body", "country", "country_name",
        "provider", "network", "network_name", "session_type", "session_id", "date_received", "date_finalized", "latency",
        "status", "error_code", "currency", "estimated_price", "total_price", "pricing_model", "pricing_type",
        "provider_error_code", "tier_volume", "workflow_id", "workflow_items_number", "workflow_items_total", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = SmsProduct.Same("status", "from", "to", "country", "provider");

    public override string[] StatusValues => ["delivered", "read", "rejected", "submitted", "undeliverable"];

    public override string[] Switches => ["include_message"];

    protected override string[] JsonFields(Direction direction) => direction == Direction.Inbound
        ? ["account_id", "message_id", "direction", "from", "to", "message_body", "provider", "network", "network_name",
           "date_received", "currency", "total_price", "tier_volume", "id"]
        : Fields;

    // Outbound: the real header of a 2025 file (message_body after "to" when asked for). Inbound: csv_messages_inbound, id last.
    protected override string[] CsvColumns(Direction direction) => direction == Direction.Inbound
        ? ["account_id", "message_id", "direction", "from", "to", "message_body", "provider", "date_received", "currency", "total_price", "id"]
        : ["account_id", "message_id", "client_ref", "direction", "from", "to", "message_body", "country", "country_name",
           "provider", "network", "network_name", "session_type", "session_id", "date_received", "date_finalized", "latency",
           "status", "error_code", "currency", "estimated_price", "total_price", "id"];

    private static readonly string[] Providers = ["whatsapp", "sms", "mms", "messenger", "viber_service_msg", "instagram", "rcs"];
    private static readonly double[] ProviderWeights = [45, 25, 3, 8, 5, 4, 10];

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var provider = Providers[s.Rng.Weighted(ProviderWeights)];
        var outbound = s.Direction == Direction.Outbound;
        var counterpart = provider is "messenger" or "instagram" ? s.Rng.Digits(16) : Values.Number(ref s, network);
        var own = Values.VirtualNumber(ref s);
        var status = outbound ? s.Rng.Pick(["delivered", "delivered", "read", "read", "submitted", "rejected", "undeliverable"]) : "delivered";
        var latency = s.Rng.Next(150, 3000);
        var price = provider switch { "sms" => network.SmsPrice, "mms" => 0.0395m, "whatsapp" => 0.0147m, _ => 0.005m };
        r["account_id"] = s.AccountId;
        r["message_id"] = s.Uuid;
        r["client_ref"] = outbound && s.Rng.Chance(0.4) ? "campaign-" + s.Rng.Next(1, 12) : "";
        r["direction"] = s.Direction.ToApi();
        r["from"] = outbound ? own : counterpart;
        r["to"] = outbound ? counterpart : own;
        r["message_body"] = Values.MessageBody(ref s);
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["provider"] = provider;
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["session_type"] = provider == "whatsapp" ? s.Rng.Pick(["marketing", "utility", "service", "authentication"]) : "";
        r["session_id"] = provider == "whatsapp" ? s.Rng.Hex(32) : "";
        r["date_received"] = Values.Date(s.Time);
        r["date_finalized"] = status == "submitted" ? null : Values.Date(s.Time.AddMilliseconds(latency));
        r["latency"] = Values.Int(latency);
        r["status"] = status;
        r["error_code"] = status is "rejected" or "undeliverable" ? s.Rng.Pick(["1300", "1320", "1360"]) : "";
        r["currency"] = "EUR";
        r["estimated_price"] = Values.Price(price);
        r["total_price"] = Values.Price(outbound && status != "rejected" ? price : 0);
        r["pricing_model"] = provider == "whatsapp" ? "conversation" : "message";
        r["pricing_type"] = "standard";
        r["provider_error_code"] = "";
        r["tier_volume"] = Values.TierVolume(ref s);
        r["workflow_id"] = "";
        r["workflow_items_number"] = "";
        r["workflow_items_total"] = "";
        r["id"] = s.Uuid;
    }
}
