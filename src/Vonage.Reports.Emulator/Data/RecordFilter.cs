using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Data;

/// <summary>Product filters (status, from, to, …) compared case-insensitively with the generated field values.</summary>
internal sealed class RecordFilter
{
    private readonly (int Index, string Value)[] _conditions;

    public RecordFilter(ProductDefinition product, IEnumerable<KeyValuePair<string, string>> filters)
    {
        _conditions = filters.Select(f => (product.Index[product.Filters[f.Key]], f.Value)).ToArray();
    }

    public bool IsEmpty => _conditions.Length == 0;

    public bool Matches(RowValues row)
    {
        foreach (var (index, value) in _conditions)
            if (!string.Equals(row.Values[index], value, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
