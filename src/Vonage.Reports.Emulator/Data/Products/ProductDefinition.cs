using System.Collections.Frozen;

namespace Vonage.Reports.Emulator.Data.Products;

internal enum DirectionRule { None, Optional, Required }

internal enum FieldKind { String, Boolean, Number }

/// <summary>Per-request switches that change which fields a record shows.</summary>
internal readonly record struct RecordOptions(bool IncludeMessage, bool ShowConcatenated, bool HidePrices);

/// <summary>The inputs of one generated record: who, which slot, when, and a random source seeded by all of them.</summary>
internal struct RecordSeed
{
    public string AccountId;
    public ulong AccountKey;
    public Direction Direction;
    public long K;
    public DateTime Time;
    public Rng Rng;
    public string Uuid;
    public string? SmsMessageId;
}

/// <summary>
/// One product of the Reports API: its record fields (a master list the generator fills), which of them the sync
/// JSON and the CSV show and in which order, the filters it takes, and how its values are made up.
/// </summary>
internal abstract class ProductDefinition
{
    private FrozenDictionary<string, int>? _index;
    private readonly Dictionary<(Direction, RecordOptions, bool), FieldLayout> _layouts = new();

    /// <summary>Stable small number used inside record ids.</summary>
    public int Code { get; internal set; }

    public abstract string Name { get; }

    /// <summary>Older or alternative names that resolve to this product (VOICE-CALL, CONVERSATIONS, …).</summary>
    public virtual string[] Aliases => [];

    public virtual DirectionRule DirectionRule => DirectionRule.None;

    /// <summary>Every field the generator fills, including filter-only ones that are never printed.</summary>
    public abstract string[] Fields { get; }

    /// <summary>The field the date window applies to (call start for voice products).</summary>
    public abstract string TimeField { get; }

    /// <summary>Query/body filter name → record field it compares with.</summary>
    public abstract IReadOnlyDictionary<string, string> Filters { get; }

    /// <summary>If set, a status filter must be one of these (the API rejects others).</summary>
    public virtual string[]? StatusValues => null;

    /// <summary>Optional switches this product understands beyond filters (include_message, show_concatenated).</summary>
    public virtual string[] Switches => [];

    protected abstract string[] JsonFields(Direction direction);

    protected abstract string[] CsvColumns(Direction direction);

    public abstract void Fill(ref RecordSeed seed, RowValues row);

    public virtual FieldKind KindOf(string field) => FieldKind.String;

    public FrozenDictionary<string, int> Index =>
        _index ??= Fields.Select((f, i) => (f, i)).ToFrozenDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    public IEnumerable<Direction> Directions => DirectionRule == DirectionRule.None
        ? [Direction.None] : [Direction.Inbound, Direction.Outbound];

    public FieldLayout JsonLayout(Direction direction, RecordOptions options) => Layout(direction, options, csv: false);

    public FieldLayout CsvLayout(Direction direction, RecordOptions options) => Layout(direction, options, csv: true);

    private FieldLayout Layout(Direction direction, RecordOptions options, bool csv)
    {
        lock (_layouts)
        {
            if (_layouts.TryGetValue((direction, options, csv), out var cached)) return cached;
            var names = (csv ? CsvColumns(direction) : JsonFields(direction))
                .Where(n => n != "message_body" || options.IncludeMessage)
                .Where(n => n != "concatenated" || options.ShowConcatenated)
                .Where(n => !options.HidePrices || !n.Contains("price", StringComparison.Ordinal))
                .ToArray();
            var layout = new FieldLayout(names, names.Select(n => Index[n]).ToArray(), names.Select(KindOf).ToArray());
            _layouts[(direction, options, csv)] = layout;
            return layout;
        }
    }
}

/// <summary>Which master fields to print, in order.</summary>
internal sealed record FieldLayout(string[] Names, int[] Indexes, FieldKind[] Kinds);

/// <summary>The values of one record, addressed by field name while generating.</summary>
internal sealed class RowValues(ProductDefinition product)
{
    public readonly string?[] Values = new string?[product.Fields.Length];
    private readonly FrozenDictionary<string, int> _index = product.Index;

    public string? this[string field]
    {
        get => Values[_index[field]];
        set => Values[_index[field]] = value;
    }

    public void Clear() => Array.Clear(Values);
}
