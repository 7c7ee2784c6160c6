namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>NETWORK-API-EVENT: CAMARA network API calls (SIM swap, number verification, …); country filters country_code.</summary>
internal sealed class NetworkApiEventProduct : SimpleProduct
{
    public override string Name => "NETWORK-API-EVENT";
    public override string TimeField => "event_time";

    public override string[] Fields { get; } =
    [
        "application_id", "product_name", "product_path", "request_type", "request_session_id", "correlation_id", "msisdn",
        "country_code", "network", "event_time", "record_creation_time", "response_result", "status", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = new Dictionary<string, string>
    {
        ["country"] = "country_code", ["network"] = "network", ["request_type"] = "request_type", ["product_name"] = "product_name",
        ["request_session_id"] = "request_session_id", ["product_path"] = "product_path", ["correlation_id"] = "correlation_id",
    };

    private static readonly (string Name, string Path, string Type)[] Apis =
    [
        ("simswap", "/camara/sim-swap/v040/check", "check"), ("simswap", "/camara/sim-swap/v040/retrieve-date", "retrieve-date"),
        ("number-verification", "/camara/number-verification/v031/verify", "verify"),
        ("device-location", "/camara/location-verification/v1/verify", "verify"),
    ];

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var api = s.Rng.Pick(Apis);
        var ok = s.Rng.Chance(0.95);
        r["application_id"] = Values.AccountScopedUuid(ref s, "app", 3);
        r["product_name"] = api.Name;
        r["product_path"] = api.Path;
        r["request_type"] = api.Type;
        r["request_session_id"] = s.Rng.Uuid();
        r["correlation_id"] = s.Rng.Uuid();
        r["msisdn"] = Values.Number(ref s, network);
        r["country_code"] = network.Country;
        r["network"] = network.Code;
        r["event_time"] = Values.Date(s.Time);
        r["record_creation_time"] = Values.Date(s.Time.AddSeconds(s.Rng.Next(1, 5)));
        r["response_result"] = ok ? "200" : s.Rng.Pick(["400", "404", "503"]);
        r["status"] = ok ? "success" : "failed";
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(ok ? 0.04m : 0m);
        r["id"] = s.Uuid;
    }
}
