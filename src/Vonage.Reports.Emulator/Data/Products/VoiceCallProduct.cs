namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VOICE-CALL (newest name VOICE-API): filtered on call start; direction optional (both when omitted).</summary>
internal sealed class VoiceCallProduct : ProductDefinition
{
    public override string Name => "VOICE-CALL";
    public override string[] Aliases => ["VOICE-API"];
    public override DirectionRule DirectionRule => DirectionRule.Optional;
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "account_id", "call_id", "direction", "from", "to", "network", "network_name", "country", "country_name", "date_start",
        "date_end", "duration", "status", "status_description", "currency", "price", "total_price", "forced_from", "status_code",
        "tier_volume", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = SmsProduct.Same("status", "from", "to", "country", "network", "call_id");

    protected override string[] JsonFields(Direction direction) => Fields;

    // api-facts 11 (csv_voice), id last.
    protected override string[] CsvColumns(Direction direction) =>
    [
        "account_id", "call_id", "direction", "from", "to", "network", "network_name", "country", "country_name", "date_start",
        "date_end", "duration", "status", "status_description", "currency", "price", "total_price", "id",
    ];

    private static readonly (string Status, string Code, string Description, double Weight)[] Outcomes =
    [
        ("answered", "200", "Answered", 80), ("machine", "200", "Answered by machine", 6),
        ("failed", "486", "Busy Here", 8), ("error", "500", "Server Internal Error", 2), ("failed", "480", "Temporarily Unavailable", 4),
    ];

    private static readonly double[] Weights = Outcomes.Select(o => o.Weight).ToArray();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var outcome = Outcomes[s.Rng.Weighted(Weights)];
        var seconds = outcome.Status is "answered" or "machine" ? Values.CallSeconds(ref s) : 0;
        var counterpart = Values.Number(ref s, network);
        var own = Values.VirtualNumber(ref s);
        var outbound = s.Direction == Direction.Outbound;
        r["account_id"] = s.AccountId;
        r["call_id"] = s.Uuid;
        r["direction"] = s.Direction.ToApi();
        r["from"] = outbound ? own : counterpart;
        r["to"] = outbound ? counterpart : own;
        r["network"] = network.Code;
        r["network_name"] = network.Name;
        r["country"] = network.Country;
        r["country_name"] = network.CountryName;
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddSeconds(seconds + s.Rng.Next(1, 20)));
        r["duration"] = Values.Int(seconds);
        r["status"] = outcome.Status;
        r["status_description"] = outcome.Description;
        r["status_code"] = outcome.Code;
        r["currency"] = "EUR";
        var rate = outbound ? network.VoicePricePerMinute : network.VoicePricePerMinute / 3;
        r["price"] = Values.Price(rate);
        r["total_price"] = Values.Price(Values.PerSecond(rate, seconds));
        r["forced_from"] = "";
        r["tier_volume"] = Values.TierVolume(ref s);
        r["id"] = s.Uuid;
    }
}
