using System;

namespace Vonage.Reports.Models
{
    /// <summary>In-app (client SDK) voice legs (IN-APP-VOICE). Properties follow the API's column order.</summary>
    public sealed class InAppVoiceRecord : VonageRecord
    {
        [ApiField("account_id")]      public string? AccountId { get; set; }
        [ApiField("request_id")]      public string? RequestId { get; set; }
        [ApiField("application_id")]  public string? ApplicationId { get; set; }
        [ApiField("conversation_id")] public string? ConversationId { get; set; }
        [ApiField("user_id")]         public string? UserId { get; set; }
        [ApiField("leg_id")]          public string? LegId { get; set; }
        [ApiField("client_ref")]      public string? ClientRef { get; set; }
        [ApiField("date_start")]      public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]        public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]        public int? Duration { get; set; }
        [ApiField("status")]          public string? Status { get; set; }
        [ApiField("currency")]        public string? Currency { get; set; }
        [ApiField("price")]           public decimal? Price { get; set; }
        [ApiField("total_price")]     public decimal? TotalPrice { get; set; }
        [ApiField("id")]              public string? Id { get; set; }
    }
}
