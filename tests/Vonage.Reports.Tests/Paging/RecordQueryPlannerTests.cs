using Vonage.Reports.Paging;
using Vonage.Reports.Queries;
using Xunit;

namespace Vonage.Reports.Tests.Paging;

public class RecordQueryPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<RecordSegment> Plan(RecordQuery query) => RecordQueryPlanner.Plan(query, "abcd1234", Now);

    private static Dictionary<string, string> Params(RecordSegment segment) =>
        segment.Query.Pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Splits_a_long_range_into_back_to_back_windows_of_at_most_24_hours()
    {
        var start = new DateTimeOffset(2026, 10, 1, 6, 30, 0, TimeSpan.Zero);
        var end = start.AddDays(3).AddHours(5);
        var segments = Plan(new RecordQuery("SMS") { Direction = "outbound", DateStart = start, DateEnd = end });

        Assert.Equal(4, segments.Count);
        Assert.Equal(start, segments[0].WindowStart);
        Assert.Equal(end, segments[^1].WindowEnd);
        for (int i = 0; i < segments.Count; i++)
        {
            Assert.True(segments[i].WindowEnd - segments[i].WindowStart <= TimeSpan.FromHours(24));
            if (i > 0) Assert.Equal(segments[i - 1].WindowEnd, segments[i].WindowStart); // no gap, no overlap
        }
        Assert.Equal("2026-10-01T06:30:00Z", Params(segments[0])["date_start"]);
        Assert.Equal("2026-10-02T06:30:00Z", Params(segments[0])["date_end"]);
    }

    [Fact]
    public void Sends_ids_twenty_per_call()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound" };
        for (int i = 0; i < 45; i++) query.Ids.Add("id" + i);
        var segments = Plan(query);
        Assert.Equal(new[] { 20, 20, 5 }, segments.Select(s => Params(s)["id"].Split(',').Length));
        Assert.DoesNotContain(segments, s => Params(s).ContainsKey("date_start"));
    }

    [Fact]
    public void Refuses_ids_together_with_dates()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound", DateStart = Now.AddHours(-1) };
        query.Ids.Add("x");
        var e = Assert.Throws<VonageValidationException>(() => Plan(query));
        Assert.Equal("IdAndDateRange", e.ErrorId);
    }

    [Fact]
    public void Refuses_filters_the_api_does_not_allow_in_id_mode()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound" };
        query.Ids.Add("x");
        query.Filters["status"] = "delivered";
        var e = Assert.Throws<VonageValidationException>(() => Plan(query));
        Assert.Equal("FilterNotAllowedWithId", e.ErrorId);
        Assert.Equal("delivered", e.Value);
    }

    [Theory]
    [InlineData("SMS")]
    [InlineData("MESSAGES")]
    public void Requires_a_direction_for_sms_and_messages(string product)
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery(product) { DateStart = Now.AddHours(-1) }));
        Assert.Equal("DirectionRequired", e.ErrorId);
        Assert.Equal(product, e.Value); // the product that needs one: there is no direction to name
    }

    [Fact]
    public void Refuses_a_direction_for_products_that_take_none()
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("VERIFY-V2") { Direction = "inbound" }));
        Assert.Equal("DirectionNotSupported", e.ErrorId);
    }

    [Theory]
    [InlineData("VOICE-CALL", "VOICE-API")]
    [InlineData("voice-failed", "VOICE-REJECTED")]
    [InlineData("VERIFY-API", "NUMBER-VERIFY")]
    [InlineData("CONVERSATIONS", "CONVERSATION-EVENT")]
    [InlineData("sms", "SMS")]
    public void Maps_older_product_names_to_the_reference_names(string given, string sent)
    {
        var query = new RecordQuery(given) { DateStart = Now.AddHours(-1) };
        if (sent == "SMS") query.Direction = "outbound";
        Assert.Equal(sent, Params(Plan(query)[0])["product"]);
    }

    [Fact]
    public void Refuses_an_unknown_product_naming_it()
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("FAX")));
        Assert.Equal("UnknownProduct", e.ErrorId);
        Assert.Equal("FAX", e.Value);
    }

    [Fact]
    public void Maps_a_short_last_span_to_the_apis_relative_form()
    {
        var segments = Plan(new RecordQuery("SMS") { Direction = "outbound", Last = TimeSpan.FromHours(2) });
        Assert.Single(segments);
        Assert.Equal("CURRENT_TIME-2H", Params(segments[0])["date_start"]);
        Assert.False(Params(segments[0]).ContainsKey("date_end"));
    }

    [Fact]
    public void Resolves_a_long_last_span_to_absolute_windows_ending_now()
    {
        var segments = Plan(new RecordQuery("SMS") { Direction = "outbound", Last = TimeSpan.FromDays(3) });
        Assert.Equal(3, segments.Count);
        Assert.Equal(Now, segments[^1].WindowEnd);
    }

    [Fact]
    public void Refuses_a_future_start_without_an_end_before_any_request()
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", DateStart = Now.AddDays(1) }));
        Assert.Equal("InvalidDateRange", e.ErrorId);
        Assert.Equal("DateStart", e.ParamName);
        Assert.Contains("without a DateEnd", e.Message);
    }

    [Fact]
    public void Refuses_dates_whose_arithmetic_would_leave_the_calendar()
    {
        var early = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", DateEnd = DateTimeOffset.MinValue }));
        Assert.Equal("DateOutOfRange", early.ErrorId);
        Assert.Equal(DateTimeOffset.MinValue, early.Value);
        var late = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", DateStart = DateTimeOffset.MaxValue.AddDays(-1) }));
        Assert.Equal("DateOutOfRange", late.ErrorId);
        var last = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", Last = TimeSpan.MaxValue }));
        Assert.Equal("InvalidLast", last.ErrorId);
    }

    [Fact]
    public void Refuses_an_end_before_the_start()
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", DateStart = Now, DateEnd = Now.AddHours(-1) }));
        Assert.Equal("InvalidDateRange", e.ErrorId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Refuses_a_page_size_outside_1_to_1000(int size)
    {
        var e = Assert.Throws<VonageValidationException>(() => Plan(new RecordQuery("SMS") { Direction = "outbound", PageSize = size }));
        Assert.Equal("InvalidPageSize", e.ErrorId);
    }

    [Fact]
    public void Sends_product_filters_and_options_by_their_api_names()
    {
        var query = new RecordQuery("SMS") { Direction = "outbound", DateStart = Now.AddHours(-1), IncludeMessage = true, PageSize = 250 };
        query.Filters["client_ref"] = "a&b#c+d";
        var p = Params(Plan(query)[0]);
        Assert.Equal("true", p["include_message"]);
        Assert.Equal("250", p["limit"]);
        Assert.Equal("a&b#c+d", p["client_ref"]);
        Assert.Contains("client_ref=a%26b%23c%2Bd", Plan(query)[0].Query.ToString());
    }
}
