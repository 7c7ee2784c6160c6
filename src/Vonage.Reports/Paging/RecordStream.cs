using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Http;
using Vonage.Reports.Models;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Records of a query, in order, as their pages arrive. Segments (date windows or id chunks) are fetched
    /// <c>concurrency</c> at a time, each into a small buffer, and read back in segment order: chronological
    /// output, the rate limiter keeping the pace. A segment that finishes frees its slot at once, even while the
    /// reader still waits on an older one, so the rate budget never idles; at most <see cref="MaxAheadFactor"/> ×
    /// <c>concurrency</c> segments are held beyond the reader, which bounds memory.
    /// Pull with <see cref="MoveNextAsync"/>; dispose to stop all fetching.
    /// </summary>
    public sealed class RecordStream : IDisposable
    {
        // As many pages as an adaptive window holds, so windows ahead of the one being read never wait for it.
        private const int BufferPagesPerSegment = AdaptiveWindowSource.TargetPages;
        // Finished segments wait for the reader; this many × concurrency may be started beyond its position.
        internal const int MaxAheadFactor = 2;
        private readonly ApiTransport _transport;
        private readonly ISegmentSource _source;
        private readonly string _product;
        private readonly int _concurrency;
        private readonly CancellationTokenSource _stop;
        private readonly List<SegmentFetcher> _fetchers = new List<SegmentFetcher>();
        private readonly object _gate = new object();
        private int _fetching;
        private readonly ConcurrentQueue<string> _missingIds = new ConcurrentQueue<string>();
        private List<VonageRecord>? _page;
        private int _index;
        private int _segment;
        private bool _planned;
        private int _pagesFetched;
        private long _recordsRead;

        internal RecordStream(ApiTransport transport, ISegmentSource source, string product, int concurrency, CancellationToken cancellationToken)
        {
            _transport = transport;
            _source = source;
            _product = product;
            _concurrency = Math.Max(1, concurrency);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        /// <summary>The reference name of the product being read.</summary>
        public string Product => _product;

        /// <summary>The record <see cref="MoveNextAsync"/> moved to.</summary>
        public VonageRecord Current { get; private set; } = null!;

        /// <summary>Pages received so far (across all segments).</summary>
        public int PagesFetched => Volatile.Read(ref _pagesFetched);

        /// <summary>Records handed out so far.</summary>
        public long RecordsRead => Interlocked.Read(ref _recordsRead);

        /// <summary>How many API call sequences (date windows or id chunks) the query was cut into, or -1 while windows are still being sized.</summary>
        public int SegmentCount => _source.KnownCount;

        /// <summary>The segment being read (0-based).</summary>
        public int CurrentSegment => _segment;

        /// <summary>Share of the query read so far (0..1), by segments or by time covered.</summary>
        public double FractionComplete
        {
            get
            {
                if (_segment == 0) return 0;
                lock (_gate) return _source.FractionAfter(_fetchers[Math.Min(_segment, _fetchers.Count) - 1].Segment);
            }
        }

        /// <summary>Describes the segment being read (its window or its ids), for progress display.</summary>
        public string DescribeCurrentSegment()
        {
            lock (_gate) return _segment < _fetchers.Count ? _fetchers[_segment].Segment.Description : string.Empty;
        }

        /// <summary>Ids the API reported as not found (id mode), as they are learnt.</summary>
        public bool TryTakeMissingId(out string id) => _missingIds.TryDequeue(out id!);

        public async Task<bool> MoveNextAsync()
        {
            while (true)
            {
                if (_page != null && _index < _page.Count)
                {
                    Current = _page[_index++];
                    Interlocked.Increment(ref _recordsRead);
                    return true;
                }
                _page = null;
                SegmentFetcher fetcher;
                lock (_gate)
                {
                    StartAhead();
                    if (_segment >= _fetchers.Count) return false;
                    fetcher = _fetchers[_segment];
                }
                var page = await fetcher.TakeAsync(_stop.Token).ConfigureAwait(false);
                if (page == null)
                {
                    lock (_gate) _segment++;
                    continue;
                }
                foreach (var id in page.IdsNotFound) _missingIds.Enqueue(id);
                _page = page.Records;
                _index = 0;
            }
        }

        /// <summary>
        /// Starts segments while fewer than <c>concurrency</c> are fetching and the reader is not too far behind.
        /// Called (under the gate) when the reader moves on and whenever a segment finishes fetching.
        /// </summary>
        private void StartAhead()
        {
            while (!_planned && _fetching < _concurrency && _fetchers.Count < _segment + _concurrency * MaxAheadFactor
                && !_stop.IsCancellationRequested)
            {
                var segment = _source.Next();
                if (segment == null) { _planned = true; break; }
                var fetcher = new SegmentFetcher(_transport, segment, _product, BufferPagesPerSegment,
                    () => Interlocked.Increment(ref _pagesFetched), _source.Completed, OnSegmentFetched);
                _fetchers.Add(fetcher);
                _fetching++;
                fetcher.Start(_stop.Token);
            }
        }

        private void OnSegmentFetched()
        {
            lock (_gate)
            {
                _fetching--;
                StartAhead();
            }
        }

        public void Dispose()
        {
            try { _stop.Cancel(); } catch (ObjectDisposedException) { }
            _stop.Dispose();
        }
    }
}
