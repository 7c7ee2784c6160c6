using System;
using System.Runtime.CompilerServices;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// Allocation-free parsers over a field's UTF-8 bytes in the CSV reader's buffer, for the forms the report files
    /// use ("2025-04-01T23:55:06+00:00", "0.00721", "5971", "true"). Each returns false for anything else (any
    /// non-ASCII byte included), and the caller then falls back to <see cref="FieldValueParser"/> on a string, so the
    /// two always agree. netstandard2.0 has no span overloads of DateTimeOffset/decimal parsing, hence these.
    /// </summary>
    internal static class Utf8FieldParser
    {
        private static readonly TimeSpan[] HourOffsets = BuildHourOffsets();

        /// <summary>yyyy-MM-dd[T ]HH:mm:ss followed by +HH:MM, +HHMM, Z or nothing (UTC). No fractions.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public static bool TryDate(byte[] c, int start, int length, out DateTimeOffset value)
        {
            value = default;
            if (length < 19) return false;
            int i = start;
            if (c[i + 4] != '-' || c[i + 7] != '-' || (c[i + 10] != 'T' && c[i + 10] != ' ') || c[i + 13] != ':' || c[i + 16] != ':') return false;
            if (!Digits(c, i, 4, out int year) || !Digits(c, i + 5, 2, out int month) || !Digits(c, i + 8, 2, out int day)
                || !Digits(c, i + 11, 2, out int hour) || !Digits(c, i + 14, 2, out int minute) || !Digits(c, i + 17, 2, out int second))
                return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
                return false;

            TimeSpan offset;
            int rest = length - 19, o = i + 19;
            if (rest == 0 || (rest == 1 && c[o] == 'Z')) offset = TimeSpan.Zero;
            else if ((rest == 6 && c[o + 3] == ':') || rest == 5)
            {
                bool negative = c[o] == '-';
                if (!negative && c[o] != '+') return false;
                int minuteAt = rest == 6 ? o + 4 : o + 3;
                if (!Digits(c, o + 1, 2, out int oh) || !Digits(c, minuteAt, 2, out int om) || oh > 14 || om > 59 || (oh == 14 && om > 0)) return false;
                offset = om == 0 ? HourOffsets[oh] : new TimeSpan(oh, om, 0);
                if (negative) offset = offset.Negate();
            }
            else return false;

            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            var utcTicks = local.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
            value = new DateTimeOffset(local, offset);
            return true;
        }

        /// <summary>[-+]digits[.digits], at most 18 significant digits; the scale is kept ("0.03330000" stays 8 places, as decimal.Parse does).</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public static bool TryDecimal(byte[] c, int start, int length, out decimal value)
        {
            value = 0m;
            int i = start, end = start + length;
            bool negative = false;
            if (i < end && (c[i] == '-' || c[i] == '+')) { negative = c[i] == '-'; i++; }
            ulong mantissa = 0;
            int digits = 0, scale = 0;
            bool point = false, any = false;
            for (; i < end; i++)
            {
                int ch = c[i];
                if (ch >= '0' && ch <= '9')
                {
                    if (++digits > 18) return false;
                    mantissa = mantissa * 10 + (ulong)(ch - '0');
                    if (point) scale++;
                    any = true;
                }
                else if (ch == '.' && !point) point = true;
                else return false;
            }
            if (!any) return false;
            value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        /// <summary>[-+]digits that fit an Int64 (at most 18 digits here; longer falls back).</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public static bool TryInt64(byte[] c, int start, int length, out long value)
        {
            value = 0;
            int i = start, end = start + length;
            bool negative = false;
            if (i < end && (c[i] == '-' || c[i] == '+')) { negative = c[i] == '-'; i++; }
            if (i == end || end - i > 18) return false;
            long v = 0;
            for (; i < end; i++)
            {
                int d = c[i] - '0';
                if ((uint)d > 9) return false;
                v = v * 10 + d;
            }
            value = negative ? -v : v;
            return true;
        }

        public static bool TryInt32(byte[] c, int start, int length, out int value)
        {
            value = 0;
            if (!TryInt64(c, start, length, out long v) || v < int.MinValue || v > int.MaxValue) return false;
            value = (int)v;
            return true;
        }

        /// <summary>true/false/1/0/yes/no/y/n in any case, as <see cref="FieldValueParser.TryBoolean"/>.</summary>
        public static bool TryBoolean(byte[] c, int start, int length, out bool value)
        {
            value = false;
            switch (length)
            {
                case 1:
                    switch ((char)c[start])
                    {
                        case '1': case 'y': case 'Y': value = true; return true;
                        case '0': case 'n': case 'N': return true;
                        default: return false;
                    }
                case 2: return Is(c, start, "no");
                case 3: return value = Is(c, start, "yes");
                case 4: return value = Is(c, start, "true");
                case 5: return Is(c, start, "false");
                default: return false;
            }
        }

        private static bool Is(byte[] c, int start, string word)
        {
            for (int k = 0; k < word.Length; k++)
                if ((c[start + k] | 0x20) != word[k]) return false;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Digits(byte[] c, int start, int count, out int value)
        {
            value = 0;
            for (int k = start; k < start + count; k++)
            {
                int d = c[k] - '0';
                if ((uint)d > 9) return false;
                value = value * 10 + d;
            }
            return true;
        }

        private static TimeSpan[] BuildHourOffsets()
        {
            var offsets = new TimeSpan[15];
            for (int h = 0; h < offsets.Length; h++) offsets[h] = TimeSpan.FromHours(h);
            return offsets;
        }
    }
}
