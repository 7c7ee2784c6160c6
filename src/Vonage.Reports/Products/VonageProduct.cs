using System;
using System.Collections.Generic;
using System.Linq;

namespace Vonage.Reports.Products
{
    /// <summary>How a product treats the direction parameter.</summary>
    public enum DirectionRule { Invalid, Optional, Required }

    /// <summary>
    /// The products of the Reports API: the reference's (newest) names, the older names kept as aliases,
    /// and the per-product rules the client checks before it calls.
    /// </summary>
    public static class VonageProduct
    {
        /// <summary>The reference's product enumeration, in its order.</summary>
        public static readonly IReadOnlyList<string> Names = new[]
        {
            "SMS", "SMS-TRAFFIC-CONTROL", "VOICE-API", "VOICE-REJECTED", "VOICE-TTS", "IN-APP-VOICE", "WEBSOCKET-CALL",
            "ASR", "AMD", "NUMBER-VERIFY", "VERIFY-V2", "NUMBER-INSIGHT", "NUMBER-INSIGHT-V2", "CONVERSATION-MESSAGE",
            "CONVERSATION-EVENT", "MESSAGES", "MEETINGS", "VIDEO-API", "CAMARA-QOD", "NETWORK-API-EVENT", "VONAGE-QOD",
            "REPORTS-USAGE",
        };

        /// <summary>Older names (earlier docs and specs) and the current name each one stands for.</summary>
        public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["VOICE-CALL"] = "VOICE-API",
            ["VOICE-FAILED"] = "VOICE-REJECTED",
            ["VERIFY-API"] = "NUMBER-VERIFY",
            ["CONVERSATIONS"] = "CONVERSATION-EVENT",
            ["IP-VOICE-LEG"] = "CONVERSATION-EVENT",
        };

        private static readonly HashSet<string> Known = new HashSet<string>(Names, StringComparer.OrdinalIgnoreCase);

        /// <summary>Every name a user may type: current names first, then aliases.</summary>
        public static IEnumerable<string> AllAcceptedNames => Names.Concat(Aliases.Keys);

        /// <summary>Maps a user's product name (any case, current or older alias) to the reference name.</summary>
        public static bool TryNormalize(string? name, out string canonical)
        {
            canonical = string.Empty;
            if (string.IsNullOrWhiteSpace(name)) return false;
            string trimmed = name!.Trim().Replace('_', '-');
            if (Aliases.TryGetValue(trimmed, out var mapped)) { canonical = mapped; return true; }
            if (Known.Contains(trimmed)) { canonical = trimmed.ToUpperInvariant(); return true; }
            return false;
        }

        public static string Normalize(string name)
        {
            if (TryNormalize(name, out var canonical)) return canonical;
            throw new ArgumentException("Unknown product '" + name + "'. Use one of: " + string.Join(", ", AllAcceptedNames) + ".", nameof(name));
        }

        /// <summary>Direction is required for SMS and MESSAGES, optional for voice and ASR/AMD, invalid elsewhere.</summary>
        public static DirectionRule GetDirectionRule(string canonicalProduct)
        {
            switch (canonicalProduct)
            {
                case "SMS":
                case "MESSAGES":
                    return DirectionRule.Required;
                case "VOICE-API":
                case "VOICE-REJECTED":
                case "ASR":
                case "AMD":
                    return DirectionRule.Optional;
                default:
                    return DirectionRule.Invalid;
            }
        }
    }
}
