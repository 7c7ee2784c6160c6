namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>SMS: direction required; message_id is the 16-hex SMS id, id the record UUID.</summary>
internal sealed class SmsProduct : ProductDefinition
{
    public override string Name => "SMS";
    public override DirectionRule DirectionRule => DirectionRule.Required;
    public override string TimeField => "date_received";

    // Sync JSON order of the newest reference (003), then the newest SDK additions; gateway fields are filter-only.
    public override string[] Fields { get; } =
    [
        "account_id", "message_id", "account_ref", "client_ref", "direction", "from", "to", "forced_from", "changed_from",
        "concatenated", "message_body", "network", "network_name", "country", "country_name", "date_received",
        "date_finalized", "latency", "status", "error_code", "error_code_description", "currency", "total_price", "price",
        "id", "dcs", "validity_period", "ip_address", "udh", "workflow_id", "tier_volume", "gateway", "gateway_id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same(
        "status", "from", "to", "country", "network", "client_ref", "account_ref", "gateway", "gateway_id");

    public override string[] StatusValues => ["delivered", "expired", "accepted", "deleted", "unknown", "submitted", "failed", "rejected", "buffered"];

    public override string[] Switches => ["include_message", "show_concatenated"];

    protected override string[] JsonFields(Direction direction) => direction == Direction.Inbound
        ? ["account_id", "message_id", "direction", "from", "to", "message_body", "network", "network_name", "country",
           "country_name", "date_received", "currency", "total_price", "tier_volume", "id"]
        : Fields[..^2];

    // api-facts 11: the spec's csv_sms_* order, id last (as in the real MESSAGES header).
    protected override string[] CsvColumns(Direction direction) => direction == Direction.Inbound
        ? ["account_id", "message_id", "direction", "from", "to", "message_body", "network", "network_name", "country",
           "country_name", "date_received", "currency", "total_price", "id"]
        : ["account_id", "message_id", "client_ref", "concatenated", "direction", "from", "to", "message_body", "network",
           "network_name", "country", "country_name", "date_received", "date_finalized", "latency", "status", "error_code",
           "error_code_description", "currency", "total_price", "id"];

    private static readonly string[] Gateways = ["gw-eu-1", "gw-eu-2", "gw-us-1"];
    private static readonly (string, string)[] FailedErrors = [("8", "Network Error"), ("12", "Destination Unreachable"), ("99", "General Error")];
    private static readonly (string, string)[] RejectedErrors = [("6", "Anti-Spam Rejection"), ("9", "Illegal Number"), ("14", "Number Blocked by Carrier")];
    private static readonly string[] Statuses = ["delivered", "expired", "failed", "rejected", "accepted", "buffered", "unknown", "deleted", "submitted"];
    private static readonly double[] StatusWeights = [86, 2, 4, 2, 2.5, 1, 1, 0.5, 1];

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var outbound = s.Direction == Direction.Outbound;
        var counterpart = Values.Number(ref s, network);
        var own = Values.VirtualNumber(ref s);
        r["account_id"] = s.AccountId;
        r["message_id"] = s.SmsMessageId;
        r["direction"] = s.Direction.ToApi();
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["date_received"] = Values.Date(s.Time);
        r["currency"] = "EUR";
        r["id"] = s.Uuid;
        r["message_body"] = Values.MessageBody(ref s);
        r["tier_volume"] = Values.TierVolume(ref s);
        r["gateway"] = s.Rng.Pick(Gateways);
        r["gateway_id"] = Values.Int(s.Rng.Next(1, 40));
        if (!outbound)
        {
            r["from"] = counterpart;
            r["to"] = own;
            r["status"] = "delivered";
            r["total_price"] = "0";
            return;
        }

        var status = Statuses[s.Rng.Weighted(StatusWeights)];
        var (code, description) = ErrorFor(status, ref s.Rng);
        var latency = s.Rng.Next(200, 4000);
        var parts = s.Rng.Chance(0.15) ? 2 : 1;
        var price = network.SmsPrice * parts;
        r["account_ref"] = s.Rng.Chance(0.7) ? "" : "customer" + s.Rng.Next(1000, 1010);
        r["client_ref"] = s.Rng.Chance(0.6) ? null : "ref-" + s.Rng.Next(1, 50);
        r["from"] = s.Rng.Chance(0.6) ? s.Rng.Pick(ReferenceData.AlphaSenders) : own;
        r["to"] = counterpart;
        r["forced_from"] = "";
        r["changed_from"] = s.Rng.Chance(0.05) ? "NXSMS" : "";
        r["concatenated"] = parts > 1 ? "TRUE" : "FALSE";
        r["date_finalized"] = status is "accepted" or "submitted" or "buffered" ? null : Values.Date(s.Time.AddMilliseconds(latency));
        r["latency"] = Values.Int(latency);
        r["status"] = status;
        r["error_code"] = code;
        r["error_code_description"] = description;
        r["total_price"] = Values.Price(status == "rejected" ? 0 : price);
        r["price"] = Values.Price(network.SmsPrice);
        r["dcs"] = s.Rng.Chance(0.1) ? "8" : "0";
        r["validity_period"] = "";
        r["ip_address"] = "203.0.113." + Values.Int(s.Rng.Next(1, 255));
        r["udh"] = parts > 1 ? $"050003{s.Rng.Hex(2, upper: true)}0201" : "";
        r["workflow_id"] = "";
    }

    private static (string Code, string Description) ErrorFor(string status, ref Rng rng) => status switch
    {
        "delivered" => ("0", "Delivered"),
        "expired" => ("2", "Absent Subscriber - Temporary"),
        "failed" => rng.Pick(FailedErrors),
        "rejected" => rng.Pick(RejectedErrors),
        "unknown" => ("1", "Unknown"),
        "deleted" => ("3", "Absent Subscriber - Permanent"),
        _ => ("0", ""),
    };

    internal static IReadOnlyDictionary<string, string> Same(params string[] names) => names.ToDictionary(n => n, n => n);
}
