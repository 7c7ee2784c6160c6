using System;

namespace Vonage.Reports.Models
{
    /// <summary>Text-to-speech records (VOICE-TTS). Properties follow the API's column order.</summary>
    public sealed class VoiceTtsRecord : VonageRecord
    {
        [ApiField("creation_date")] public DateTimeOffset? CreationDate { get; set; }
        [ApiField("start_time")]    public DateTimeOffset? StartTime { get; set; }
        [ApiField("end_time")]      public DateTimeOffset? EndTime { get; set; }
        [ApiField("from")]          public string? From { get; set; }
        [ApiField("to")]            public string? To { get; set; }
        [ApiField("language")]      public string? Language { get; set; }
        [ApiField("length")]        public int? Length { get; set; }
        [ApiField("size")]          public long? Size { get; set; }
        [ApiField("premium")]       public bool? Premium { get; set; }
        [ApiField("style")]         public string? Style { get; set; }
        [ApiField("tts_type")]      public string? TtsType { get; set; }
        [ApiField("duration")]      public int? Duration { get; set; }
        [ApiField("status")]        public string? Status { get; set; }
        [ApiField("trace_id")]      public string? TraceId { get; set; }
        [ApiField("currency")]      public string? Currency { get; set; }
        [ApiField("price")]         public decimal? Price { get; set; }
        [ApiField("total_price")]   public decimal? TotalPrice { get; set; }
        [ApiField("id")]            public string? Id { get; set; }
    }
}
