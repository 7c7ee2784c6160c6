using System;
using System.Collections.Generic;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// Base of every typed record (sync JSON and async CSV alike). Public properties are the fields the class
    /// knows; fields it does not know are kept, in arrival order, and surfaced by <see cref="GetAdditionalFields"/>.
    /// No public property lives here so each product's properties keep the API's column order.
    /// </summary>
    public abstract class VonageRecord
    {
        private List<KeyValuePair<string, string?>>? _additional;
        private string? _product;

        /// <summary>The product (reference name) this record was read for.</summary>
        public string GetProduct() => _product ?? string.Empty;

        internal void SetProduct(string product) => _product = product;

        /// <summary>Fields the API sent that this class has no property for (or whose value could not be typed), by API name.</summary>
        public IReadOnlyList<KeyValuePair<string, string?>> GetAdditionalFields() =>
            (IReadOnlyList<KeyValuePair<string, string?>>?)_additional ?? Array.Empty<KeyValuePair<string, string?>>();

        /// <summary>Whether the record holds fields its class does not know (cheaper than asking for them).</summary>
        internal bool HasAdditionalFields => _additional != null;

        internal void AddAdditionalField(string name, string? value)
        {
            (_additional ??= new List<KeyValuePair<string, string?>>()).Add(new KeyValuePair<string, string?>(name, value));
        }
    }
}
