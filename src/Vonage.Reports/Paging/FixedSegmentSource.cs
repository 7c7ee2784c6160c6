using System.Collections.Generic;

namespace Vonage.Reports.Paging
{
    /// <summary>A plan known up front: id chunks, 24 h windows for serial paging, or one open-ended window.</summary>
    internal sealed class FixedSegmentSource : ISegmentSource
    {
        private readonly IReadOnlyList<RecordSegment> _segments;
        private int _next;

        public FixedSegmentSource(IReadOnlyList<RecordSegment> segments) { _segments = segments; }

        public RecordSegment? Next() => _next < _segments.Count ? _segments[_next++] : null;

        public void Completed(RecordSegment segment, long records) { }

        public int KnownCount => _segments.Count;

        public double FractionAfter(RecordSegment segment)
        {
            int index = 0;
            for (; index < _segments.Count; index++) if (ReferenceEquals(_segments[index], segment)) break;
            return _segments.Count == 0 ? 1 : (index + 1) / (double)_segments.Count;
        }
    }
}
