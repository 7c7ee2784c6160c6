namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>ASR: speech recognition on calls; country/network are filter-only (the record shows numbers, not networks).</summary>
internal sealed class AsrProduct : SimpleProduct
{
    public override string Name => "ASR";
    public override DirectionRule DirectionRule => DirectionRule.Optional;
    public override string TimeField => "date_start";
    protected override string[] Hidden => ["country", "network"];

    public override string[] Fields { get; } =
    [
        "account_id", "call_id", "direction", "from", "to", "call_date_start", "date_start", "date_end", "duration", "status",
        "status_description", "currency", "price", "total_price", "asr_type", "id", "country", "network",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("from", "to", "country", "network", "call_id");

    // api-facts 11 (csv_asr), id last; asr_type is sync-only.
    protected override string[] CsvColumns(Direction direction) => JsonFields(direction).Where(f => f != "asr_type").ToArray();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var ok = s.Rng.Chance(0.95);
        var seconds = ok ? s.Rng.Next(2, 60) : 0;
        var counterpart = Values.Number(ref s, network);
        var own = Values.VirtualNumber(ref s);
        var outbound = s.Direction == Direction.Outbound;
        r["account_id"] = s.AccountId;
        r["call_id"] = s.Uuid;
        r["direction"] = s.Direction.ToApi();
        r["from"] = outbound ? own : counterpart;
        r["to"] = outbound ? counterpart : own;
        r["call_date_start"] = Values.Date(s.Time.AddSeconds(-s.Rng.Next(1, 120)));
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddSeconds(seconds));
        r["duration"] = Values.Int(seconds);
        r["status"] = ok ? "ok" : "error";
        r["status_description"] = ok ? "Speech recognised" : "No speech detected";
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.0209m);
        r["total_price"] = Values.Price(Values.PerSecond(0.0209m, seconds));
        r["asr_type"] = s.Rng.Pick(["speech", "dtmf"]);
        r["id"] = s.Uuid;
        r["country"] = network.Country;
        r["network"] = network.Code;
    }
}
