using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// The fields of one record class: API name -> a compiled setter that parses the API's text into the
    /// property's type. Built once per class by reflection over <see cref="ApiFieldAttribute"/>.
    /// </summary>
    internal sealed class RecordSchema
    {
        private static readonly ConcurrentDictionary<Type, RecordSchema> Cache = new ConcurrentDictionary<Type, RecordSchema>();

        /// <summary>Sets a property from text; returns false when the text could not be typed.</summary>
        internal delegate bool FieldSetter(VonageRecord record, string? text);

        private readonly Dictionary<string, FieldSetter> _setters;
        private readonly Dictionary<string, RecordField> _fields;
        private readonly Func<VonageRecord> _factory;

        private RecordSchema(Type type)
        {
            RecordType = type;
            _setters = new Dictionary<string, FieldSetter>(StringComparer.OrdinalIgnoreCase);
            _fields = new Dictionary<string, RecordField>(StringComparer.OrdinalIgnoreCase);
            var names = new List<string>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var field = property.GetCustomAttribute<ApiFieldAttribute>();
                if (field == null || !property.CanWrite) continue;
                var setter = CompileSetter(type, property);
                _setters[field.Name] = setter;
                _fields[field.Name] = new RecordField(field.Name, property.Name, KindOf(property.PropertyType), setter, CompileTypedSetter(type, property));
                names.Add(field.Name);
            }
            FieldNames = names;
            _factory = Expression.Lambda<Func<VonageRecord>>(Expression.New(type)).Compile();
        }

        public Type RecordType { get; }

        /// <summary>The API names of the class's properties, in declaration (API column) order.</summary>
        public IReadOnlyList<string> FieldNames { get; }

        public static RecordSchema For(Type type) => Cache.GetOrAdd(type, t => new RecordSchema(t));

        public VonageRecord Create() => _factory();

        public FieldSetter? FindSetter(string apiName) => _setters.TryGetValue(apiName, out var s) ? s : null;

        /// <summary>A field's type and setters, for readers that parse values themselves (the CSV reader).</summary>
        public RecordField? FindField(string apiName) => _fields.TryGetValue(apiName, out var f) ? f : null;

        /// <summary>Sets a known field, or keeps an unknown (or untypeable) one as an additional field.</summary>
        public void Assign(VonageRecord record, string name, string? text)
        {
            var setter = FindSetter(name);
            if (setter == null || !setter(record, text)) record.AddAdditionalField(name, text);
        }

        private static FieldSetter CompileSetter(Type recordType, PropertyInfo property)
        {
            var record = Expression.Parameter(typeof(VonageRecord), "record");
            var text = Expression.Parameter(typeof(string), "text");
            var target = Expression.Convert(record, recordType);
            Type type = property.PropertyType;
            string? parser = ParserFor(type);
            if (parser == null)
                throw new InvalidOperationException("Record property " + recordType.Name + "." + property.Name + " has unsupported type " + type.Name + ".");
            // bool Set(record, text) => Bind.<parser>(text, out value) && assign
            var method = typeof(Bind).GetMethod(parser, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
            var value = Expression.Variable(type, "value");
            var body = Expression.Block(new[] { value },
                Expression.Condition(
                    Expression.Call(method, text, value),
                    Expression.Block(Expression.Assign(Expression.Property(target, property), value), Expression.Constant(true)),
                    Expression.Constant(false)));
            return Expression.Lambda<FieldSetter>(body, record, text).Compile();
        }

        /// <summary>(record, value) => ((TRecord)record).Property = value, typed, so a reader that parsed the value skips the text.</summary>
        private static Delegate CompileTypedSetter(Type recordType, PropertyInfo property)
        {
            var record = Expression.Parameter(typeof(VonageRecord), "record");
            var value = Expression.Parameter(property.PropertyType, "value");
            var assign = Expression.Assign(Expression.Property(Expression.Convert(record, recordType), property), value);
            var delegateType = typeof(Action<,>).MakeGenericType(typeof(VonageRecord), property.PropertyType);
            return Expression.Lambda(delegateType, assign, record, value).Compile();
        }

        private static FieldKind KindOf(Type type)
        {
            if (type == typeof(DateTimeOffset?)) return FieldKind.Date;
            if (type == typeof(decimal?)) return FieldKind.Decimal;
            if (type == typeof(int?)) return FieldKind.Int32;
            if (type == typeof(long?)) return FieldKind.Int64;
            if (type == typeof(bool?)) return FieldKind.Boolean;
            return FieldKind.String;
        }

        private static string? ParserFor(Type type)
        {
            if (type == typeof(string)) return nameof(Bind.String);
            if (type == typeof(DateTimeOffset?)) return nameof(Bind.Date);
            if (type == typeof(decimal?)) return nameof(Bind.Decimal);
            if (type == typeof(int?)) return nameof(Bind.Int32);
            if (type == typeof(long?)) return nameof(Bind.Int64);
            if (type == typeof(bool?)) return nameof(Bind.Boolean);
            return null;
        }

        /// <summary>Parsers with a uniform (text, out value) shape; empty text is null and always succeeds.</summary>
        internal static class Bind
        {
            public static bool String(string? text, out string? value) { value = string.IsNullOrEmpty(text) ? null : text; return true; }
            public static bool Date(string? text, out DateTimeOffset? value) { value = null; return string.IsNullOrEmpty(text) || FieldValueParser.TryDate(text!, out value); }
            public static bool Decimal(string? text, out decimal? value) { value = null; return string.IsNullOrEmpty(text) || FieldValueParser.TryDecimal(text!, out value); }
            public static bool Int32(string? text, out int? value) { value = null; return string.IsNullOrEmpty(text) || FieldValueParser.TryInt32(text!, out value); }
            public static bool Int64(string? text, out long? value) { value = null; return string.IsNullOrEmpty(text) || FieldValueParser.TryInt64(text!, out value); }
            public static bool Boolean(string? text, out bool? value) { value = null; return string.IsNullOrEmpty(text) || FieldValueParser.TryBoolean(text!, out value); }
        }
    }

    /// <summary>The .NET type family of a record property.</summary>
    internal enum FieldKind { String, Date, Decimal, Int32, Int64, Boolean }

    /// <summary>One property of a record class: its API name, type, text setter and typed setter (an Action&lt;VonageRecord, T&gt;).</summary>
    internal sealed class RecordField
    {
        public RecordField(string apiName, string propertyName, FieldKind kind, RecordSchema.FieldSetter textSetter, Delegate typedSetter)
        {
            ApiName = apiName;
            PropertyName = propertyName;
            Kind = kind;
            TextSetter = textSetter;
            TypedSetter = typedSetter;
        }

        public string ApiName { get; }
        public string PropertyName { get; }
        public FieldKind Kind { get; }
        public RecordSchema.FieldSetter TextSetter { get; }
        public Delegate TypedSetter { get; }
    }
}
