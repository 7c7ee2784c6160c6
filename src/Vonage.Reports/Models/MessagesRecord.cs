using System;

namespace Vonage.Reports.Models
{
    /// <summary>MESSAGES records (WhatsApp, SMS, MMS, Messenger, Viber, Instagram, RCS), inbound or outbound. Properties follow the API's column order.</summary>
    public sealed class MessagesRecord : VonageRecord
    {
        [ApiField("account_id")]            public string? AccountId { get; set; }
        [ApiField("message_id")]            public string? MessageId { get; set; }
        [ApiField("client_ref")]            public string? ClientRef { get; set; }
        [ApiField("direction")]             public string? Direction { get; set; }
        [ApiField("from")]                  public string? From { get; set; }
        [ApiField("to")]                    public string? To { get; set; }
        [ApiField("message_body")]          public string? MessageBody { get; set; }
        [ApiField("country")]               public string? Country { get; set; }
        [ApiField("country_name")]          public string? CountryName { get; set; }
        [ApiField("provider")]              public string? Provider { get; set; }
        [ApiField("network")]               public string? Network { get; set; }
        [ApiField("network_name")]          public string? NetworkName { get; set; }
        [ApiField("session_type")]          public string? SessionType { get; set; }
        [ApiField("session_id")]            public string? SessionId { get; set; }
        [ApiField("date_received")]         public DateTimeOffset? DateReceived { get; set; }
        [ApiField("date_finalized")]        public DateTimeOffset? DateFinalized { get; set; }
        [ApiField("latency")]               public int? Latency { get; set; }
        [ApiField("status")]                public string? Status { get; set; }
        [ApiField("error_code")]            public string? ErrorCode { get; set; }
        [ApiField("currency")]              public string? Currency { get; set; }
        [ApiField("estimated_price")]       public decimal? EstimatedPrice { get; set; }
        [ApiField("total_price")]           public decimal? TotalPrice { get; set; }
        [ApiField("pricing_model")]         public string? PricingModel { get; set; }
        [ApiField("pricing_type")]          public string? PricingType { get; set; }
        [ApiField("provider_error_code")]   public string? ProviderErrorCode { get; set; }
        [ApiField("tier_volume")]           public string? TierVolume { get; set; }
        [ApiField("workflow_id")]           public string? WorkflowId { get; set; }
        [ApiField("workflow_items_number")] public int? WorkflowItemsNumber { get; set; }
        [ApiField("workflow_items_total")]  public int? WorkflowItemsTotal { get; set; }
        [ApiField("id")]                    public string? Id { get; set; }
    }
}
