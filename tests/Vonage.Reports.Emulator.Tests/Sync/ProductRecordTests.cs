using System.Globalization;
using System.Net;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Sync;

/// <summary>Every product answers with its own fields (api-facts section 10) and realistic value formats.</summary>
public class ProductRecordTests(EmulatorFixture fx) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string, string, string> Products => new()
    {
        { "SMS", "outbound", "account_id,message_id,account_ref,client_ref,direction,from,to,forced_from,changed_from,network,network_name,country,country_name,date_received,date_finalized,latency,status,error_code,error_code_description,currency,total_price,price,id,dcs,validity_period,ip_address,udh,workflow_id,tier_volume" },
        { "SMS", "inbound", "account_id,message_id,direction,from,to,network,network_name,country,country_name,date_received,currency,total_price,tier_volume,id" },
        { "SMS-TRAFFIC-CONTROL", "", "message_id,queued_time,queue_duration,status,id" },
        { "VOICE-CALL", "outbound", "account_id,call_id,direction,from,to,network,network_name,country,country_name,date_start,date_end,duration,status,status_description,currency,price,total_price,forced_from,status_code,tier_volume,id" },
        { "VOICE-FAILED", "inbound", "account_id,call_id,direction,from,to,network,network_name,country,country_name,date_start,date_end,status,status_code,status_description,id" },
        { "VOICE-TTS", "", "creation_date,start_time,end_time,from,to,language,length,size,premium,style,tts_type,duration,status,trace_id,currency,price,total_price,id" },
        { "WEBSOCKET-CALL", "", "account_id,call_id,date_start,date_end,duration,status,currency,price,total_price,id" },
        { "ASR", "outbound", "account_id,call_id,direction,from,to,call_date_start,date_start,date_end,duration,status,status_description,currency,price,total_price,asr_type,id" },
        { "AMD", "", "call_id,start_time,end_time,amd_beep_detection_result,amd_detection_result,amd_result_sent,amd_user_defined_beep_timeout,amd_user_defined_behavior,amd_user_defined_mode,currency,total_price,id" },
        { "IN-APP-VOICE", "", "account_id,request_id,application_id,conversation_id,user_id,leg_id,client_ref,date_start,date_end,duration,status,currency,price,total_price,id" },
        { "VERIFY-API", "", "account_id,request_id,from,to,locale,number_type,network,network_name,country,country_name,date_received,date_finalized,first_event_date,last_event_date,verify_status,status,sms_event_count,tts_event_count,currency,pricing_model,price,estimated_price,sms_price,tts_price,id" },
        { "VERIFY-V2", "", "request_id,parent_request_id,channel,client_ref,to,locale,country,network,network_name,date_received,status,pin_length,if_fraud_check,sms_event_count,tts_event_count,email_event_count,whatsapp_event_count,silentauth_event_count,rcs_event_count,currency,total_price,id" },
        { "NUMBER-INSIGHT", "", "account_id,request_id,product_type,number,date_received,status,response_code,network,network_name,network_type,country,country_name,valid,ported,reachable,first_name,last_name,currency,total_price,id" },
        { "NUMBER-INSIGHT-V2", "", "account_id,request_id,request_type,number,date_received,status,risk,swapped,network,network_name,country,country_name,currency,total_price,id" },
        { "CONVERSATION-EVENT", "", "account_id,request_id,application_id,conversation_id,user_id,client_ref,creation_date,currency,price,total_price,id" },
        { "CONVERSATION-MESSAGE", "", "application_id,conversation_id,client_ref,creation_date,from_channel,from_member_id,from_message_id,from_user_id,other_ids,trace_id,currency,price,total_price,id" },
        { "MESSAGES", "outbound", "account_id,message_id,client_ref,direction,from,to,country,country_name,provider,network,network_name,session_type,session_id,date_received,date_finalized,latency,status,error_code,currency,estimated_price,total_price,pricing_model,pricing_type,provider_error_code,tier_volume,workflow_id,workflow_items_number,workflow_items_total,id" },
        { "MESSAGES", "inbound", "account_id,message_id,direction,from,to,provider,network,network_name,date_received,currency,total_price,tier_volume,id" },
        { "MEETINGS", "", "account_id,meeting_id,session_id,room_id,subtype,connection_count,date_start,date_end,duration,currency,total_price,id" },
        { "VIDEO-API", "", "application_id,session_id,meeting_id,archive_id,broadcast_id,composer_id,hls_id,subscriber_id,feature_name,date_start,date_end,duration,tier_volume,currency,total_price,id" },
        { "CAMARA-QOD", "", "application_id,session_id,qos_profile,msisdn,country_code,network,date_start,date_end,duration,status,currency,total_price,id" },
        { "NETWORK-API-EVENT", "", "application_id,product_name,product_path,request_type,request_session_id,correlation_id,msisdn,country_code,network,event_time,record_creation_time,response_result,status,currency,total_price,id" },
        { "VONAGE-QOD", "", "application_id,session_id,qos_profile,msisdn,country_code,network,date_start,date_end,duration,status,currency,total_price,id" },
        { "REPORTS-USAGE", "", "acc,account_id,master_account_id,product_type,date_received,date_started,date_finished,status,is_charged,request_params,job_type,items_written,request_product,tier_volume,currency,price,total_price,id" },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public async Task Each_product_has_its_documented_fields_in_order(string product, string direction, string fields)
    {
        var answer = await Query(product, direction);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(60, answer.Records.Length);
        foreach (var record in answer.Records) Assert.Equal(fields.Split(','), record.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(Products))]
    public async Task Values_look_real_dates_prices_and_uuids(string product, string direction, string _)
    {
        foreach (var record in (await Query(product, direction)).Records)
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", record.GetProperty("id").GetString());
            foreach (var p in record.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String) continue;
                var v = p.Value.GetString()!;
                if (p.Name.Contains("price") && p.Name != "pricing_model") Assert.Matches(@"^(0|\d+\.\d{8})$", v);
                if (p.Name.StartsWith("date_") || p.Name.EndsWith("_time") || p.Name.EndsWith("_date") || p.Name == "creation_date")
                    Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$", v);
                if (p.Name == "currency") Assert.Equal("EUR", v);
            }
        }
    }

    [Fact]
    public async Task Sms_values_are_realistic()
    {
        var records = (await Query("SMS", "outbound", hours: 6)).Records;
        Assert.All(records, r =>
        {
            Assert.Matches("^[0-9A-F]{16}$", r.GetProperty("message_id").GetString());
            Assert.Matches(@"^\d{10,13}$", r.GetProperty("to").GetString());
            Assert.Matches(@"^\d{5,6}$", r.GetProperty("network").GetString());
            Assert.Matches("^[A-Z]{2}$", r.GetProperty("country").GetString());
            Assert.Matches(@"^\d+$", r.GetProperty("latency").GetString());
        });
        Assert.Contains(records, r => r.GetProperty("network_name").GetString() == "Telefonica UK Limited");
        Assert.Contains(records, r => r.GetProperty("client_ref").ValueKind == JsonValueKind.Null);
        Assert.True(records.Select(r => r.GetProperty("status").GetString()).Distinct().Count() >= 4);
        Assert.Contains(records, r => r.GetProperty("status").GetString() == "delivered" && r.GetProperty("error_code").GetString() == "0"
            && r.GetProperty("error_code_description").GetString() == "Delivered");
    }

    [Fact]
    public async Task Amd_keeps_its_typed_boolean_and_number()
    {
        var record = (await Query("AMD", "")).Records[0];
        Assert.Contains(record.GetProperty("amd_beep_detection_result").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(JsonValueKind.Number, record.GetProperty("amd_user_defined_beep_timeout").ValueKind);
    }

    [Fact]
    public async Task Conversation_ids_carry_the_CON_prefix() =>
        Assert.All((await Query("CONVERSATION-EVENT", "")).Records, r => Assert.StartsWith("CON-", r.GetProperty("conversation_id").GetString()));

    private Task<ApiAnswer> Query(string product, string direction, int hours = 0) =>
        fx.Client().CallAsync($"v2/reports/records?account_id=abcd1234&product={product}" + (direction.Length > 0 ? "&direction=" + direction : "")
            + $"&date_start={Api.D(Start)}&date_end={Api.D(hours > 0 ? Start.AddHours(hours) : Start.AddMinutes(10))}");
}
