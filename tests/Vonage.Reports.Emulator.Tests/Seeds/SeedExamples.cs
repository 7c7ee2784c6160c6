namespace Vonage.Reports.Emulator.Tests.Seeds;

/// <summary>The JSON examples of the seed documents (../shared/seeds), verbatim.</summary>
internal static class SeedExamples
{
    /// <summary>000 "Before you begin": the asynchronous create response.</summary>
    public const string CreatePendingWithStatus = """
        {
          "request_id": "ri3p58f-48598ea7-1234-5678-9012-faabd79bdc2e",
          "request_status": "PENDING",
          "direction": "outbound",
          "product": "SMS",
          "account_id": "abcd1234",
          "date_start": "2020-05-21T13:27:00+0000",
          "date_end": "2020-05-21T13:57:00+0000",
          "include_subaccounts": false,
          "status": "delivered",
          "include_message": false,
          "receive_time": "2020-06-03T15:24:31+0000",
          "_links": {
            "self": {
              "href": "https://api.nexmo.com/v2/reports/ri3p58f-48598ea7-cb2d-1234-5678-fa1234567890"
            }
          }
        }
        """;

    /// <summary>001 "Create report asynchronously": the create response.</summary>
    public const string CreatePending = """
        {
          "request_id": "ri3p58f-42d57cfd-1234-5678-9abc-67580d95f54a",
          "request_status": "PENDING",
          "direction": "outbound",
          "product": "SMS",
          "account_id": "abcd1234",
          "date_start": "2020-05-21T13:27:00+0000",
          "date_end": "2020-05-21T13:57:00+0000",
          "include_subaccounts": false,
          "include_message": false,
          "receive_time": "2020-06-04T10:53:32+0000",
          "_links": {
            "self": {
              "href": "https://api.nexmo.com/v2/reports/ri3p58f-42d57cfd-1234-5678-9abc-67580d95f54a"
            }
          }
        }
        """;

    /// <summary>002 "Get specific records by UUID": the sync id-mode response.</summary>
    public const string SyncById = """
        {
        "_links": {
        "self": {
        "href": "https://api.nexmo.com/v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&id=15000000E1F8B123"
        }
        },
        "request_id": "0ec00351-5357-4321-9a08-fa3d4a4e1234",
        "request_status": "SUCCESS",
        "id": "15000000E1F8B123",
        "received_at": "2020-06-04T11:55:42+0000",
        "price": 0.0,
        "currency": "EUR",
        "account_id": "abcd1234",
        "product": "SMS",
        "direction": "outbound",
        "include_message": false,
        "items_count": 1,
        "records": [
        {
        "account_id": "abcd1234",
        "message_id": "15000000E1F8B123",
        "client_ref": null,
        "direction": "outbound",
        "from": "Vonage APIs",
        "to": "447700123456",
        "network": "23410",
        "network_name": "Telefonica UK Limited",
        "country": "GB",
        "country_name": "United Kingdom",
        "date_received": "2020-06-01T15:08:10+0000",
        "date_finalized": "2020-06-01T15:08:11+0000",
        "latency": "1366",
        "status": "delivered",
        "error_code": "0",
        "error_code_description": "Delivered",
        "currency": "EUR",
        "total_price": "0.03330000"
        }
        ]
        }
        """;

    /// <summary>003 reference, "Create Sync Report" example response.</summary>
    public const string SyncReference = """
        {
           "_links": {
              "self": {
                 "href": "http://example.com"
              },
              "next": {
                 "href": "http://example.com"
              }
           },
           "cursor": "string",
           "iv": "string",
           "request_id": "string",
           "request_status": "SUCCESS",
           "received_at": "2019-08-24T14:15:22Z",
           "items_count": 0,
           "records": [
              {
                 "account_id": "12aa3456",
                 "message_id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
                 "account_ref": "customer1234",
                 "client_ref": "my-personal-reference",
                 "direction": "outbound",
                 "from": "447700900001",
                 "to": "447700900000",
                 "forced_from": "44770090045",
                 "changed_from": "NXSMS",
                 "concatenated": "FALSE",
                 "message_body": "Hello World!",
                 "network": "12345",
                 "network_name": "Orange Polska S.A.",
                 "country": "PL",
                 "country_name": "Poland",
                 "date_received": {},
                 "date_finalized": {},
                 "latency": "42",
                 "status": "delivered",
                 "error_code": "0",
                 "error_code_description": "Delivered",
                 "currency": "EUR",
                 "total_price": "0.036",
                 "price": "0.036",
                 "id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
                 "dcs": "0",
                 "validity_period": "240210092938000+",
                 "ip_address": "12.23.456.111",
                 "udh": "50003940401"
              }
           ],
           "limit": 0,
           "ids_not_found": "string"
        }
        """;

    /// <summary>004 blog post: the status of a finished report.</summary>
    public const string StatusSuccess = """
        {
          "request_id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
          "request_status": "SUCCESS",
          "product": "SMS",
          "account_id": "abcdef01",
          "date_start": "2017-12-01T00:00:00+00:00",
          "date_end": "2018-01-01T00:00:00+00:00",
          "include_subaccounts": "false",
          "callback_url": "https://requestb.in/12345",
          "receive_time": "2019-06-28T15:30:00+0000",
          "start_time": "2019-06-28T15:30:00+0000",
          "_links": {
            "self": {
              "href": "https://api.nexmo.com/v2/reports/aaaaaaaa-bbbb-cccc-dddd-0123456789ab"
            },
            "download_report": {
              "href": "https://api.nexmo.com/v3/media/aaaaaaaa-bbbb-cccc-dddd-0123456789ab"
            }
          },
          "items_count": 1,
          "direction": "outbound",
          "status": "delivered",
          "client_ref": "abc123",
          "account_ref": "abc123",
          "include_message": "true",
          "network": "23415",
          "from": "441234567890",
          "to": "441234567890"
        }
        """;
}
