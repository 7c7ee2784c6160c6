using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Data;

/// <summary>
/// Makes records on demand. Record k of a stream falls at k*interval plus a deterministic jitter inside its slot,
/// truncated to whole seconds (the API prints seconds), so times are ordered by k, the k range of any [start, end)
/// is found by a short binary search, and nothing but the current record is ever held.
/// </summary>
internal sealed class RecordGenerator
{
    private readonly ulong _seedKey;

    public RecordGenerator(long seed, int densityPerHour, ProductCatalog catalog)
    {
        _seedKey = Hashing.Mix((ulong)seed);
        IntervalTicks = TimeSpan.TicksPerHour / densityPerHour;
        Catalog = catalog;
        Ids = new RecordIds(seed);
    }

    public long IntervalTicks { get; }

    public ProductCatalog Catalog { get; }

    public RecordIds Ids { get; }

    public RecordStream Stream(string accountId, ProductDefinition product, Direction direction)
    {
        var accountKey = Hashing.Combine(_seedKey, Hashing.Of(accountId));
        var hash = Hashing.Combine(Hashing.Combine(accountKey, Hashing.Of(product.Name)), (ulong)direction);
        return new RecordStream(accountId, product, direction, hash, accountKey);
    }

    public DateTime TimeOf(in RecordStream stream, long k)
    {
        var jitter = (long)(Hashing.Combine(stream.Hash, (ulong)k) % (ulong)IntervalTicks);
        var ticks = DateTime.UnixEpoch.Ticks + k * IntervalTicks + jitter;
        return new DateTime(ticks - ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    /// <summary>The first k whose time is at or after <paramref name="time"/>.</summary>
    public long FirstAtOrAfter(in RecordStream stream, DateTime time)
    {
        var offset = time.Ticks - DateTime.UnixEpoch.Ticks;
        if (offset <= 0) return 0;
        // Slot k's time lies in (k*I - 1 s, (k+1)*I), so the answer is inside this bracket.
        var lo = Math.Max(0, (offset - TimeSpan.TicksPerSecond) / IntervalTicks - 1);
        var hi = (offset + TimeSpan.TicksPerSecond) / IntervalTicks + 2;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (TimeOf(stream, mid) >= time) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Fills <paramref name="row"/> with record k of the stream.</summary>
    public void Generate(in RecordStream stream, long k, RowValues row)
    {
        row.Clear();
        var product = stream.Product;
        var seed = new RecordSeed
        {
            AccountId = stream.AccountId,
            AccountKey = stream.AccountKey,
            Direction = stream.Direction,
            K = k,
            Time = TimeOf(stream, k),
            Rng = new Rng(Hashing.Combine(stream.Hash ^ 0xC0FFEEUL, (ulong)k)),
            Uuid = Ids.Uuid(stream.AccountId, product.Code, stream.Direction, k),
            SmsMessageId = product.Code == Catalog.Sms.Code ? Ids.SmsMessageId(stream.AccountId, stream.Direction, k) : null,
        };
        product.Fill(ref seed, row);
    }
}
