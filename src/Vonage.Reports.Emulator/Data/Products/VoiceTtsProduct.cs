namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>VOICE-TTS: text-to-speech usage, filtered on start_time.</summary>
internal sealed class VoiceTtsProduct : SimpleProduct
{
    public override string Name => "VOICE-TTS";
    public override string TimeField => "start_time";

    public override string[] Fields { get; } =
    [
        "creation_date", "start_time", "end_time", "from", "to", "language", "length", "size", "premium", "style", "tts_type",
        "duration", "status", "trace_id", "currency", "price", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var network = ReferenceData.PickNetwork(ref s.Rng);
        var length = s.Rng.Next(20, 600);
        var seconds = Math.Max(1, length / 15);
        var premium = s.Rng.Chance(0.3);
        var price = premium ? 0.0000528m : 0.0000132m;
        r["creation_date"] = Values.Date(s.Time.AddSeconds(-1));
        r["start_time"] = Values.Date(s.Time);
        r["end_time"] = Values.Date(s.Time.AddSeconds(seconds));
        r["from"] = Values.VirtualNumber(ref s);
        r["to"] = Values.Number(ref s, network);
        r["language"] = s.Rng.Pick(ReferenceData.Locales);
        r["length"] = Values.Int(length);
        r["size"] = Values.Int(length * 2);
        r["premium"] = premium ? "true" : "false";
        r["style"] = Values.Int(s.Rng.Next(0, 4));
        r["tts_type"] = s.Rng.Pick(["talk", "ncco", "stream"]);
        r["duration"] = Values.Int(seconds);
        r["status"] = s.Rng.Chance(0.97) ? "completed" : "failed";
        r["trace_id"] = s.Rng.Hex(32);
        r["currency"] = "EUR";
        r["price"] = Values.Price(price);
        r["total_price"] = Values.Price(price * length);
        r["id"] = s.Uuid;
    }
}
