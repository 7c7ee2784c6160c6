namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>AMD: answering machine detection; a typed boolean and a typed number in the sync JSON.</summary>
internal sealed class AmdProduct : SimpleProduct
{
    public override string Name => "AMD";
    public override string TimeField => "start_time";

    public override string[] Fields { get; } =
    [
        "call_id", "start_time", "end_time", "amd_beep_detection_result", "amd_detection_result", "amd_result_sent",
        "amd_user_defined_beep_timeout", "amd_user_defined_behavior", "amd_user_defined_mode", "currency", "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same("call_id");

    public override FieldKind KindOf(string field) => field switch
    {
        "amd_beep_detection_result" => FieldKind.Boolean,
        "amd_user_defined_beep_timeout" => FieldKind.Number,
        _ => FieldKind.String,
    };

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var machine = s.Rng.Chance(0.3);
        r["call_id"] = s.Uuid;
        r["start_time"] = Values.Date(s.Time);
        r["end_time"] = Values.Date(s.Time.AddSeconds(s.Rng.Next(2, 8)));
        r["amd_beep_detection_result"] = Values.Bool(machine && s.Rng.Chance(0.8));
        r["amd_detection_result"] = machine ? "machine" : "human";
        r["amd_result_sent"] = Values.Bool(true);
        r["amd_user_defined_beep_timeout"] = Values.Int(s.Rng.Pick([45, 60, 90, 120]));
        r["amd_user_defined_behavior"] = s.Rng.Pick(["continue", "hangup"]);
        r["amd_user_defined_mode"] = s.Rng.Pick(["default", "detect", "detect_beep"]);
        r["currency"] = "EUR";
        r["total_price"] = Values.Price(0.0035m);
        r["id"] = s.Uuid;
    }
}
