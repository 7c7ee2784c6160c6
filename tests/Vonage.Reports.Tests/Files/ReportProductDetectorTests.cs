using Vonage.Reports.Files;
using Vonage.Reports.Models;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class ReportProductDetectorTests
{
    // CSV headers per product (api-facts 10/11 and the emulator's column lists).
    public static TheoryData<string, string> Headers => new()
    {
        { "SMS", "account_id,message_id,client_ref,direction,from,to,network,network_name,country,country_name,date_received,date_finalized,latency,status,error_code,error_code_description,currency,total_price,id" },
        { "SMS", "account_id,message_id,direction,from,to,message_body,network,network_name,country,country_name,date_received,currency,total_price,id" },
        { "MESSAGES", "account_id,message_id,client_ref,direction,from,to,country,country_name,provider,network,network_name,session_type,session_id,date_received,date_finalized,latency,status,error_code,currency,estimated_price,total_price,id" },
        { "MESSAGES", "account_id,message_id,direction,from,to,message_body,provider,date_received,currency,total_price,id" },
        { "VOICE-API", "account_id,call_id,direction,from,to,network,network_name,country,country_name,date_start,date_end,duration,status,status_description,currency,price,total_price,id" },
        { "VOICE-REJECTED", "account_id,call_id,direction,from,to,network,network_name,country,country_name,date_start,date_end,status,status_code,status_description,id" },
        { "VOICE-TTS", "creation_date,start_time,end_time,from,to,language,length,size,premium,style,tts_type,duration,status,trace_id,currency,price,total_price,id" },
        { "WEBSOCKET-CALL", "account_id,call_id,date_start,date_end,duration,status,currency,price,total_price,id" },
        { "IN-APP-VOICE", "account_id,request_id,application_id,conversation_id,user_id,leg_id,client_ref,date_start,date_end,duration,status,currency,price,total_price,id" },
        { "ASR", "account_id,call_id,direction,from,to,call_date_start,date_start,date_end,duration,status,status_description,currency,price,total_price,id" },
        { "AMD", "call_id,start_time,end_time,amd_beep_detection_result,amd_detection_result,amd_result_sent,amd_user_defined_beep_timeout,amd_user_defined_behavior,amd_user_defined_mode,currency,total_price,id" },
        { "NUMBER-VERIFY", "account_id,request_id,from,to,locale,number_type,network,network_name,country,country_name,date_received,date_finalized,first_event_date,last_event_date,verify_status,sms_event_count,tts_event_count,currency,pricing_model,price,estimated_price,id" },
        { "VERIFY-V2", "request_id,parent_request_id,channel,client_ref,to,locale,country,network,network_name,date_received,status,pin_length,if_fraud_check,sms_event_count,tts_event_count,email_event_count,whatsapp_event_count,silentauth_event_count,rcs_event_count,currency,total_price,id" },
        { "NUMBER-INSIGHT", "account_id,request_id,product_type,number,date_received,status,response_code,network,network_name,network_type,country,country_name,valid,ported,reachable,first_name,last_name,currency,total_price,id" },
        { "NUMBER-INSIGHT-V2", "account_id,request_id,request_type,number,date_received,status,risk,swapped,network,network_name,country,country_name,currency,total_price,id" },
        { "CONVERSATION-EVENT", "account_id,request_id,application_id,conversation_id,user_id,client_ref,creation_date,currency,price,total_price,id" },
        { "CONVERSATION-MESSAGE", "application_id,conversation_id,client_ref,creation_date,from_channel,from_member_id,from_message_id,from_user_id,other_ids,trace_id,currency,price,total_price,id" },
        { "VIDEO-API", "application_id,session_id,meeting_id,archive_id,broadcast_id,composer_id,hls_id,subscriber_id,feature_name,date_start,date_end,duration,tier_volume,currency,total_price,id" },
        { "MEETINGS", "account_id,meeting_id,session_id,room_id,subtype,connection_count,date_start,date_end,duration,currency,total_price,id" },
        { "NETWORK-API-EVENT", "application_id,product_name,product_path,request_type,request_session_id,correlation_id,msisdn,country_code,network,event_time,record_creation_time,response_result,status,currency,total_price,id" },
        { "SMS-TRAFFIC-CONTROL", "message_id,queued_time,queue_duration,status,id" },
        { "CAMARA-QOD", "application_id,session_id,qos_profile,msisdn,country_code,network,date_start,date_end,duration,status,currency,total_price,id" },
        { "REPORTS-USAGE", "acc,account_id,master_account_id,product_type,date_received,date_started,date_finished,status,is_charged,request_params,job_type,items_written,request_product,tier_volume,currency,price,total_price,id" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Tells_each_product_from_its_header(string product, string header)
    {
        Assert.Equal(product, ReportProductDetector.Detect(header.Split(',')));
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void Every_column_of_each_header_is_a_property_of_the_products_class(string product, string header)
    {
        var schema = RecordSchema.For(RecordTypes.ForProduct(product));
        Assert.All(header.Split(','), column => Assert.NotNull(schema.FindField(column)));
    }

    [Fact]
    public void A_file_name_refines_the_product_within_the_family_but_does_not_override_the_header()
    {
        var qod = "application_id,session_id,qos_profile,msisdn,date_start,id".Split(',');
        Assert.Equal("VONAGE-QOD", ReportProductDetector.Detect(qod, "report_VONAGE-QOD_abcd1234_20250410.csv"));
        var voice = "account_id,call_id,direction,from,to,date_start,date_end,duration,status,price,id".Split(',');
        Assert.Equal("VOICE-API", ReportProductDetector.Detect(voice, "VOICE-CALL_6c5506b7.zip"));
        // A renamed file: the header wins.
        Assert.Equal("VOICE-API", ReportProductDetector.Detect(voice, "SMS_6c5506b7.zip"));
        // No telling columns: the name decides.
        Assert.Equal("MESSAGES", ReportProductDetector.Detect(["id", "whatever"], "report_MESSAGES_cb28378f_20250410.csv"));
        Assert.Null(ReportProductDetector.Detect(["id", "whatever"], "export.csv"));
    }

    [Theory]
    [InlineData("report_MESSAGES_cb28378f_20250410.csv", "MESSAGES")]
    [InlineData("/tmp/x/SMS_6c5506b7-1111-2222-3333-444455556666.zip", "SMS")]
    [InlineData("VOICE-FAILED_abc.zip", "VOICE-REJECTED")]
    [InlineData("report_CONVERSATIONS_cb28378f_20250410.csv", "CONVERSATION-EVENT")]
    [InlineData("holiday.zip", null)]
    [InlineData("report_.csv", null)]
    public void Reads_the_product_from_either_file_name_form(string name, string? expected)
    {
        Assert.Equal(expected, ReportFileNames.ProductFromFileName(name));
    }

    [Theory]
    [InlineData("SMS_1.zip", "SMS_1.zip")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\a:b.zip", "a_b.zip")]
    [InlineData("..", null)]
    [InlineData("  ", null)]
    public void Server_file_names_are_reduced_to_a_plain_name(string proposed, string? expected)
    {
        Assert.Equal(expected, ReportFileNames.SafeFileName(proposed));
    }
}
