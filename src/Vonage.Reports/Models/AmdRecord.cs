using System;

namespace Vonage.Reports.Models
{
    /// <summary>Answering-machine detection records (AMD). Properties follow the API's column order.</summary>
    public sealed class AmdRecord : VonageRecord
    {
        [ApiField("call_id")]                       public string? CallId { get; set; }
        [ApiField("start_time")]                    public DateTimeOffset? StartTime { get; set; }
        [ApiField("end_time")]                      public DateTimeOffset? EndTime { get; set; }
        [ApiField("amd_beep_detection_result")]     public bool? AmdBeepDetectionResult { get; set; }
        [ApiField("amd_detection_result")]          public string? AmdDetectionResult { get; set; }
        [ApiField("amd_result_sent")]               public bool? AmdResultSent { get; set; }
        [ApiField("amd_user_defined_beep_timeout")] public int? AmdUserDefinedBeepTimeout { get; set; }
        [ApiField("amd_user_defined_behavior")]     public string? AmdUserDefinedBehavior { get; set; }
        [ApiField("amd_user_defined_mode")]         public string? AmdUserDefinedMode { get; set; }
        [ApiField("currency")]                      public string? Currency { get; set; }
        [ApiField("total_price")]                   public decimal? TotalPrice { get; set; }
        [ApiField("id")]                            public string? Id { get; set; }
    }
}
