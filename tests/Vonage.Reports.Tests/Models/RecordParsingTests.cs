using System.Text;
using Vonage.Reports.Models;
using Vonage.Reports.Paging;
using Xunit;

namespace Vonage.Reports.Tests.Models;

public class RecordParsingTests
{
    // The seeds' by-id SMS example (002_*), verbatim in substance, plus an unknown field.
    private const string SeedExample = """
    {"_links":{"self":{"href":"https://api.nexmo.com/v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&id=15000000E1F8B123"}},
     "request_id":"0ec00351-5357-4321-9a08-fa3d4a4e1234","request_status":"SUCCESS","id":"15000000E1F8B123",
     "received_at":"2020-06-04T11:55:42+0000","price":0.0,"currency":"EUR","account_id":"abcd1234","product":"SMS",
     "direction":"outbound","include_message":false,"items_count":1,
     "records":[{"account_id":"abcd1234","message_id":"15000000E1F8B123","client_ref":null,"direction":"outbound",
       "from":"Vonage APIs","to":"447700123456","network":"23410","network_name":"Telefonica UK Limited","country":"GB",
       "country_name":"United Kingdom","date_received":"2020-06-01T15:08:10+0000","date_finalized":"2020-06-01T15:08:11+0000",
       "latency":"1366","status":"delivered","error_code":"0","error_code_description":"Delivered","currency":"EUR",
       "total_price":"0.03330000","brand_new_field":"kept"}]}
    """;

    private static RecordPage Parse(string json) => RecordPageParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "SMS");

    [Fact]
    public void Types_the_seeds_sms_record()
    {
        var record = Assert.IsType<SmsRecord>(Assert.Single(Parse(SeedExample).Records));
        Assert.Equal("15000000E1F8B123", record.MessageId);
        Assert.Equal(new DateTimeOffset(2020, 6, 1, 15, 8, 10, TimeSpan.Zero), record.DateReceived);
        Assert.Equal(1366, record.Latency);
        Assert.Equal(0.0333m, record.TotalPrice);
        Assert.Null(record.ClientRef);
        Assert.Equal("SMS", record.GetProduct());
    }

    [Fact]
    public void Keeps_fields_the_class_does_not_know()
    {
        var record = Parse(SeedExample).Records[0];
        var extra = Assert.Single(record.GetAdditionalFields());
        Assert.Equal("brand_new_field", extra.Key);
        Assert.Equal("kept", extra.Value);
    }

    [Fact]
    public void Keeps_a_value_it_cannot_type_instead_of_dropping_it()
    {
        var json = SeedExample.Replace("\"latency\":\"1366\"", "\"latency\":\"n/a\"");
        var record = (SmsRecord)Parse(json).Records[0];
        Assert.Null(record.Latency);
        Assert.Contains(record.GetAdditionalFields(), f => f.Key == "latency" && f.Value == "n/a");
    }

    [Theory]
    [InlineData("2025-04-01T23:55:06+00:00")]
    [InlineData("2025-04-01T23:55:06+0000")]
    [InlineData("2025-04-01T23:55:06Z")]
    [InlineData("2025-04-01T23:55:06.000Z")]
    [InlineData("2025-04-02T01:55:06+02:00")]
    public void Reads_every_date_form_the_api_uses(string text)
    {
        var json = SeedExample.Replace("2020-06-01T15:08:10+0000", text);
        var record = (SmsRecord)Parse(json).Records[0];
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 23, 55, 6, TimeSpan.Zero), record.DateReceived!.Value.ToUniversalTime());
    }

    [Fact]
    public void Reads_json_numbers_and_booleans_as_well_as_strings()
    {
        var json = SeedExample.Replace("\"latency\":\"1366\"", "\"latency\":1366").Replace("\"total_price\":\"0.03330000\"", "\"total_price\":0.0333")
            .Replace("\"brand_new_field\":\"kept\"", "\"concatenated\":\"TRUE\"");
        var record = (SmsRecord)Parse(json).Records[0];
        Assert.Equal(1366, record.Latency);
        Assert.Equal(0.0333m, record.TotalPrice);
        Assert.True(record.Concatenated);
    }

    [Fact]
    public void Reads_paging_fields_and_ids_not_found()
    {
        var page = Parse("""{"request_status":"TRUNCATED","cursor":"abc","iv":"def","_links":{"next":{"href":"https://x/v2/reports/records?cursor=abc"}},"ids_not_found":"a, b","records":[]}""");
        Assert.True(page.HasMore);
        Assert.Equal("abc", page.Cursor);
        Assert.Equal("def", page.Iv);
        Assert.Equal(new[] { "a", "b" }, page.IdsNotFound);
    }

    [Fact]
    public void Treats_success_as_the_last_page()
    {
        Assert.False(Parse("""{"request_status":"SUCCESS","records":[]}""").HasMore);
    }
}
