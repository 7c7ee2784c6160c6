namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>SMS-TRAFFIC-CONTROL: messages held in the throughput queue.</summary>
internal sealed class SmsTrafficControlProduct : SimpleProduct
{
    public override string Name => "SMS-TRAFFIC-CONTROL";
    public override string TimeField => "queued_time";

    public override string[] Fields { get; } = ["message_id", "queued_time", "queue_duration", "status", "id"];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        r["message_id"] = s.Uuid;
        r["queued_time"] = Values.Date(s.Time);
        r["queue_duration"] = Values.Int(s.Rng.Next(10, 60_000));
        r["status"] = s.Rng.Pick(["released", "released", "released", "expired", "dropped"]);
        r["id"] = s.Uuid;
    }
}
