namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>NUMBER-INSIGHT (v1): lookups of basic/standard/advanced depth; csv_ni columns.</summary>
internal sealed class NumberInsightProduct : SimpleProduct
{
    public override string Name => "NUMBER-INSIGHT";
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "account_id", "request_id", "product_type", "number", "date_received", "status", "response_code", "network",
        "network_name", "network_type", "country", "country_name", "valid", "ported", "reachable", "first_name", "last_name",
        "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("country", "network", "number");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var type = s.Rng.Pick(["basic", "standard", "standard", "advanced"]);
        var ok = s.Rng.Chance(0.97);
        r["account_id"] = s.AccountId;
        r["request_id"] = s.Uuid;
        r["product_type"] = type;
        r["number"] = Values.Number(ref s, network);
        r["date_received"] = Values.Date(s.Time);
        r["status"] = ok ? "success" : "failed";
        r["response_code"] = ok ? "0" : "5";
        r["network"] = type == "basic" ? "" : network.Code;
        r["network_name"] = type == "basic" ? "" : network.Name;
        r["network_type"] = type == "basic" ? "" : "mobile";
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["valid"] = type == "advanced" ? "valid" : "";
        r["ported"] = type == "basic" ? "" : s.Rng.Pick(["not_ported", "ported", "unknown"]);
        r["reachable"] = type == "advanced" ? s.Rng.Pick(["reachable", "reachable", "absent", "unknown"]) : "";
        r["first_name"] = type == "advanced" && s.Rng.Chance(0.4) ? s.Rng.Pick(ReferenceData.FirstNames) : "";
        r["last_name"] = type == "advanced" && s.Rng.Chance(0.4) ? s.Rng.Pick(ReferenceData.LastNames) : "";
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(type switch { "basic" => 0m, "standard" => 0.005m, _ => 0.03m });
        r["id"] = s.Uuid;
    }
}
