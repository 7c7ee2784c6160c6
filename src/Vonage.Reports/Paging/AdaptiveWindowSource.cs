using System;
using System.Collections.Generic;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Cuts a date range into back-to-back windows whose length follows the data: the first few are short probes,
    /// then each window is sized from the density of the last few windows to hold just under <see cref="TargetPages"/>
    /// pages (never more than the API's 24 h, never less than a minute). "Just under" is a margin learnt from how much
    /// window counts scatter around that density: one record over costs a whole extra request, each record under
    /// wastes a little of a page, so steady data gets a thin margin and bursty data a wide one. Many small windows in
    /// flight keep the rate budget busy while the reader consumes them in order with little buffered, where a few
    /// 24 h windows would be read one cursor page at a time. Start inclusive, end exclusive: no record in two windows, none in a gap.
    /// </summary>
    internal sealed class AdaptiveWindowSource : ISegmentSource
    {
        internal const int TargetPages = 3;
        internal static readonly TimeSpan MinimumWindow = TimeSpan.FromMinutes(1);
        internal static readonly TimeSpan ProbeWindow = TimeSpan.FromHours(1);
        // Density and scatter come from this many most recent windows (traffic changes over a day).
        internal const int RecentWindows = 8;
        // The margin is two standard deviations of a window's count, within these bounds.
        internal const double MinimumMargin = 0.003, MaximumMargin = 0.15;

        private readonly DateTimeOffset _start;
        private readonly DateTimeOffset _end;
        private readonly int _pageSize;
        private readonly Func<DateTimeOffset, DateTimeOffset, RecordSegment> _makeSegment;
        private readonly object _gate = new object();
        private DateTimeOffset _cursor;
        private readonly Queue<Window> _recent = new Queue<Window>();

        public AdaptiveWindowSource(DateTimeOffset start, DateTimeOffset end, int pageSize, Func<DateTimeOffset, DateTimeOffset, RecordSegment> makeSegment)
        {
            _start = start;
            _end = end;
            _cursor = start;
            _pageSize = pageSize;
            _makeSegment = makeSegment;
        }

        public int KnownCount => -1;

        public RecordSegment? Next()
        {
            lock (_gate)
            {
                if (_cursor >= _end) return null;
                var windowEnd = _cursor + NextLength();
                if (windowEnd > _end) windowEnd = _end;
                var segment = _makeSegment(_cursor, windowEnd);
                _cursor = windowEnd;
                return segment;
            }
        }

        public void Completed(RecordSegment segment, long records)
        {
            if (!segment.WindowStart.HasValue || !segment.WindowEnd.HasValue) return;
            double hours = (segment.WindowEnd.Value - segment.WindowStart.Value).TotalHours;
            if (hours <= 0) return;
            lock (_gate)
            {
                _recent.Enqueue(new Window(records, hours));
                if (_recent.Count > RecentWindows) _recent.Dequeue();
            }
        }

        public double FractionAfter(RecordSegment segment)
        {
            double total = (_end - _start).TotalSeconds;
            return total <= 0 || !segment.WindowEnd.HasValue ? 1 : Math.Min(1, (segment.WindowEnd.Value - _start).TotalSeconds / total);
        }

        /// <summary>The window length for the density seen so far (probe length until a window has finished).</summary>
        internal TimeSpan NextLength()
        {
            if (_recent.Count == 0) return ProbeWindow;
            double records = 0, hours = 0;
            foreach (var window in _recent) { records += window.Records; hours += window.Hours; }
            double perHour = records / hours;
            if (perHour <= 0) return Queries.RecordQuery.MaximumWindow;
            double target = TargetPages * (double)_pageSize;
            var length = TimeSpan.FromHours(target * (1 - Margin(perHour, target)) / perHour);
            if (length < MinimumWindow) return MinimumWindow;
            return length > Queries.RecordQuery.MaximumWindow ? Queries.RecordQuery.MaximumWindow : length;
        }

        /// <summary>
        /// Two standard deviations of a window's count, as a share of <paramref name="target"/> records. Counts are
        /// taken to scatter like Poisson counts scaled by a dispersion measured on the recent windows (0 for a
        /// steady feed, 1 for random arrivals, more for bursts); until three windows are in, random arrivals are assumed.
        /// </summary>
        internal double Margin(double perHour, double target)
        {
            double dispersion = 1;
            if (_recent.Count >= 3)
            {
                double sum = 0;
                int n = 0;
                foreach (var window in _recent)
                {
                    double expected = perHour * window.Hours;
                    if (expected < 1) continue;
                    double deviation = window.Records - expected;
                    sum += deviation * deviation / expected;
                    n++;
                }
                if (n >= 3) dispersion = sum / n;
            }
            double margin = 2 * Math.Sqrt(dispersion / target);
            return Math.Max(MinimumMargin, Math.Min(MaximumMargin, margin));
        }

        /// <summary>A finished window: how many records it held over how many hours.</summary>
        private readonly struct Window
        {
            public Window(double records, double hours) { Records = records; Hours = hours; }
            public double Records { get; }
            public double Hours { get; }
        }
    }
}
