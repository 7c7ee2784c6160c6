using System.Text;
using Vonage.Reports.Files;
using Vonage.Reports.Models;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class RecentMinuteDatesTests
{
    [Fact]
    public void Answers_only_what_the_full_parser_would_for_a_run_of_dates()
    {
        var random = new Random(7);
        var cache = new RecentMinuteDates();
        string[] offsets = { "+00:00", "Z", "", "+0530", "-08:00", "+14:00" };
        var at = new DateTime(2026, 10, 20, 10, 13, 0);
        int hits = 0;
        for (int i = 0; i < 20_000; i++)
        {
            // Mostly a few seconds on, sometimes a new minute, hour or day, an offset change, or a malformed second.
            at = at.AddSeconds(random.Next(100) < 90 ? random.Next(0, 3) : random.Next(0, 90_000));
            string offset = random.Next(100) < 95 ? offsets[0] : offsets[random.Next(offsets.Length)];
            string text = at.ToString("yyyy-MM-dd'T'HH:mm:ss") + offset;
            if (random.Next(200) == 0) text = text.Substring(0, 17) + (random.Next(2) == 0 ? "60" : "5x") + text.Substring(19);
            byte[] buffer = Encoding.ASCII.GetBytes("##" + text + "##");

            bool parsed = Utf8FieldParser.TryDate(buffer, 2, text.Length, out var expected);
            if (cache.TryGet(buffer, 2, text.Length, out var cached))
            {
                hits++;
                Assert.True(parsed, text + " was answered from the cache but the parser refuses it");
                Assert.Equal(expected, cached);
                Assert.Equal(expected.Offset, cached.Offset);
            }
            else if (parsed) cache.Remember(buffer, 2, text.Length, expected);
        }
        Assert.True(hits > 10_000, $"only {hits} hits");
    }

    [Theory]
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20T10:14:20+00:00")] // another minute
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20T10:13:21+01:00")] // another offset
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20T10:13:21Z")]      // another form
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20T10:13:61+00:00")] // no such second
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20 10:13:21+00:00")] // space instead of T
    [InlineData("2026-10-20T10:13:20+00:00", "2026-10-20T10:13-21+00:00")] // not a time
    public void Misses_anything_but_the_same_minute_and_offset(string remembered, string next)
    {
        var cache = new RecentMinuteDates();
        var first = Encoding.ASCII.GetBytes(remembered);
        Assert.True(Utf8FieldParser.TryDate(first, 0, first.Length, out var date));
        cache.Remember(first, 0, first.Length, date);
        var bytes = Encoding.ASCII.GetBytes(next);
        Assert.False(cache.TryGet(bytes, 0, bytes.Length, out _));
    }

    [Fact]
    public void Misses_before_anything_is_remembered_even_for_short_text()
    {
        var cache = new RecentMinuteDates();
        Assert.False(cache.TryGet(new byte[] { (byte)'2' }, 0, 1, out _));
        Assert.False(cache.TryGet(Array.Empty<byte>(), 0, 0, out _));
    }

    [Fact]
    public void Reads_the_seconds_at_the_end_of_a_year()
    {
        var cache = new RecentMinuteDates();
        var first = Encoding.ASCII.GetBytes("9999-12-31T23:59:00+00:00");
        Assert.True(Utf8FieldParser.TryDate(first, 0, first.Length, out var date));
        cache.Remember(first, 0, first.Length, date);
        var last = Encoding.ASCII.GetBytes("9999-12-31T23:59:59+00:00");
        Assert.True(cache.TryGet(last, 0, last.Length, out var value));
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), value);
    }
}
