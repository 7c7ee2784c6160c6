using System;
using System.Collections.Generic;
using Vonage.Reports.Models;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Tells the product of a report file from its header: each product family has columns no other has
    /// (SMS and MESSAGES inbound share all but provider, so no overlap score would do). A file name
    /// (report_VONAGE-QOD_… or VOICE-REJECTED_….zip) then refines the product within the family.
    /// </summary>
    internal static class ReportProductDetector
    {
        public static string? Detect(IReadOnlyList<string> columns, params string?[] fileNames)
        {
            string? fromHeader = FromColumns(columns);
            string? fromName = null;
            foreach (var name in fileNames)
            {
                fromName = ReportFileNames.ProductFromFileName(name);
                if (fromName != null) break;
            }
            if (fromHeader == null) return fromName;
            // The header says which class; a file name of the same class says which product exactly.
            if (fromName != null && RecordTypes.ForProduct(fromName) == RecordTypes.ForProduct(fromHeader)) return fromName;
            return fromHeader;
        }

        internal static string? FromColumns(IReadOnlyList<string> columns)
        {
            var has = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
            bool Any(params string[] names) { foreach (var n in names) if (has.Contains(n)) return true; return false; }

            if (Any("amd_detection_result", "amd_beep_detection_result", "amd_result_sent")) return "AMD";
            if (Any("tts_type") || (has.Contains("language") && has.Contains("premium"))) return "VOICE-TTS";
            if (Any("asr_type", "call_date_start")) return "ASR";
            if (Any("qos_profile")) return "CAMARA-QOD";
            if (Any("queued_time", "queue_duration")) return "SMS-TRAFFIC-CONTROL";
            if (Any("job_type", "items_written", "master_account_id", "request_product")) return "REPORTS-USAGE";
            if (Any("product_path", "request_session_id", "product_name", "record_creation_time")) return "NETWORK-API-EVENT";
            if (Any("from_channel", "from_member_id", "from_message_id", "from_user_id")) return "CONVERSATION-MESSAGE";
            if (Any("room_id", "connection_count", "subtype")) return "MEETINGS";
            if (Any("feature_name", "archive_id", "broadcast_id", "composer_id", "hls_id")) return "VIDEO-API";
            if (Any("leg_id")) return "IN-APP-VOICE";
            if (Any("pin_length", "parent_request_id", "silentauth_event_count", "if_fraud_check")) return "VERIFY-V2";
            if (Any("verify_status", "number_type", "first_event_date", "last_event_date")) return "NUMBER-VERIFY";
            if (Any("risk", "swapped")) return "NUMBER-INSIGHT-V2";
            if (Any("reachable", "ported", "network_type", "valid") || (has.Contains("product_type") && has.Contains("number"))) return "NUMBER-INSIGHT";
            if (has.Contains("conversation_id") && Any("creation_date", "user_id")) return "CONVERSATION-EVENT";
            if (has.Contains("call_id"))
            {
                if (Any("direction", "network", "from", "to")) return Any("duration", "price", "total_price") ? "VOICE-API" : "VOICE-REJECTED";
                return "WEBSOCKET-CALL";
            }
            if (has.Contains("message_id"))
            {
                if (Any("provider", "session_type", "estimated_price")) return "MESSAGES";
                if (Any("direction", "error_code_description", "network", "account_ref")) return "SMS";
            }
            return null;
        }
    }
}
