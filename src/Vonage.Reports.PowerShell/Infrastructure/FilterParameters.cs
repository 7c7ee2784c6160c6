using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// The product filters Get-VonageRecord and New-VonageReport share: parameter name -> the API's name, and the
    /// reading of whichever the user bound into API text (booleans as true/false, numbers invariant).
    /// </summary>
    internal static class FilterParameters
    {
        private static readonly KeyValuePair<string, string>[] Map =
        {
            Pair("Status", "status"), Pair("From", "from"), Pair("To", "to"), Pair("Country", "country"),
            Pair("Network", "network"), Pair("ClientRef", "client_ref"), Pair("AccountRef", "account_ref"),
            Pair("Number", "number"), Pair("Locale", "locale"), Pair("Gateway", "gateway"), Pair("GatewayId", "gateway_id"),
            Pair("CallId", "call_id"), Pair("LegId", "leg_id"), Pair("Provider", "provider"), Pair("NumberType", "number_type"),
            Pair("Channel", "channel"), Pair("ParentRequestId", "parent_request_id"), Pair("RequestType", "request_type"),
            Pair("Risk", "risk"), Pair("Swapped", "swapped"), Pair("ConversationId", "conversation_id"),
            Pair("SessionId", "session_id"), Pair("MeetingId", "meeting_id"), Pair("Subtype", "subtype"),
            Pair("ConnectionCount", "connection_count"), Pair("ProductName", "product_name"),
            Pair("RequestSessionId", "request_session_id"), Pair("ProductPath", "product_path"), Pair("CorrelationId", "correlation_id"),
        };

        /// <summary>Copies every bound filter parameter into <paramref name="filters"/> under its API name.</summary>
        public static void CopyBound(IDictionary<string, object> bound, IDictionary<string, string> filters)
        {
            foreach (var filter in Map)
            {
                if (!bound.TryGetValue(filter.Key, out var value) || value == null) continue;
                object raw = value is PSObject ps ? ps.BaseObject : value;
                string text = raw is bool b ? (b ? "true" : "false") : Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty;
                if (text.Length > 0) filters[filter.Value] = text;
            }
        }

        private static KeyValuePair<string, string> Pair(string parameter, string apiName) => new KeyValuePair<string, string>(parameter, apiName);
    }
}
