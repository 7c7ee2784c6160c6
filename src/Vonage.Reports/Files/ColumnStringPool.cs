using System;
using System.Runtime.CompilerServices;
using System.Text;
using Vonage.Reports.Models;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// De-duplicates the strings of repetitive columns (status, currency, country, network name, …) as the CSV
    /// reader decodes them, so a million rows do not make a million copies of "delivered". Each column measures its
    /// own hit rate and stops pooling when values rarely repeat (ids, numbers, message bodies). Single-threaded:
    /// it runs on the parsing thread only.
    /// </summary>
    internal sealed class ColumnStringPool
    {
        private const int MaxPooledLength = 48;
        private const int SlotsPerColumn = 1024; // power of two
        private const int TrialLookups = 4096;

        private readonly Column[] _columns;

        public ColumnStringPool(int columnCount)
        {
            _columns = new Column[columnCount];
            for (int i = 0; i < columnCount; i++) _columns[i] = new Column();
        }

        /// <summary>The string of a field's UTF-8 bytes, shared with earlier rows of the column when it repeats.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public string GetString(int ordinal, byte[] buffer, int offset, int length)
        {
            if (length == 0) return string.Empty;
            if ((uint)ordinal >= (uint)_columns.Length || length > MaxPooledLength) return Encoding.UTF8.GetString(buffer, offset, length);
            return _columns[ordinal].Get(buffer, offset, length);
        }

        private sealed class Column
        {
            private readonly byte[]?[] _keys = new byte[]?[SlotsPerColumn];
            private readonly string?[] _slots = new string?[SlotsPerColumn];
            private bool _disabled;
            private int _lookups;
            private int _hits;

            [MethodImpl(Hot.FullyOptimized)]
            public string Get(byte[] buffer, int offset, int length)
            {
                if (_disabled) return Encoding.UTF8.GetString(buffer, offset, length);
                int slot = Slot(buffer, offset, length);
                string? existing = _slots[slot];
                bool hit = existing != null && SameBytes(_keys[slot]!, buffer, offset, length);
                if (hit) _hits++;
                if (++_lookups == TrialLookups && _hits < TrialLookups / 2)
                {
                    // Mostly unique values: stop hashing them and let the table go.
                    _disabled = true;
                    Array.Clear(_slots, 0, _slots.Length);
                    Array.Clear(_keys, 0, _keys.Length);
                }
                if (hit) return existing!;
                var made = Encoding.UTF8.GetString(buffer, offset, length);
                if (!_disabled)
                {
                    var key = new byte[length];
                    Buffer.BlockCopy(buffer, offset, key, 0, length);
                    _keys[slot] = key;
                    _slots[slot] = made;
                }
                return made;
            }

            /// <summary>
            /// A slot from the length and the first and last eight bytes: O(1) per value, and enough to tell apart the
            /// values of a repetitive column (a miss only costs a string, and the comparison settles every hit).
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Slot(byte[] b, int offset, int length)
            {
                ulong hash = (ulong)length * 0x9E3779B97F4A7C15;
                if (length >= 8)
                {
                    hash = (hash ^ ByteWords.Read(b, offset)) * 0x100000001B3;
                    hash = (hash ^ ByteWords.Read(b, offset + length - 8)) * 0x100000001B3;
                }
                else
                {
                    for (int i = offset; i < offset + length; i++) hash = (hash ^ b[i]) * 0x100000001B3;
                }
                return (int)((hash ^ (hash >> 29) ^ (hash >> 47)) & (SlotsPerColumn - 1));
            }

            /// <summary>Whether the key holds exactly these bytes: eight at a time, the last eight overlapping.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static bool SameBytes(byte[] key, byte[] b, int offset, int length)
            {
                if (key.Length != length) return false;
                if (length < 8)
                {
                    for (int i = 0; i < length; i++) if (key[i] != b[offset + i]) return false;
                    return true;
                }
                for (int i = 0; i < length - 8; i += 8) if (ByteWords.Read(key, i) != ByteWords.Read(b, offset + i)) return false;
                return ByteWords.Read(key, length - 8) == ByteWords.Read(b, offset + length - 8);
            }
        }
    }
}
