using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vonage.Reports.Emulator.Tests.Support;

/// <summary>Helpers for the async report endpoints.</summary>
public static class ReportsApi
{
    public static async Task<ApiAnswer> CreateAsync(this HttpClient client, object body) =>
        await Api.ReadAsync(await client.PostAsJsonAsync("v2/reports", body));

    public static async Task<ApiAnswer> CreateRawAsync(this HttpClient client, string json) =>
        await Api.ReadAsync(await client.PostAsync("v2/reports", new StringContent(json, System.Text.Encoding.UTF8, "application/json")));

    /// <summary>Polls GET /v2/reports/{id} until the report is terminal.</summary>
    public static async Task<ApiAnswer> WaitAsync(this HttpClient client, string requestId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var answer = await client.CallAsync($"v2/reports/{requestId}");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            if (answer.Text("request_status") is "SUCCESS" or "FAILED" or "TRUNCATED" or "ABORTED") return answer;
            Assert.True(DateTime.UtcNow < deadline, "The report did not finish in time.");
            await Task.Delay(50);
        }
    }

    public static string DownloadHref(this ApiAnswer report) =>
        report.Json.GetProperty("_links").GetProperty("download_report").GetProperty("href").GetString()!;

    public static bool HasDownload(this ApiAnswer report) =>
        report.Json.GetProperty("_links").TryGetProperty("download_report", out _);

    public static object Sms(string start, string end, string account = EmulatorFixture.MasterKey, string direction = "outbound") =>
        new { product = "SMS", account_id = account, direction, date_start = start, date_end = end };

    public static JsonElement Body(object o) => JsonSerializer.SerializeToElement(o);
}
