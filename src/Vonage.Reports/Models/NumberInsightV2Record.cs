using System;

namespace Vonage.Reports.Models
{
    /// <summary>Number Insight v2 lookups: fraud score, SIM swap (NUMBER-INSIGHT-V2). Properties follow the API's column order.</summary>
    public sealed class NumberInsightV2Record : VonageRecord
    {
        [ApiField("account_id")]    public string? AccountId { get; set; }
        [ApiField("request_id")]    public string? RequestId { get; set; }
        [ApiField("request_type")]  public string? RequestType { get; set; }
        [ApiField("number")]        public string? Number { get; set; }
        [ApiField("date_received")] public DateTimeOffset? DateReceived { get; set; }
        [ApiField("status")]        public string? Status { get; set; }
        [ApiField("risk")]          public string? Risk { get; set; }
        [ApiField("swapped")]       public bool? Swapped { get; set; }
        [ApiField("network")]       public string? Network { get; set; }
        [ApiField("network_name")]  public string? NetworkName { get; set; }
        [ApiField("country")]       public string? Country { get; set; }
        [ApiField("country_name")]  public string? CountryName { get; set; }
        [ApiField("currency")]      public string? Currency { get; set; }
        [ApiField("total_price")]   public decimal? TotalPrice { get; set; }
        [ApiField("id")]            public string? Id { get; set; }
    }
}
