using Vonage.Reports.Queries;
using Vonage.Reports.Tests.Support;
using Xunit;

namespace Vonage.Reports.Tests.Security;

/// <summary>User text (account ids, ids, filters, dates) is data: '&amp;', '#', '+', '=' and '%' can't change the query.</summary>
public class QueryEncodingTests
{
    private const string Nasty = "a&b=c#d+e %f/?";

    private static async Task<(string Raw, List<KeyValuePair<string, string>> Pairs)> SendAsync(RecordQuery query)
    {
        var handler = new FakeHandler((req, n) => FakeHandler.Json(TestClients.SmsPage(0, 1)));
        using var client = TestClients.Create(handler);
        await TestClients.ReadAllAsync(client.GetRecords(query));
        var uri = Assert.Single(handler.Requests).Uri;
        Assert.Equal(string.Empty, uri.Fragment);
        string raw = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        var pairs = raw.Split('&').Select(p => p.Split('='))
            .Select(kv => { Assert.Equal(2, kv.Length); return new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1])); })
            .ToList();
        return (raw, pairs);
    }

    private static string Single(List<KeyValuePair<string, string>> pairs, string name) => Assert.Single(pairs, p => p.Key == name).Value;

    [Fact]
    public async Task Account_id_and_filters_arrive_intact_and_add_no_parameters()
    {
        var query = new RecordQuery("SMS") { AccountId = Nasty, Direction = "outbound", DateStart = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), DateEnd = new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.Zero) };
        query.Filters["client_ref"] = Nasty;
        query.Filters["from"] = "+447700900000";
        var (raw, pairs) = await SendAsync(query);
        Assert.Equal(Nasty, Single(pairs, "account_id"));
        Assert.Equal(Nasty, Single(pairs, "client_ref"));
        Assert.Equal("+447700900000", Single(pairs, "from"));
        Assert.Equal(new[] { "account_id", "product", "direction", "date_start", "date_end", "client_ref", "from" }.OrderBy(x => x), pairs.Select(p => p.Key).OrderBy(x => x));
        Assert.DoesNotContain("+", raw);
        Assert.DoesNotContain("#", raw);
    }

    [Fact]
    public async Task Dates_with_an_offset_go_out_as_utc_with_no_plus_sign()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound", DateStart = new DateTimeOffset(2026, 10, 1, 2, 0, 0, TimeSpan.FromHours(2)), DateEnd = new DateTimeOffset(2026, 10, 1, 3, 30, 0, TimeSpan.FromHours(2)) };
        var (raw, pairs) = await SendAsync(query);
        Assert.Equal("2026-10-01T00:00:00Z", Single(pairs, "date_start"));
        Assert.Equal("2026-10-01T01:30:00Z", Single(pairs, "date_end"));
        Assert.DoesNotContain("+", raw);
    }

    [Fact]
    public async Task Ids_arrive_intact()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound" };
        query.Ids.Add("id&x=1#y+z");
        query.Ids.Add("plain");
        var (_, pairs) = await SendAsync(query);
        Assert.Equal("id&x=1#y+z,plain", Single(pairs, "id"));
        Assert.DoesNotContain(pairs, p => p.Key == "x");
    }
}
