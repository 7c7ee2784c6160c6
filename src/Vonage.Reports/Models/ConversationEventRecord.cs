using System;

namespace Vonage.Reports.Models
{
    /// <summary>Conversation API events: CONVERSATION-EVENT (older names CONVERSATIONS, IP-VOICE-LEG). Properties follow the API's column order.</summary>
    public sealed class ConversationEventRecord : VonageRecord
    {
        [ApiField("account_id")]      public string? AccountId { get; set; }
        [ApiField("request_id")]      public string? RequestId { get; set; }
        [ApiField("application_id")]  public string? ApplicationId { get; set; }
        [ApiField("conversation_id")] public string? ConversationId { get; set; }
        [ApiField("user_id")]         public string? UserId { get; set; }
        [ApiField("client_ref")]      public string? ClientRef { get; set; }
        [ApiField("creation_date")]   public DateTimeOffset? CreationDate { get; set; }
        [ApiField("currency")]        public string? Currency { get; set; }
        [ApiField("price")]           public decimal? Price { get; set; }
        [ApiField("total_price")]     public decimal? TotalPrice { get; set; }
        [ApiField("id")]              public string? Id { get; set; }
    }
}
