using System;

namespace Vonage.Reports.Models
{
    /// <summary>Voice call records: VOICE-API (older name VOICE-CALL) and rejected calls VOICE-REJECTED (VOICE-FAILED). Properties follow the API's column order.</summary>
    public sealed class VoiceCallRecord : VonageRecord
    {
        [ApiField("account_id")]         public string? AccountId { get; set; }
        [ApiField("call_id")]            public string? CallId { get; set; }
        [ApiField("direction")]          public string? Direction { get; set; }
        [ApiField("from")]               public string? From { get; set; }
        [ApiField("to")]                 public string? To { get; set; }
        [ApiField("network")]            public string? Network { get; set; }
        [ApiField("network_name")]       public string? NetworkName { get; set; }
        [ApiField("country")]            public string? Country { get; set; }
        [ApiField("country_name")]       public string? CountryName { get; set; }
        [ApiField("date_start")]         public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]           public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]           public int? Duration { get; set; }
        [ApiField("status")]             public string? Status { get; set; }
        [ApiField("status_code")]        public string? StatusCode { get; set; }
        [ApiField("status_description")] public string? StatusDescription { get; set; }
        [ApiField("currency")]           public string? Currency { get; set; }
        [ApiField("price")]              public decimal? Price { get; set; }
        [ApiField("total_price")]        public decimal? TotalPrice { get; set; }
        [ApiField("forced_from")]        public string? ForcedFrom { get; set; }
        [ApiField("tier_volume")]        public string? TierVolume { get; set; }
        [ApiField("id")]                 public string? Id { get; set; }
    }
}
