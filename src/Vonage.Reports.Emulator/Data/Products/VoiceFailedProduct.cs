namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VOICE-FAILED (newest name VOICE-REJECTED): calls that never connected; no prices.</summary>
internal sealed class VoiceFailedProduct : SimpleProduct
{
    public override string Name => "VOICE-FAILED";
    public override string[] Aliases => ["VOICE-REJECTED"];
    public override DirectionRule DirectionRule => DirectionRule.Optional;
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "account_id", "call_id", "direction", "from", "to", "network", "network_name", "country", "country_name", "date_start",
        "date_end", "status", "status_code", "status_description", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("from", "to", "country", "network", "call_id");

    private static readonly (string Status, string Code, string Description)[] Outcomes =
    [
        ("rejected", "403", "Forbidden"), ("busy", "486", "Busy Here"), ("timeout", "408", "Request Timeout"),
        ("failed", "404", "Not Found"), ("unanswered", "480", "Temporarily Unavailable"), ("cancelled", "487", "Request Terminated"),
    ];

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var outcome = s.Rng.Pick(Outcomes);
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
        r["date_end"] = Values.Date(s.Time.AddSeconds(s.Rng.Next(1, 45)));
        r["status"] = outcome.Status;
        r["status_code"] = outcome.Code;
        r["status_description"] = outcome.Description;
        r["id"] = s.Uuid;
    }
}
