using System;
using System.Collections.Generic;

namespace Vonage.Reports.Models
{
    /// <summary>Which record class each product's records become. Products without a class map to <see cref="GenericRecord"/>.</summary>
    public static class RecordTypes
    {
        private static readonly Dictionary<string, Type> ByProduct = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
        {
            ["SMS"] = typeof(SmsRecord),
        };

        public static Type ForProduct(string canonicalProduct) =>
            ByProduct.TryGetValue(canonicalProduct, out var type) ? type : typeof(GenericRecord);

        internal static RecordSchema SchemaForProduct(string canonicalProduct) => RecordSchema.For(ForProduct(canonicalProduct));
    }
}
