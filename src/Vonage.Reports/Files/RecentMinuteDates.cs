using System;
using System.Runtime.CompilerServices;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// The last date a CSV column parsed, by its minute: report rows come in time order, so consecutive dates mostly
    /// share "yyyy-MM-ddTHH:mm" and the offset text, and only the seconds need reading. A value that differs anywhere
    /// else is a miss, and the caller parses it in full (then remembers it). One per date column; parser thread only.
    /// </summary>
    internal sealed class RecentMinuteDates
    {
        private const int MinuteLength = 16;   // "yyyy-MM-ddTHH:mm"
        private const int SecondsEnd = 19;     // ":ss" follows the minute
        private const int MaxTail = 8;         // the offset text after the seconds ("+00:00", "Z", "+0000", none)

        private ulong _minute0, _minute1, _tail;
        private int _length = -1;
        private long _minuteTicks;
        private TimeSpan _offset;

        /// <summary>The date, when the text has the remembered minute and offset and valid seconds.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGet(byte[] c, int start, int length, out DateTimeOffset value)
        {
            value = default;
            // _length is -1 until a date is remembered, and at least SecondsEnd after: the reads below stay in the field.
            if (length != _length || ByteWords.Read(c, start) != _minute0 || ByteWords.Read(c, start + 8) != _minute1
                || c[start + MinuteLength] != ':' || Tail(c, start, length) != _tail)
                return false;
            int tens = c[start + 17] - '0', units = c[start + 18] - '0';
            if ((uint)tens > 5 || (uint)units > 9) return false;
            // The minute was validated in full (date, range, offset), and 59 s more stays within DateTime's range.
            value = new DateTimeOffset(_minuteTicks + (tens * 10 + units) * TimeSpan.TicksPerSecond, _offset);
            return true;
        }

        /// <summary>Remembers a date the full parser read from this text (whole seconds, as it only accepts).</summary>
        public void Remember(byte[] c, int start, int length, DateTimeOffset value)
        {
            if (length < SecondsEnd || length > SecondsEnd + MaxTail || value.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                _length = -1;
                return;
            }
            _minute0 = ByteWords.Read(c, start);
            _minute1 = ByteWords.Read(c, start + 8);
            _tail = Tail(c, start, length);
            _length = length;
            _minuteTicks = value.Ticks - value.Second * TimeSpan.TicksPerSecond;
            _offset = value.Offset;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Tail(byte[] c, int start, int length)
        {
            ulong tail = 0;
            for (int i = start + SecondsEnd; i < start + length; i++) tail = (tail << 8) | c[i];
            return tail;
        }
    }
}
