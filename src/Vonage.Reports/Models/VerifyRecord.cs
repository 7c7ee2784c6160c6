using System;

namespace Vonage.Reports.Models
{
    /// <summary>Verify v1 requests: NUMBER-VERIFY (older name VERIFY-API). Properties follow the API's column order.</summary>
    public sealed class VerifyRecord : VonageRecord
    {
        [ApiField("account_id")]       public string? AccountId { get; set; }
        [ApiField("request_id")]       public string? RequestId { get; set; }
        [ApiField("from")]             public string? From { get; set; }
        [ApiField("to")]               public string? To { get; set; }
        [ApiField("locale")]           public string? Locale { get; set; }
        [ApiField("number_type")]      public string? NumberType { get; set; }
        [ApiField("network")]          public string? Network { get; set; }
        [ApiField("network_name")]     public string? NetworkName { get; set; }
        [ApiField("country")]          public string? Country { get; set; }
        [ApiField("country_name")]     public string? CountryName { get; set; }
        [ApiField("date_received")]    public DateTimeOffset? DateReceived { get; set; }
        [ApiField("date_finalized")]   public DateTimeOffset? DateFinalized { get; set; }
        [ApiField("first_event_date")] public DateTimeOffset? FirstEventDate { get; set; }
        [ApiField("last_event_date")]  public DateTimeOffset? LastEventDate { get; set; }
        [ApiField("verify_status")]    public string? VerifyStatus { get; set; }
        [ApiField("status")]           public string? Status { get; set; }
        [ApiField("sms_event_count")]  public int? SmsEventCount { get; set; }
        [ApiField("tts_event_count")]  public int? TtsEventCount { get; set; }
        [ApiField("currency")]         public string? Currency { get; set; }
        [ApiField("pricing_model")]    public string? PricingModel { get; set; }
        [ApiField("price")]            public decimal? Price { get; set; }
        [ApiField("estimated_price")]  public decimal? EstimatedPrice { get; set; }
        [ApiField("sms_price")]        public decimal? SmsPrice { get; set; }
        [ApiField("tts_price")]        public decimal? TtsPrice { get; set; }
        [ApiField("id")]               public string? Id { get; set; }
    }
}
