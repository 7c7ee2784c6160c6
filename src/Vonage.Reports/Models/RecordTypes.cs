using System;
using System.Collections.Generic;
using Vonage.Reports.Products;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// Which record class each product's records become, for the sync JSON and the async CSV alike.
    /// Products without a class map to <see cref="GenericRecord"/>.
    /// </summary>
    public static class RecordTypes
    {
        private static readonly Dictionary<string, Type> ByProduct = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
        {
            ["SMS"] = typeof(SmsRecord),
            ["SMS-TRAFFIC-CONTROL"] = typeof(SmsTrafficControlRecord),
            ["MESSAGES"] = typeof(MessagesRecord),
            ["VOICE-API"] = typeof(VoiceCallRecord),
            ["VOICE-REJECTED"] = typeof(VoiceCallRecord),
            ["VOICE-TTS"] = typeof(VoiceTtsRecord),
            ["WEBSOCKET-CALL"] = typeof(WebSocketCallRecord),
            ["IN-APP-VOICE"] = typeof(InAppVoiceRecord),
            ["ASR"] = typeof(AsrRecord),
            ["AMD"] = typeof(AmdRecord),
            ["NUMBER-VERIFY"] = typeof(VerifyRecord),
            ["VERIFY-V2"] = typeof(VerifyV2Record),
            ["NUMBER-INSIGHT"] = typeof(NumberInsightRecord),
            ["NUMBER-INSIGHT-V2"] = typeof(NumberInsightV2Record),
            ["CONVERSATION-EVENT"] = typeof(ConversationEventRecord),
            ["CONVERSATION-MESSAGE"] = typeof(ConversationMessageRecord),
            ["VIDEO-API"] = typeof(VideoApiRecord),
            ["MEETINGS"] = typeof(MeetingsRecord),
            ["NETWORK-API-EVENT"] = typeof(NetworkApiEventRecord),
            ["CAMARA-QOD"] = typeof(QualityOnDemandRecord),
            ["VONAGE-QOD"] = typeof(QualityOnDemandRecord),
            ["REPORTS-USAGE"] = typeof(ReportsUsageRecord),
        };

        /// <summary>Every record class, once each (for format files, tests and documentation).</summary>
        public static IReadOnlyCollection<Type> All => new HashSet<Type>(ByProduct.Values) { typeof(GenericRecord) };

        /// <summary>The record class of a product; older names (VOICE-CALL, VERIFY-API, CONVERSATIONS, ...) are accepted too.</summary>
        public static Type ForProduct(string product)
        {
            if (ByProduct.TryGetValue(product, out var type)) return type;
            if (VonageProduct.TryNormalize(product, out var canonical) && ByProduct.TryGetValue(canonical, out type)) return type;
            return typeof(GenericRecord);
        }

        internal static RecordSchema SchemaForProduct(string canonicalProduct) => RecordSchema.For(ForProduct(canonicalProduct));
    }
}
