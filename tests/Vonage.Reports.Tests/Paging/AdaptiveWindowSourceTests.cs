using Vonage.Reports.Http;
using Vonage.Reports.Paging;
using Xunit;

namespace Vonage.Reports.Tests.Paging;

public class AdaptiveWindowSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static AdaptiveWindowSource Source(DateTimeOffset end) =>
        new(Start, end, 1000, (a, b) => new RecordSegment(new QueryString(), "w", a, b));

    private static List<RecordSegment> Drain(AdaptiveWindowSource source, double recordsPerHour)
    {
        var all = new List<RecordSegment>();
        for (var s = source.Next(); s != null; s = source.Next())
        {
            all.Add(s);
            source.Completed(s, (long)((s.WindowEnd!.Value - s.WindowStart!.Value).TotalHours * recordsPerHour));
        }
        return all;
    }

    [Fact]
    public void Covers_the_range_back_to_back_with_no_gap_or_overlap()
    {
        var end = Start.AddDays(9).AddMinutes(17);
        var windows = Drain(Source(end), 1000);
        Assert.Equal(Start, windows[0].WindowStart);
        Assert.Equal(end, windows[^1].WindowEnd);
        for (int i = 1; i < windows.Count; i++) Assert.Equal(windows[i - 1].WindowEnd, windows[i].WindowStart);
    }

    [Fact]
    public void Probes_first_then_sizes_windows_to_just_under_three_pages()
    {
        var windows = Drain(Source(Start.AddDays(5)), 1000);
        Assert.Equal(TimeSpan.FromHours(1), windows[0].WindowEnd - windows[0].WindowStart);
        // 1,000 records an hour: three pages less 3% (2,910 records) take about 2.9 h.
        var second = windows[1].WindowEnd!.Value - windows[1].WindowStart!.Value;
        Assert.InRange(second.TotalHours, 2.85, 2.95);
    }

    [Fact]
    public void Never_exceeds_24_hours_for_sparse_data_nor_goes_below_a_minute_for_dense_data()
    {
        var sparse = Drain(Source(Start.AddDays(10)), 2);
        Assert.All(sparse, w => Assert.True(w.WindowEnd - w.WindowStart <= TimeSpan.FromHours(24)));
        Assert.Contains(sparse, w => w.WindowEnd - w.WindowStart == TimeSpan.FromHours(24));

        var dense = Drain(Source(Start.AddHours(2)), 10_000_000);
        Assert.All(dense.Take(dense.Count - 1).Skip(1), w => Assert.Equal(TimeSpan.FromMinutes(1), w.WindowEnd - w.WindowStart));
    }

    [Fact]
    public void Serial_reading_keeps_24_hour_windows()
    {
        var query = new Vonage.Reports.Queries.RecordQuery("SMS") { Direction = "outbound", DateStart = Start, DateEnd = Start.AddDays(3) };
        var source = RecordQueryPlanner.CreateSource(query, "abcd1234", Start.AddDays(30), concurrency: 1);
        Assert.Equal(3, source.KnownCount);
        Assert.IsType<AdaptiveWindowSource>(RecordQueryPlanner.CreateSource(query, "abcd1234", Start.AddDays(30), concurrency: 4));
    }

    [Fact]
    public void A_steady_feed_narrows_the_margin_so_windows_hold_almost_exactly_three_pages()
    {
        var windows = Drain(Source(Start.AddDays(5)), 1000);
        // After three windows the counts show no scatter: the margin drops to its floor (0.3%).
        var later = windows[5].WindowEnd!.Value - windows[5].WindowStart!.Value;
        Assert.InRange(later.TotalHours, 2.985, 3.0);
    }

    [Fact]
    public void Scattered_counts_widen_the_margin()
    {
        var source = Source(Start.AddDays(20));
        var lengths = new List<double>();
        int i = 0;
        for (var s = source.Next(); s != null && i < 30; s = source.Next(), i++)
        {
            double hours = (s.WindowEnd!.Value - s.WindowStart!.Value).TotalHours;
            lengths.Add(hours);
            // Bursty: windows alternate between 40% over and 40% under 1,000 records an hour.
            source.Completed(s, (long)(hours * 1000 * (i % 2 == 0 ? 1.4 : 0.6)));
        }
        Assert.All(lengths.Skip(10), h => Assert.InRange(h, 2.0, 2.8));
    }

    [Fact]
    public void Margin_follows_the_dispersion_of_recent_counts()
    {
        var source = Source(Start.AddDays(1));
        // Before three windows: random arrivals are assumed, two standard deviations of 3,000 is about 3.7%.
        Assert.InRange(source.Margin(1000, 3000), 0.036, 0.037);
    }
}
