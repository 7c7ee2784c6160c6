using System;

namespace Vonage.Reports.Models
{
    /// <summary>Network API (CAMARA) calls such as SIM swap and number verification (NETWORK-API-EVENT). Properties follow the API's column order.</summary>
    public sealed class NetworkApiEventRecord : VonageRecord
    {
        [ApiField("application_id")]       public string? ApplicationId { get; set; }
        [ApiField("product_name")]         public string? ProductName { get; set; }
        [ApiField("product_path")]         public string? ProductPath { get; set; }
        [ApiField("request_type")]         public string? RequestType { get; set; }
        [ApiField("request_session_id")]   public string? RequestSessionId { get; set; }
        [ApiField("correlation_id")]       public string? CorrelationId { get; set; }
        [ApiField("msisdn")]               public string? Msisdn { get; set; }
        [ApiField("country_code")]         public string? CountryCode { get; set; }
        [ApiField("network")]              public string? Network { get; set; }
        [ApiField("event_time")]           public DateTimeOffset? EventTime { get; set; }
        [ApiField("record_creation_time")] public DateTimeOffset? RecordCreationTime { get; set; }
        [ApiField("response_result")]      public string? ResponseResult { get; set; }
        [ApiField("status")]               public string? Status { get; set; }
        [ApiField("currency")]             public string? Currency { get; set; }
        [ApiField("total_price")]          public decimal? TotalPrice { get; set; }
        [ApiField("id")]                   public string? Id { get; set; }
    }
}
