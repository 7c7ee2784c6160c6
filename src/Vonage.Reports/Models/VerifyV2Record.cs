using System;

namespace Vonage.Reports.Models
{
    /// <summary>Verify v2 requests (VERIFY-V2). Properties follow the API's column order.</summary>
    public sealed class VerifyV2Record : VonageRecord
    {
        [ApiField("request_id")]             public string? RequestId { get; set; }
        [ApiField("parent_request_id")]      public string? ParentRequestId { get; set; }
        [ApiField("channel")]                public string? Channel { get; set; }
        [ApiField("client_ref")]             public string? ClientRef { get; set; }
        [ApiField("to")]                     public string? To { get; set; }
        [ApiField("locale")]                 public string? Locale { get; set; }
        [ApiField("country")]                public string? Country { get; set; }
        [ApiField("network")]                public string? Network { get; set; }
        [ApiField("network_name")]           public string? NetworkName { get; set; }
        [ApiField("date_received")]          public DateTimeOffset? DateReceived { get; set; }
        [ApiField("status")]                 public string? Status { get; set; }
        [ApiField("pin_length")]             public int? PinLength { get; set; }
        [ApiField("if_fraud_check")]         public bool? IfFraudCheck { get; set; }
        [ApiField("sms_event_count")]        public int? SmsEventCount { get; set; }
        [ApiField("tts_event_count")]        public int? TtsEventCount { get; set; }
        [ApiField("email_event_count")]      public int? EmailEventCount { get; set; }
        [ApiField("whatsapp_event_count")]   public int? WhatsappEventCount { get; set; }
        [ApiField("silentauth_event_count")] public int? SilentauthEventCount { get; set; }
        [ApiField("rcs_event_count")]        public int? RcsEventCount { get; set; }
        [ApiField("currency")]               public string? Currency { get; set; }
        [ApiField("total_price")]            public decimal? TotalPrice { get; set; }
        [ApiField("id")]                     public string? Id { get; set; }
    }
}
