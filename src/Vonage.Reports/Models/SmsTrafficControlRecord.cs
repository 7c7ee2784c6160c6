using System;

namespace Vonage.Reports.Models
{
    /// <summary>SMS traffic-control queue events (SMS-TRAFFIC-CONTROL). Properties follow the API's column order.</summary>
    public sealed class SmsTrafficControlRecord : VonageRecord
    {
        [ApiField("message_id")]     public string? MessageId { get; set; }
        [ApiField("queued_time")]    public DateTimeOffset? QueuedTime { get; set; }
        [ApiField("queue_duration")] public int? QueueDuration { get; set; }
        [ApiField("status")]         public string? Status { get; set; }
        [ApiField("id")]             public string? Id { get; set; }
    }
}
