using System;

namespace Vonage.Reports.Models
{
    /// <summary>Conversation API messages (CONVERSATION-MESSAGE). Properties follow the API's column order.</summary>
    public sealed class ConversationMessageRecord : VonageRecord
    {
        [ApiField("application_id")]  public string? ApplicationId { get; set; }
        [ApiField("conversation_id")] public string? ConversationId { get; set; }
        [ApiField("client_ref")]      public string? ClientRef { get; set; }
        [ApiField("creation_date")]   public DateTimeOffset? CreationDate { get; set; }
        [ApiField("from_channel")]    public string? FromChannel { get; set; }
        [ApiField("from_member_id")]  public string? FromMemberId { get; set; }
        [ApiField("from_message_id")] public string? FromMessageId { get; set; }
        [ApiField("from_user_id")]    public string? FromUserId { get; set; }
        [ApiField("other_ids")]       public string? OtherIds { get; set; }
        [ApiField("trace_id")]        public string? TraceId { get; set; }
        [ApiField("currency")]        public string? Currency { get; set; }
        [ApiField("price")]           public decimal? Price { get; set; }
        [ApiField("total_price")]     public decimal? TotalPrice { get; set; }
        [ApiField("id")]              public string? Id { get; set; }
    }
}
