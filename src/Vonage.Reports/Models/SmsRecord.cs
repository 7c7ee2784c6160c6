using System;

namespace Vonage.Reports.Models
{
    /// <summary>An SMS record (product SMS), inbound or outbound. Properties follow the API's column order.</summary>
    public sealed class SmsRecord : VonageRecord
    {
        [ApiField("account_id")] public string? AccountId { get; set; }
        [ApiField("message_id")] public string? MessageId { get; set; }
        [ApiField("client_ref")] public string? ClientRef { get; set; }
        [ApiField("direction")] public string? Direction { get; set; }
        [ApiField("from")] public string? From { get; set; }
        [ApiField("to")] public string? To { get; set; }
        [ApiField("message_body")] public string? MessageBody { get; set; }
        [ApiField("network")] public string? Network { get; set; }
        [ApiField("network_name")] public string? NetworkName { get; set; }
        [ApiField("country")] public string? Country { get; set; }
        [ApiField("country_name")] public string? CountryName { get; set; }
        [ApiField("date_received")] public DateTimeOffset? DateReceived { get; set; }
        [ApiField("date_finalized")] public DateTimeOffset? DateFinalized { get; set; }
        [ApiField("latency")] public int? Latency { get; set; }
        [ApiField("status")] public string? Status { get; set; }
        [ApiField("error_code")] public string? ErrorCode { get; set; }
        [ApiField("error_code_description")] public string? ErrorCodeDescription { get; set; }
        [ApiField("currency")] public string? Currency { get; set; }
        [ApiField("total_price")] public decimal? TotalPrice { get; set; }
        [ApiField("price")] public decimal? Price { get; set; }
        [ApiField("account_ref")] public string? AccountRef { get; set; }
        [ApiField("forced_from")] public string? ForcedFrom { get; set; }
        [ApiField("changed_from")] public string? ChangedFrom { get; set; }
        [ApiField("concatenated")] public bool? Concatenated { get; set; }
        [ApiField("dcs")] public string? Dcs { get; set; }
        [ApiField("validity_period")] public string? ValidityPeriod { get; set; }
        [ApiField("ip_address")] public string? IpAddress { get; set; }
        [ApiField("udh")] public string? Udh { get; set; }
        [ApiField("workflow_id")] public string? WorkflowId { get; set; }
        [ApiField("tier_volume")] public string? TierVolume { get; set; }
        [ApiField("id")] public string? Id { get; set; }
    }
}
