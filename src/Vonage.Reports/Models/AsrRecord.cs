using System;

namespace Vonage.Reports.Models
{
    /// <summary>Speech recognition records (ASR). Properties follow the API's column order.</summary>
    public sealed class AsrRecord : VonageRecord
    {
        [ApiField("account_id")]         public string? AccountId { get; set; }
        [ApiField("call_id")]            public string? CallId { get; set; }
        [ApiField("direction")]          public string? Direction { get; set; }
        [ApiField("from")]               public string? From { get; set; }
        [ApiField("to")]                 public string? To { get; set; }
        [ApiField("call_date_start")]    public DateTimeOffset? CallDateStart { get; set; }
        [ApiField("date_start")]         public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]           public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]           public int? Duration { get; set; }
        [ApiField("status")]             public string? Status { get; set; }
        [ApiField("status_description")] public string? StatusDescription { get; set; }
        [ApiField("currency")]           public string? Currency { get; set; }
        [ApiField("price")]              public decimal? Price { get; set; }
        [ApiField("total_price")]        public decimal? TotalPrice { get; set; }
        [ApiField("asr_type")]           public string? AsrType { get; set; }
        [ApiField("id")]                 public string? Id { get; set; }
    }
}
