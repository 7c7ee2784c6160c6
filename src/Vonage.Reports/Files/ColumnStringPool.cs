using System;
using System.Runtime.CompilerServices;
using System.Data.Common;
using Vonage.Reports.Models;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// De-duplicates the strings of repetitive columns (status, currency, country, network name, …) as the CSV
    /// reader builds them, so a million rows do not make a million copies of "delivered". Each column measures its
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

        /// <summary>Sylvan's ColumnStringFactory shape.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public string GetString(DbDataReader reader, int ordinal, char[] buffer, int offset, int length)
        {
            if (length == 0) return string.Empty;
            if ((uint)ordinal >= (uint)_columns.Length || length > MaxPooledLength) return new string(buffer, offset, length);
            return _columns[ordinal].Get(buffer, offset, length);
        }

        private sealed class Column
        {
            private readonly string?[] _slots = new string?[SlotsPerColumn];
            private bool _disabled;
            private int _lookups;
            private int _hits;

            [MethodImpl(Hot.FullyOptimized)]
            public string Get(char[] buffer, int offset, int length)
            {
                if (_disabled) return new string(buffer, offset, length);
                uint hash = 2166136261;
                for (int i = offset; i < offset + length; i++) hash = (hash ^ buffer[i]) * 16777619;
                int slot = (int)(hash & (SlotsPerColumn - 1));
                string? existing = _slots[slot];
                bool hit = existing != null && Equal(existing, buffer, offset, length);
                if (hit) _hits++;
                if (++_lookups == TrialLookups && _hits < TrialLookups / 2)
                {
                    // Mostly unique values: stop hashing them and let the table go.
                    _disabled = true;
                    Array.Clear(_slots, 0, _slots.Length);
                }
                if (hit) return existing!;
                var made = new string(buffer, offset, length);
                if (!_disabled) _slots[slot] = made;
                return made;
            }

            private static bool Equal(string s, char[] buffer, int offset, int length)
            {
                if (s.Length != length) return false;
                for (int i = 0; i < length; i++) if (s[i] != buffer[offset + i]) return false;
                return true;
            }
        }
    }
}
