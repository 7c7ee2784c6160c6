using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using Vonage.Reports.Models;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Maps a report file's header to a record class once, then turns each row into a record: strings through the
    /// typed setters, dates and numbers parsed straight from the reader's bytes (no string made for them), columns the
    /// class does not know kept as additional fields. A value that does not parse is kept as an additional field too,
    /// exactly as the JSON path does.
    /// </summary>
    internal sealed class CsvRecordBinder
    {
        private readonly RecordSchema _schema;
        private readonly string _product;
        private readonly Column[] _columns;

        public CsvRecordBinder(RecordSchema schema, string product, IReadOnlyList<string> header)
        {
            _schema = schema;
            _product = product;
            _columns = new Column[header.Count];
            var unknown = new List<string>();
            for (int i = 0; i < header.Count; i++)
            {
                var field = schema.FindField(header[i]);
                _columns[i] = new Column(header[i], field);
                if (field == null) unknown.Add(header[i]);
            }
            UnknownColumns = unknown;
        }

        /// <summary>Header columns the record class has no property for; they arrive as additional fields.</summary>
        public IReadOnlyList<string> UnknownColumns { get; }

        [MethodImpl(Hot.FullyOptimized)]
        public VonageRecord Read(Utf8CsvReader reader)
        {
            var record = _schema.Create();
            record.SetProduct(_product);
            int fields = reader.FieldCount;
            int known = Math.Min(fields, _columns.Length);
            for (int i = 0; i < known; i++)
            {
                var column = _columns[i];
                switch (column.Kind)
                {
                    case ColumnKind.Unknown:
                        record.AddAdditionalField(column.Name, reader.GetString(i));
                        break;
                    case ColumnKind.String:
                        string text = reader.GetString(i);
                        if (text.Length > 0) column.SetString!(record, text);
                        break;
                    default:
                        ReadTyped(reader, i, column, record);
                        break;
                }
            }
            // A row longer than the header: keep the surplus values rather than drop them.
            for (int i = known; i < fields; i++)
                record.AddAdditionalField("column" + (i + 1).ToString(CultureInfo.InvariantCulture), reader.GetString(i));
            return record;
        }

        [MethodImpl(Hot.FullyOptimized)]
        private void ReadTyped(Utf8CsvReader reader, int ordinal, Column column, VonageRecord record)
        {
            int length = reader.GetBytes(ordinal, out var bytes, out int start);
            if (length == 0) return;
            switch (column.Kind)
            {
                case ColumnKind.Date:
                    if (column.Dates!.TryGet(bytes, start, length, out var date)) { column.SetDate!(record, date); return; }
                    if (Utf8FieldParser.TryDate(bytes, start, length, out date))
                    {
                        column.Dates.Remember(bytes, start, length, date);
                        column.SetDate!(record, date);
                        return;
                    }
                    break;
                case ColumnKind.Decimal:
                    if (Utf8FieldParser.TryDecimal(bytes, start, length, out var number)) { column.SetDecimal!(record, number); return; }
                    break;
                case ColumnKind.Int32:
                    if (Utf8FieldParser.TryInt32(bytes, start, length, out var int32)) { column.SetInt32!(record, int32); return; }
                    break;
                case ColumnKind.Int64:
                    if (Utf8FieldParser.TryInt64(bytes, start, length, out var int64)) { column.SetInt64!(record, int64); return; }
                    break;
                case ColumnKind.Boolean:
                    if (Utf8FieldParser.TryBoolean(bytes, start, length, out var flag)) { column.SetBoolean!(record, flag); return; }
                    break;
            }
            // Any other form (fractions of seconds, exponents, "42.0", non-ASCII text): the general parsers decide,
            // and what they cannot type is kept as an additional field.
            _schema.Assign(record, column.Name, reader.GetString(ordinal));
        }

        private enum ColumnKind { Unknown, String, Date, Decimal, Int32, Int64, Boolean }

        private sealed class Column
        {
            public Column(string name, RecordField? field)
            {
                Name = name;
                if (field == null) { Kind = ColumnKind.Unknown; return; }
                switch (field.Kind)
                {
                    case FieldKind.Date: Kind = ColumnKind.Date; SetDate = (Action<VonageRecord, DateTimeOffset?>)field.TypedSetter; Dates = new RecentMinuteDates(); break;
                    case FieldKind.Decimal: Kind = ColumnKind.Decimal; SetDecimal = (Action<VonageRecord, decimal?>)field.TypedSetter; break;
                    case FieldKind.Int32: Kind = ColumnKind.Int32; SetInt32 = (Action<VonageRecord, int?>)field.TypedSetter; break;
                    case FieldKind.Int64: Kind = ColumnKind.Int64; SetInt64 = (Action<VonageRecord, long?>)field.TypedSetter; break;
                    case FieldKind.Boolean: Kind = ColumnKind.Boolean; SetBoolean = (Action<VonageRecord, bool?>)field.TypedSetter; break;
                    default: Kind = ColumnKind.String; SetString = (Action<VonageRecord, string?>)field.TypedSetter; break;
                }
            }

            public string Name { get; }
            public ColumnKind Kind { get; }
            public Action<VonageRecord, string?>? SetString { get; }
            public Action<VonageRecord, DateTimeOffset?>? SetDate { get; }
            public RecentMinuteDates? Dates { get; }
            public Action<VonageRecord, decimal?>? SetDecimal { get; }
            public Action<VonageRecord, int?>? SetInt32 { get; }
            public Action<VonageRecord, long?>? SetInt64 { get; }
            public Action<VonageRecord, bool?>? SetBoolean { get; }
        }
    }
}
