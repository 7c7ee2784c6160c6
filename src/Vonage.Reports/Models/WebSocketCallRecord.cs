using System;

namespace Vonage.Reports.Models
{
    /// <summary>WebSocket call legs (WEBSOCKET-CALL). Properties follow the API's column order.</summary>
    public sealed class WebSocketCallRecord : VonageRecord
    {
        [ApiField("account_id")]  public string? AccountId { get; set; }
        [ApiField("call_id")]     public string? CallId { get; set; }
        [ApiField("date_start")]  public DateTimeOffset? DateStart { get; set; }
        [ApiField("date_end")]    public DateTimeOffset? DateEnd { get; set; }
        [ApiField("duration")]    public int? Duration { get; set; }
        [ApiField("status")]      public string? Status { get; set; }
        [ApiField("currency")]    public string? Currency { get; set; }
        [ApiField("price")]       public decimal? Price { get; set; }
        [ApiField("total_price")] public decimal? TotalPrice { get; set; }
        [ApiField("id")]          public string? Id { get; set; }
    }
}
