namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>WEBSOCKET-CALL: audio streamed to a websocket; csv_websockets columns.</summary>
internal sealed class WebsocketCallProduct : SimpleProduct
{
    public override string Name => "WEBSOCKET-CALL";
    public override string TimeField => "date_start";

    public override string[] Fields { get; } =
        ["account_id", "call_id", "date_start", "date_end", "duration", "status", "currency", "price", "total_price", "id"];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("call_id");

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var seconds = Values.CallSeconds(ref s);
        r["account_id"] = s.AccountId;
        r["call_id"] = s.Uuid;
        r["date_start"] = Values.Date(s.Time);
        r["date_end"] = Values.Date(s.Time.AddSeconds(seconds));
        r["duration"] = Values.Int(seconds);
        r["status"] = s.Rng.Chance(0.96) ? "completed" : "failed";
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.00396m);
        r["total_price"] = Values.Price(Values.PerSecond(0.00396m, seconds));
        r["id"] = s.Uuid;
    }
}
