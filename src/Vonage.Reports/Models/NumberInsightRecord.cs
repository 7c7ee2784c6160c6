using System;

namespace Vonage.Reports.Models
{
    /// <summary>Number Insight v1 lookups (NUMBER-INSIGHT). Properties follow the API's column order.</summary>
    public sealed class NumberInsightRecord : VonageRecord
    {
        [ApiField("account_id")]    public string? AccountId { get; set; }
        [ApiField("request_id")]    public string? RequestId { get; set; }
        [ApiField("product_type")]  public string? ProductType { get; set; }
        [ApiField("number")]        public string? Number { get; set; }
        [ApiField("date_received")] public DateTimeOffset? DateReceived { get; set; }
        [ApiField("status")]        public string? Status { get; set; }
        [ApiField("response_code")] public string? ResponseCode { get; set; }
        [ApiField("network")]       public string? Network { get; set; }
        [ApiField("network_name")]  public string? NetworkName { get; set; }
        [ApiField("network_type")]  public string? NetworkType { get; set; }
        [ApiField("country")]       public string? Country { get; set; }
        [ApiField("country_name")]  public string? CountryName { get; set; }
        [ApiField("valid")]         public string? Valid { get; set; }
        [ApiField("ported")]        public string? Ported { get; set; }
        [ApiField("reachable")]     public string? Reachable { get; set; }
        [ApiField("first_name")]    public string? FirstName { get; set; }
        [ApiField("last_name")]     public string? LastName { get; set; }
        [ApiField("currency")]      public string? Currency { get; set; }
        [ApiField("total_price")]   public decimal? TotalPrice { get; set; }
        [ApiField("id")]            public string? Id { get; set; }
    }
}
