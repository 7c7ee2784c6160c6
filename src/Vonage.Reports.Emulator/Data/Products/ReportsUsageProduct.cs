namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>REPORTS-USAGE: the account's own Reports API jobs; request_params is a string, as in the real 2021 sample.</summary>
internal sealed class ReportsUsageProduct : SimpleProduct
{
    public override string Name => "REPORTS-USAGE";
    public override string TimeField => "date_received";

    public override string[] Fields { get; } =
    [
        "acc", "account_id", "master_account_id", "product_type", "date_received", "date_started", "date_finished", "status",
        "is_charged", "request_params", "job_type", "items_written", "request_product", "tier_volume", "currency", "price",
        "total_price", "id",
    ];

    public override IReadOnlyDictionary<string, string> Filters { get; } = Same();

    public override void Fill(ref RecordSeed s, RowValues r)
    {
        var sync = s.Rng.Chance(0.8);
        var product = s.Rng.Pick(["SMS", "SMS", "MESSAGES", "VOICE-CALL", "VERIFY-API"]);
        var items = sync ? s.Rng.Next(0, 1001) : s.Rng.Next(1000, 2_000_000);
        var seconds = sync ? s.Rng.Next(1, 4) : Math.Max(1, items / 2500);
        var charged = product != "REPORTS-USAGE";
        r["acc"] = s.AccountId;
        r["account_id"] = s.AccountId;
        r["master_account_id"] = s.AccountId;
        r["product_type"] = "reports";
        r["date_received"] = Values.Date(s.Time);
        r["date_started"] = sync ? null : Values.Date(s.Time.AddSeconds(2));
        r["date_finished"] = Values.Date(s.Time.AddSeconds(seconds));
        r["status"] = s.Rng.Chance(0.97) ? "SUCCESS" : "FAILED";
        r["is_charged"] = charged ? "true" : "false";
        r["request_params"] = $"{{product: '{product}', account_id: '{s.AccountId}', direction: 'outbound'}}";
        r["job_type"] = sync ? "SYNC_JOB_FROM_DATE_RANGE" : "ASYNC_JOB";
        r["items_written"] = Values.Int(items);
        r["request_product"] = product;
        r["tier_volume"] = Values.TierVolume(ref s);
        r["currency"] = "EUR";
        r["price"] = Values.Price(0.0004m);
        r["total_price"] = Values.Price(charged ? 0.0004m * items : 0);
        r["id"] = s.Uuid;
    }
}
