namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>Every product of the newest reference's enumeration, plus the older names that still resolve.</summary>
internal sealed class ProductCatalog
{
    private readonly Dictionary<string, ProductDefinition> _byName = new(StringComparer.Ordinal);

    public ProductCatalog()
    {
        // The order fixes each product's Code, which is baked into record ids: append only.
        All =
        [
            Sms = new SmsProduct(),
            new SmsTrafficControlProduct(),
            new VoiceCallProduct(),
            new VoiceFailedProduct(),
            new VoiceTtsProduct(),
            new InAppVoiceProduct(),
            new WebsocketCallProduct(),
            new AsrProduct(),
            new AmdProduct(),
            new VerifyApiProduct(),
            new VerifyV2Product(),
            new NumberInsightProduct(),
            new NumberInsightV2Product(),
            new ConversationMessageProduct(),
            new ConversationEventProduct(),
            new MessagesProduct(),
            new MeetingsProduct(),
            new VideoApiProduct(),
            new QualityOnDemandProduct("CAMARA-QOD"),
            new NetworkApiEventProduct(),
            new QualityOnDemandProduct("VONAGE-QOD"),
            new ReportsUsageProduct(),
        ];
        for (var i = 0; i < All.Count; i++)
        {
            All[i].Code = i;
            _byName[All[i].Name] = All[i];
            foreach (var alias in All[i].Aliases) _byName[alias] = All[i];
        }
    }

    public IReadOnlyList<ProductDefinition> All { get; }

    public SmsProduct Sms { get; }

    /// <summary>Product names as the API matches them: exact, upper case.</summary>
    public ProductDefinition? Find(string? name) => name is null ? null : _byName.GetValueOrDefault(name);

    public ProductDefinition? FindByCode(int code) => code >= 0 && code < All.Count ? All[code] : null;

    /// <summary>The 422 reason for an unknown product, listing the accepted values as the API does.</summary>
    public string UnknownProductReason =>
        $"Could not resolve product name. Please use one of the following values [{string.Join(", ", All.SelectMany(p => p.Aliases.Prepend(p.Name)))}]";

    public IEnumerable<string> AllNames => _byName.Keys.Order(StringComparer.Ordinal);
}
