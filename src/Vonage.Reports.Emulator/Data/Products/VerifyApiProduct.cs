namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VERIFY-API (Verify v1; newest name NUMBER-VERIFY): request_id is 32 hex; CSV per csv_verify.</summary>
internal sealed class VerifyApiProduct : ProductDefinition
{
    public override string Name => "VERIFY-API";
    public override string[] Aliases => ["NUMBER-VERIFY"];
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "account_id", "request_id", "from", "to", "locale", "number_type", "network", "network_name", "country", "country_name",
        "date_received", "date_finalized", "first_event_date", "last_event_date", "verify_status", "status", "sms_event_count",
        "tts_event_count", "currency", "pricing_model", "price", "estimated_price", "sms_price", "tts_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = SmsProduct.Same("to", "country", "network", "locale", "number_type");

    protected override string[] JsonFields(Direction direction) => Fields;

    protected override string[] CsvColumns(Direction direction) =>
    [
        "account_id", "request_id", "from", "to", "locale", "number_type", "network", "network_name", "country", "country_name",
        "date_received", "date_finalized", "first_event_date", "last_event_date", "verify_status", "sms_event_count",
        "tts_event_count", "currency", "pricing_model", "price", "estimated_price", "id",
    ];

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var status = s.Rng.Pick(["SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "EXPIRED", "CANCELLED"]);
        var sms = s.Rng.Next(1, 3);
        var tts = status == "SUCCESS" && sms == 1 ? 0 : s.Rng.Next(0, 2);
        var finalSeconds = s.Rng.Next(10, 300);
        var price = status == "SUCCESS" ? 0.05m : 0m;
        r["account_id"] = s.AccountId;
        r["request_id"] = s.Uuid.Replace("-", "", StringComparison.Ordinal);
        r["from"] = s.Rng.Pick(["VERIFY", "Vonage", "ACME"]);
        r["to"] = Values.Number(ref s, network);
        r["locale"] = s.Rng.Pick(ReferenceData.Locales);
        r["number_type"] = s.Rng.Chance(0.95) ? "mobile" : "landline";
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["date_received"] = Values.Date(s.Time);
        r["date_finalized"] = Values.Date(s.Time.AddSeconds(finalSeconds));
        r["first_event_date"] = Values.Date(s.Time.AddSeconds(1));
        r["last_event_date"] = Values.Date(s.Time.AddSeconds(finalSeconds - 1));
        r["verify_status"] = status;
        r["status"] = status;
        r["sms_event_count"] = Values.Int(sms);
        r["tts_event_count"] = Values.Int(tts);
        r["currency"] = "EUR";
        r["pricing_model"] = "SUCCESS_BASED";
        r["price"] = Values.Price(price);
        r["estimated_price"] = Values.Price(0.05m);
        r["sms_price"] = Values.Price(network.SmsPrice * sms);
        r["tts_price"] = Values.Price(network.VoicePricePerMinute * tts);
        r["id"] = s.Uuid;
    }
}
