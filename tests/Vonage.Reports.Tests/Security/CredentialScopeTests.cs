using System.Net;
using System.Text;
using Vonage.Reports.Http;
using Vonage.Reports.Queries;
using Vonage.Reports.Tests.Support;
using Xunit;

namespace Vonage.Reports.Tests.Security;

/// <summary>Credentials go to the configured API host only, and never show up in messages, logs or ToString.</summary>
public class CredentialScopeTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.Key + ":" + TestClients.Secret));

    private static RecordQuery Query() => new("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddHours(1) };

    [Fact]
    public async Task The_api_host_gets_basic_auth()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(0, 1)));
        using var client = TestClients.Create(handler);
        await TestClients.ReadAllAsync(client.GetRecords(Query()));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Basic " + Basic, request.Authorization);
    }

    [Theory]
    [InlineData("https://files.example.com/v2/reports/records?cursor=c1")]   // another host
    [InlineData("https://api.example.test:8443/v2/reports/records?cursor=c1")] // same host, another port
    public async Task A_foreign_next_link_allowed_by_opt_in_is_fetched_without_credentials(string next)
    {
        var handler = new FakeHandler((req, n) => n == 0 ? FakeHandler.Json(TestClients.SmsPage(0, 2, nextHref: next)) : FakeHandler.Json(TestClients.SmsPage(2, 2)));
        using var client = TestClients.Create(handler, o => o.AllowForeignLinks = true);
        var records = await TestClients.ReadAllAsync(client.GetRecords(Query()));
        Assert.Equal(4, records.Count);
        var requests = handler.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("Basic " + Basic, requests[0].Authorization);
        Assert.Equal(new Uri(next), requests[1].Uri);
        Assert.Null(requests[1].Authorization);
    }

    [Fact]
    public async Task A_plain_http_link_is_refused_even_with_the_opt_in()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(0, 1, nextHref: "http://files.example.com/v2/reports/records?cursor=c1")));
        using var client = TestClients.Create(handler, o => o.AllowForeignLinks = true);
        var e = await Assert.ThrowsAsync<VonageLinkException>(() => TestClients.ReadAllAsync(client.GetRecords(Query())));
        Assert.Contains("no credentials were sent", e.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void A_client_refuses_plain_http_to_a_non_loopback_host_before_any_request()
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json("{}"));
        var e = Assert.Throws<VonageValidationException>(() => TestClients.Create(handler, o => o.BaseUri = new Uri("http://example.com/")));
        Assert.Equal("InsecureBaseUri", e.ErrorId);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task Errors_logs_and_ToString_never_carry_the_secret(HttpStatusCode status)
    {
        var log = new List<string>();
        var handler = new FakeHandler((req, n) => FakeHandler.Json(
            "{\"type\":\"https://developer.nexmo.com/api-errors#unauthorized\",\"title\":\"Failed\",\"detail\":\"Bad credentials\"}", status));
        using var client = TestClients.Create(handler, o => { o.Log = log.Add; o.Retry.MaximumRetryCount = 0; });
        var e = await Assert.ThrowsAnyAsync<Exception>(() => TestClients.ReadAllAsync(client.GetRecords(Query())));
        var credential = VonageCredential.FromPlainText(TestClients.Key, TestClients.Secret);
        var texts = log.Append(e.ToString()).Append(e.Message).Append(credential.ToString()).Append(client.ToString() ?? "").ToList();
        Assert.NotEmpty(log);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(TestClients.Secret, text);
            Assert.DoesNotContain(Basic, text);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.Secret)), text);
        }
    }
}
