namespace Vonage.Reports.Models
{
    /// <summary>A record of a product with no typed class yet: every field is kept as an additional field.</summary>
    public sealed class GenericRecord : VonageRecord
    {
        [ApiField("account_id")] public string? AccountId { get; set; }
        [ApiField("id")] public string? Id { get; set; }
    }
}
