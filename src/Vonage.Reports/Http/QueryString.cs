using System;
using System.Collections.Generic;
using System.Text;

namespace Vonage.Reports.Http
{
    /// <summary>Builds a query string where every name and value is percent-encoded, so '&amp;', '#' and '+' stay data.</summary>
    internal sealed class QueryString
    {
        private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

        public QueryString Add(string name, string? value)
        {
            if (value != null) _pairs.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        public QueryString Add(string name, bool? value) => value.HasValue ? Add(name, value.Value ? "true" : "false") : this;

        public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

        public override string ToString()
        {
            var sb = new StringBuilder();
            foreach (var pair in _pairs)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            }
            return sb.ToString();
        }
    }
}
