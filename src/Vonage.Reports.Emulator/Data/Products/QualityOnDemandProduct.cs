namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>CAMARA-QOD and VONAGE-QOD: quality-on-demand sessions (no public schema; plausible session fields).</summary>
internal sealed class QualityOnDemandProduct(string name) : SimpleProduct
{
    public override string Name => name;
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "application_id", "session_id", "qos_profile", "msisdn", "country_code", "network", "date_start", "date_end", "duration",
        "status", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var seconds = s.Rng.Next(60, 3600);
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["session_id"] = s.Uuid;
        r["qos_profile"] = s.Rng.Pick(["QOS_E", "QOS_S", "QOS_M", "QOS_L"]);
        r["msisdn"] = Values.Number(ref s, network);
        r["country_code"] = network.Country;
        r["network"] = network.Code;
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddSeconds(seconds));
        r["duration"] = Values.Int(seconds);
        r["status"] = s.Rng.Chance(0.95) ? "completed" : "failed";
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(0.05m);
        r["id"] = s.Uuid;
    }
}
