namespace Vonage.Reports.Emulator.Data.Products;

/// <summary>A product whose sync JSON fields and CSV columns are the same list (api-facts 11: sync fields ≈ CSV columns).</summary>
internal abstract class SimpleProduct : ProductDefinition
{
    /// <summary>Fields generated for filtering only, never printed.</summary>
    protected virtual string[] Hidden => [];

    protected override string[] JsonFields(Direction direction) => Fields.Except(Hidden).ToArray();

    protected override string[] CsvColumns(Direction direction) => JsonFields(direction);

    protected static IReadOnlyDictionary<string, string> Same(params string[] names) => SmsProduct.Same(names);
}
