using System;

namespace Vonage.Reports.Models
{
    /// <summary>Reports API usage: the reports and sync calls an account ran (REPORTS-USAGE). Properties follow the API's column order.</summary>
    public sealed class ReportsUsageRecord : VonageRecord
    {
        [ApiField("acc")]               public string? Acc { get; set; }
        [ApiField("account_id")]        public string? AccountId { get; set; }
        [ApiField("master_account_id")] public string? MasterAccountId { get; set; }
        [ApiField("product_type")]      public string? ProductType { get; set; }
        [ApiField("date_received")]     public DateTimeOffset? DateReceived { get; set; }
        [ApiField("date_started")]      public DateTimeOffset? DateStarted { get; set; }
        [ApiField("date_finished")]     public DateTimeOffset? DateFinished { get; set; }
        [ApiField("status")]            public string? Status { get; set; }
        [ApiField("is_charged")]        public bool? IsCharged { get; set; }
        [ApiField("request_params")]    public string? RequestParams { get; set; }
        [ApiField("job_type")]          public string? JobType { get; set; }
        [ApiField("items_written")]     public long? ItemsWritten { get; set; }
        [ApiField("request_product")]   public string? RequestProduct { get; set; }
        [ApiField("tier_volume")]       public string? TierVolume { get; set; }
        [ApiField("currency")]          public string? Currency { get; set; }
        [ApiField("price")]             public decimal? Price { get; set; }
        [ApiField("total_price")]       public decimal? TotalPrice { get; set; }
        [ApiField("id")]                public string? Id { get; set; }
    }
}
