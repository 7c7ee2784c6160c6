using System.Buffers;
using System.Text;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>
/// A run of CSV rows already encoded as UTF-8, with each row's end offset so a row cap can cut between rows.
/// Blocks are made in parallel and written to the ZIP in order.
/// </summary>
internal sealed class CsvBlock : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private readonly List<int> _rowEnds = new(8192);

    public int Length { get; private set; }

    public int Rows => _rowEnds.Count;

    public ReadOnlyMemory<byte> Data => _buffer.AsMemory(0, Length);

    /// <summary>Bytes of the first <paramref name="rows"/> rows.</summary>
    public ReadOnlyMemory<byte> FirstRows(int rows) => _buffer.AsMemory(0, rows == 0 ? 0 : _rowEnds[rows - 1]);

    /// <summary>Appends one row in the API's dialect: every field quoted, quotes doubled, LF at the end.</summary>
    public void AddRow(string?[] values, int[] indexes)
    {
        for (var i = 0; i < indexes.Length; i++)
        {
            if (i > 0) Put((byte)',');
            Put((byte)'"');
            var value = values[indexes[i]];
            if (!string.IsNullOrEmpty(value))
            {
                if (value.Contains('"')) value = value.Replace("\"", "\"\"", StringComparison.Ordinal);
                Ensure(Encoding.UTF8.GetMaxByteCount(value.Length));
                Length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
            }
            Put((byte)'"');
        }
        Put((byte)'\n');
        _rowEnds.Add(Length);
    }

    private void Put(byte b)
    {
        if (Length == _buffer.Length) Ensure(1);
        _buffer[Length++] = b;
    }

    private void Ensure(int extra)
    {
        if (Length + extra <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + extra));
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
