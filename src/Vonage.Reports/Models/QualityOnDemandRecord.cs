using System;

namespace Vonage.Reports.Models
{
    /// <summary>Quality-on-demand sessions: CAMARA-QOD and VONAGE-QOD. Properties follow the API's column order.</summary>
    public sealed class QualityOnDemandRecord : VonageRecord
    {
        [ApiField("application_id")] public string? ApplicationId { get; set; }
        [ApiField("session_id")]     public string? SessionId { get; set; }
        [ApiField("qos_profile")]    public string? QosProfile { get; set; }
        [ApiField("msisdn")]         public string? Msisdn { get; set; }
        [ApiField("country_code")]   public string? CountryCode { get; set; }
        [ApiField("network")]        public string? Network { get; set; }
        [ApiField("date_start")]     public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]       public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]       public int? Duration { get; set; }
        [ApiField("status")]         public string? Status { get; set; }
        [ApiField("currency")]       public string? Currency { get; set; }
        [ApiField("total_price")]    public decimal? TotalPrice { get; set; }
        [ApiField("id")]             public string? Id { get; set; }
    }
}
