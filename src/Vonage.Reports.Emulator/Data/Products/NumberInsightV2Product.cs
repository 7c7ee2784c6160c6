namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>NUMBER-INSIGHT-V2 (fraud score, SIM swap). No public record schema exists; these fields follow its filters.</summary>
internal sealed class NumberInsightV2Product : SimpleProduct
{
    public override string Name => "NUMBER-INSIGHT-V2";
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "account_id", "request_id", "request_type", "number", "date_received", "status", "risk", "swapped", "network",
        "network_name", "country", "country_name", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } =
        Same("status", "country", "network", "number", "request_type", "risk", "swapped");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var type = s.Rng.Pick(["fraud-score", "sim-swap"]);
        r["account_id"] = s.AccountId;
        r["request_id"] = s.Uuid;
        r["request_type"] = type;
        r["number"] = Values.Number(ref s, network);
        r["date_received"] = Values.Date(s.Time);
        r["status"] = s.Rng.Chance(0.97) ? "completed" : "failed";
        r["risk"] = type == "fraud-score" ? s.Rng.Pick(["low", "low", "low", "medium", "high"]) : "";
        r["swapped"] = type == "sim-swap" ? Values.Bool(s.Rng.Chance(0.05)) : "false";
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(type == "fraud-score" ? 0.0135m : 0.04m);
        r["id"] = s.Uuid;
    }
}
