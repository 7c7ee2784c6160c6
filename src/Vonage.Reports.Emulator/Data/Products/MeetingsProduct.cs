namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>MEETINGS (in the newest reference's enumeration; no record schema is public, fields follow its filters).</summary>
internal sealed class MeetingsProduct : SimpleProduct
{
    public override string Name => "MEETINGS";
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
    [
        "account_id", "meeting_id", "session_id", "room_id", "subtype", "connection_count", "date_start", "date_end", "duration",
        "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("session_id", "subtype", "connection_count");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var minutes = s.Rng.Next(5, 120);
        var connections = s.Rng.Next(2, 25);
        r["account_id"] = s.AccountId;
        r["meeting_id"] = s.Uuid;
        r["session_id"] = "2_MX4" + s.Rng.Hex(40);
        r["room_id"] = Values.AccountScopedUuid(ref s, "room", 20);
        r["subtype"] = s.Rng.Pick(["instant", "long_term", "scheduled"]);
        r["connection_count"] = Values.Int(connections);
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddMinutes(minutes));
        r["duration"] = Values.Int(minutes * 60);
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(0.00395m * minutes * connections);
        r["id"] = s.Uuid;
    }
}
