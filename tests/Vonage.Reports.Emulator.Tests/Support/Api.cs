using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Vonage.Reports.Emulator.Tests.Support;

/// <summary>A parsed answer: status, headers and the JSON body (if any).</summary>
public sealed record ApiAnswer(HttpStatusCode Status, HttpResponseMessage Response, JsonElement Json)
{
    public string? Text(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public JsonElement[] Records => Json.GetProperty("records").EnumerateArray().ToArray();

    public string? NextHref => Json.TryGetProperty("_links", out var l) && l.TryGetProperty("next", out var n) ? n.GetProperty("href").GetString() : null;

    public string[] InvalidParameterNames =>
        Json.TryGetProperty("invalid_parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("name").GetString()!).ToArray() : [];
}

public static class Api
{
    public static async Task<ApiAnswer> CallAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ReadAsync(response);
    }

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new ApiAnswer(response.StatusCode, response, json);
    }

    public static string D(DateTimeOffset t) => Uri.EscapeDataString(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>A sync SMS outbound query URL for abcd1234.</summary>
    public static string Sms(DateTimeOffset start, DateTimeOffset end, string extra = "", string account = EmulatorFixture.MasterKey, string direction = "outbound") =>
        $"v2/reports/records?account_id={account}&product=SMS&direction={direction}&date_start={D(start)}&date_end={D(end)}{extra}";

    /// <summary>Follows _links.next until SUCCESS; returns every record and the number of pages.</summary>
    public static async Task<(List<JsonElement> Records, int Pages)> AllPagesAsync(this HttpClient client, string url)
    {
        var records = new List<JsonElement>();
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            var page = await client.CallAsync(next);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages++;
            records.AddRange(page.Records);
            next = page.NextHref;
            Assert.Equal(next is null ? "SUCCESS" : "TRUNCATED", page.Text("request_status"));
        }
        return (records, pages);
    }

    public static void AssertError(ApiAnswer answer, HttpStatusCode status, string? typeEndsWith = null, params string[] invalidParameters)
    {
        Assert.Equal(status, answer.Status);
        foreach (var key in new[] { "type", "title", "detail", "instance" }) Assert.True(answer.Json.TryGetProperty(key, out _), $"error body lacks {key}");
        if (typeEndsWith is not null) Assert.EndsWith(typeEndsWith, answer.Text("type"));
        foreach (var name in invalidParameters) Assert.Contains(name, answer.InvalidParameterNames);
    }
}
