using System;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Cuts a date range into back-to-back windows whose length follows the data: the first few are short probes,
    /// then each window is sized from the density seen so far to hold just under <see cref="TargetPages"/> pages (never
    /// more than the API's 24 h, never less than a minute). Many small windows in flight keep the rate budget busy
    /// while the reader consumes them in order with little buffered, where a few 24 h windows would be read one
    /// cursor page at a time. Start inclusive, end exclusive: no record in two windows, none in a gap.
    /// </summary>
    internal sealed class AdaptiveWindowSource : ISegmentSource
    {
        internal const int TargetPages = 3;
        internal static readonly TimeSpan MinimumWindow = TimeSpan.FromMinutes(1);
        internal static readonly TimeSpan ProbeWindow = TimeSpan.FromHours(1);

        private readonly DateTimeOffset _start;
        private readonly DateTimeOffset _end;
        private readonly int _pageSize;
        private readonly Func<DateTimeOffset, DateTimeOffset, RecordSegment> _makeSegment;
        private readonly object _gate = new object();
        private DateTimeOffset _cursor;
        private double _observedRecords;
        private double _observedHours;

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
            lock (_gate)
            {
                _observedRecords += records;
                _observedHours += (segment.WindowEnd.Value - segment.WindowStart.Value).TotalHours;
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
            if (_observedHours <= 0) return ProbeWindow;
            double perHour = _observedRecords / _observedHours;
            if (perHour <= 0) return Queries.RecordQuery.MaximumWindow;
            // A little under whole pages, so the usual window ends on a full page rather than one record over.
            double hours = TargetPages * _pageSize * 0.97 / perHour;
            var length = TimeSpan.FromHours(hours);
            if (length < MinimumWindow) return MinimumWindow;
            return length > Queries.RecordQuery.MaximumWindow ? Queries.RecordQuery.MaximumWindow : length;
        }
    }
}
