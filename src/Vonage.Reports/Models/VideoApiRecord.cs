using System;

namespace Vonage.Reports.Models
{
    /// <summary>Video API usage (VIDEO-API). Properties follow the API's column order.</summary>
    public sealed class VideoApiRecord : VonageRecord
    {
        [ApiField("application_id")] public string? ApplicationId { get; set; }
        [ApiField("session_id")]     public string? SessionId { get; set; }
        [ApiField("meeting_id")]     public string? MeetingId { get; set; }
        [ApiField("archive_id")]     public string? ArchiveId { get; set; }
        [ApiField("broadcast_id")]   public string? BroadcastId { get; set; }
        [ApiField("composer_id")]    public string? ComposerId { get; set; }
        [ApiField("hls_id")]         public string? HlsId { get; set; }
        [ApiField("subscriber_id")]  public string? SubscriberId { get; set; }
        [ApiField("feature_name")]   public string? FeatureName { get; set; }
        [ApiField("date_start")]     public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]       public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]       public int? Duration { get; set; }
        [ApiField("tier_volume")]    public string? TierVolume { get; set; }
        [ApiField("currency")]       public string? Currency { get; set; }
        [ApiField("total_price")]    public decimal? TotalPrice { get; set; }
        [ApiField("id")]             public string? Id { get; set; }
    }
}
