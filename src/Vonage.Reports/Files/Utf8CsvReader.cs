using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Vonage.Reports.Models;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// An RFC 4180 CSV tokenizer that works on the UTF-8 bytes themselves: rows are split with vectorised searches
    /// and each field stays a slice of the buffer until asked for (<see cref="GetBytes"/>), so a date or a price is
    /// parsed without a string or a UTF-16 copy ever being made, and the text is never decoded as a whole. Handles quoted fields (commas,
    /// doubled quotes, line breaks inside), LF, CRLF and CR line ends, a UTF-8 byte order mark, and skips blank lines.
    /// A row must fit in <see cref="MaxRowBytes"/>; the buffer grows to it as needed. Not thread-safe.
    /// </summary>
    internal sealed class Utf8CsvReader
    {
        internal const int DefaultBufferBytes = 1 << 16;
        internal const int MaxRowBytes = 1 << 24;
        private const byte Quote = (byte)'"', Comma = (byte)',', Lf = (byte)'\n', Cr = (byte)'\r';


        private readonly Stream _source;
        private readonly ColumnStringPool? _pool;
        private readonly int _maxRowBytes;
        private byte[] _buffer;
        private int _position, _end;
        private bool _sourceEnded, _started;
        private int[] _starts = new int[32], _lengths = new int[32];
        private bool[] _escaped = new bool[32];
        private byte[] _unescaped = new byte[256];
        private int _fieldCount;

        /// <param name="source">UTF-8 text (a byte order mark is skipped). Not closed by this reader.</param>
        /// <param name="pool">De-duplicates the strings of repetitive columns; null makes every string new.</param>
        /// <param name="bufferBytes">The buffer's starting size (tests use tiny ones to cross its edges).</param>
        /// <param name="maxRowBytes">The longest row accepted; the buffer grows to it as needed.</param>
        public Utf8CsvReader(Stream source, ColumnStringPool? pool = null, int bufferBytes = DefaultBufferBytes, int maxRowBytes = MaxRowBytes)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _pool = pool;
            _maxRowBytes = Math.Max(maxRowBytes, 4);
            _buffer = new byte[Math.Min(Math.Max(bufferBytes, 4), _maxRowBytes)];
        }

        /// <summary>Rows read so far, the current one included (the header is row 1).</summary>
        public long RowNumber { get; private set; }

        /// <summary>Fields in the current row.</summary>
        public int FieldCount => _fieldCount;

        /// <summary>Moves to the next row; false at the end of the text.</summary>
        /// <exception cref="CsvFormatException">A quote left open, text after a closing quote, or a row longer than the limit.</exception>
        [MethodImpl(Hot.FullyOptimized)]
        public bool Read()
        {
            if (!_started) Start();
            while (true)
            {
                // Blank lines are not records.
                while (_position < _end && (_buffer[_position] == Lf || _buffer[_position] == Cr)) _position++;
                if (_position == _end)
                {
                    if (_sourceEnded || !Refill()) return false;
                    continue;
                }
                int next = ParseRow(_position);
                if (next >= 0)
                {
                    _position = next;
                    RowNumber++;
                    return true;
                }
                // The row runs past the bytes at hand: read more (growing the buffer if the row fills it), then parse it
                // again. Once the source has ended, ParseRow completes or throws, so this cannot loop.
                Refill();
            }
        }

        /// <summary>The field as a string ("" for an empty field). Repetitive columns share their instances.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public string GetString(int field)
        {
            Slice(field, out var bytes, out int start, out int length);
            if (length == 0) return string.Empty;
            if (_pool != null) return _pool.GetString(field, bytes, start, length);
            return Encoding.UTF8.GetString(bytes, start, length);
        }

        /// <summary>The field's UTF-8 bytes (quotes and escapes removed): valid until the next <see cref="Read"/>.</summary>
        /// <returns>The length, in bytes.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GetBytes(int field, out byte[] bytes, out int start)
        {
            Slice(field, out bytes, out start, out int length);
            return length;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Slice(int field, out byte[] bytes, out int start, out int length)
        {
            if ((uint)field >= (uint)_fieldCount) throw new ArgumentOutOfRangeException(nameof(field), field, "The row has " + _fieldCount + " field(s).");
            start = _starts[field];
            length = _lengths[field];
            bytes = _buffer;
            if (_escaped[field]) Unescape(ref bytes, ref start, ref length);
        }

        /// <summary>A quoted field with doubled quotes: its text without the doubling, in a scratch buffer.</summary>
        private void Unescape(ref byte[] bytes, ref int start, ref int length)
        {
            if (_unescaped.Length < length) _unescaped = new byte[Math.Max(length, _unescaped.Length * 2)];
            int n = 0;
            for (int i = start, end = start + length; i < end; i++)
            {
                _unescaped[n++] = bytes[i];
                if (bytes[i] == Quote) i++;
            }
            bytes = _unescaped;
            start = 0;
            length = n;
        }

        /// <summary>Splits the row at <paramref name="at"/>; returns where the next one starts, or -1 when the row is incomplete.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        private int ParseRow(int at)
        {
            byte[] buffer = _buffer;
            int end = _end, p = at, field = 0;
            while (true)
            {
                if (field == _starts.Length) GrowFields();
                int stop;
                if (p < end && buffer[p] == Quote)
                {
                    int close = FindClosingQuote(buffer, p + 1, end, _sourceEnded, out bool escaped);
                    if (close < 0)
                    {
                        if (_sourceEnded) throw Malformed("a quoted field is not closed before the end of the file");
                        return -1;
                    }
                    _starts[field] = p + 1;
                    _lengths[field] = close - p - 1;
                    _escaped[field] = escaped;
                    stop = close + 1;
                    if (stop < end && buffer[stop] != Comma && buffer[stop] != Lf && buffer[stop] != Cr)
                        throw Malformed("text follows a closing quote (a quote inside a field must be doubled)");
                }
                else
                {
                    int found = p < end ? new ReadOnlySpan<byte>(buffer, p, end - p).IndexOfAny(Comma, Lf, Cr) : -1;
                    stop = found < 0 ? end : p + found;
                    _starts[field] = p;
                    _lengths[field] = stop - p;
                    _escaped[field] = false;
                }
                field++;
                if (stop == end)
                {
                    // Whether the row goes on is only known with more text, unless there is none.
                    if (!_sourceEnded) return -1;
                    _fieldCount = field;
                    return end;
                }
                if (buffer[stop] == Comma)
                {
                    p = stop + 1;
                    continue;
                }
                _fieldCount = field;
                if (buffer[stop] == Lf) return stop + 1;
                // CR: CRLF is one line end; a CR at the end of the bytes at hand needs the next byte to tell.
                if (stop + 1 < end) return buffer[stop + 1] == Lf ? stop + 2 : stop + 1;
                return _sourceEnded ? end : -1;
            }
        }

        /// <summary>Index of the quote closing a quoted field whose text starts at <paramref name="from"/>; -1 if not yet seen.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        private static int FindClosingQuote(byte[] buffer, int from, int end, bool last, out bool escaped)
        {
            escaped = false;
            int q = from;
            while (q < end)
            {
                int found = new ReadOnlySpan<byte>(buffer, q, end - q).IndexOf(Quote);
                if (found < 0) return -1;
                int at = q + found;
                // At the end of the bytes at hand, only the next byte tells a closing quote from a doubled one.
                if (at + 1 == end) return last ? at : -1;
                if (buffer[at + 1] != Quote) return at;
                escaped = true;
                q = at + 2;
            }
            return -1;
        }

        /// <summary>
        /// Keeps the unparsed tail, moved to the front, and reads more after it (doubling the buffer when the tail fills
        /// it). Returns false when the source has ended (then <see cref="_sourceEnded"/> lets the last row complete).
        /// </summary>
        private bool Refill()
        {
            int tail = _end - _position;
            if (tail > 0 && _position > 0) Buffer.BlockCopy(_buffer, _position, _buffer, 0, tail);
            else if (tail == _buffer.Length)
            {
                if (_buffer.Length >= _maxRowBytes)
                    throw Malformed("a row is longer than " + _maxRowBytes / (1 << 20) + " MB (is this a report CSV?)");
                var larger = new byte[Math.Min(_buffer.Length * 2, _maxRowBytes)];
                Buffer.BlockCopy(_buffer, 0, larger, 0, tail);
                _buffer = larger;
            }
            _position = 0;
            _end = tail;
            while (_end < _buffer.Length)
            {
                int read = _source.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    _sourceEnded = true;
                    return false;
                }
                _end += read;
                if (_end > tail) break;
            }
            return true;
        }

        private void Start()
        {
            _started = true;
            while (_end < 3 && Refill()) { }
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _position = 3;
        }

        private void GrowFields()
        {
            int size = _starts.Length * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _escaped, size);
        }

        private CsvFormatException Malformed(string what) => new CsvFormatException(RowNumber + 1, what);
    }
}
