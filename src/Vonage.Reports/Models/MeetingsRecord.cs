using System;

namespace Vonage.Reports.Models
{
    /// <summary>Meetings API sessions (MEETINGS). Properties follow the API's column order.</summary>
    public sealed class MeetingsRecord : VonageRecord
    {
        [ApiField("account_id")]       public string? AccountId { get; set; }
        [ApiField("meeting_id")]       public string? MeetingId { get; set; }
        [ApiField("session_id")]       public string? SessionId { get; set; }
        [ApiField("room_id")]          public string? RoomId { get; set; }
        [ApiField("subtype")]          public string? Subtype { get; set; }
        [ApiField("connection_count")] public int? ConnectionCount { get; set; }
        [ApiField("date_start")]       public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]         public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]         public int? Duration { get; set; }
        [ApiField("currency")]         public string? Currency { get; set; }
        [ApiField("total_price")]      public decimal? TotalPrice { get; set; }
        [ApiField("id")]               public string? Id { get; set; }
    }
}
