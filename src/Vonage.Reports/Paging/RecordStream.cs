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
    /// Records of a query, in order, as their pages arrive. Segments (24 h windows or id chunks) are fetched
    /// up to <c>concurrency</c> at a time ahead of the reader, each into a small buffer, and read back in
    /// segment order: chronological output, bounded memory, the rate limiter keeping the pace.
    /// Pull with <see cref="MoveNextAsync"/>; dispose to stop all fetching.
    /// </summary>
    public sealed class RecordStream : IDisposable
    {
        private const int BufferPagesPerSegment = 2;
        private readonly ApiTransport _transport;
        private readonly IReadOnlyList<RecordSegment> _segments;
        private readonly string _product;
        private readonly int _concurrency;
        private readonly CancellationTokenSource _stop;
        private readonly SegmentFetcher?[] _fetchers;
        private readonly ConcurrentQueue<string> _missingIds = new ConcurrentQueue<string>();
        private List<VonageRecord>? _page;
        private int _index;
        private int _segment;
        private int _pagesFetched;
        private long _recordsRead;

        internal RecordStream(ApiTransport transport, IReadOnlyList<RecordSegment> segments, string product, int concurrency, CancellationToken cancellationToken)
        {
            _transport = transport;
            _segments = segments;
            _product = product;
            _concurrency = Math.Max(1, concurrency);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _fetchers = new SegmentFetcher?[segments.Count];
        }

        /// <summary>The reference name of the product being read.</summary>
        public string Product => _product;

        /// <summary>The record <see cref="MoveNextAsync"/> moved to.</summary>
        public VonageRecord Current { get; private set; } = null!;

        /// <summary>Pages received so far (across all segments).</summary>
        public int PagesFetched => Volatile.Read(ref _pagesFetched);

        /// <summary>Records handed out so far.</summary>
        public long RecordsRead => Interlocked.Read(ref _recordsRead);

        /// <summary>How many API call sequences (24 h windows or id chunks) the query was cut into.</summary>
        public int SegmentCount => _segments.Count;

        /// <summary>The segment being read (0-based).</summary>
        public int CurrentSegment => _segment;

        /// <summary>Describes a segment (e.g. its window) for progress display.</summary>
        public string DescribeSegment(int index) => index >= 0 && index < _segments.Count ? _segments[index].Description : string.Empty;

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
                if (_segment >= _segments.Count) return false;
                StartAhead();
                var page = await _fetchers[_segment]!.TakeAsync(_stop.Token).ConfigureAwait(false);
                if (page == null)
                {
                    _fetchers[_segment] = null;
                    _segment++;
                    continue;
                }
                foreach (var id in page.IdsNotFound) _missingIds.Enqueue(id);
                _page = page.Records;
                _index = 0;
            }
        }

        private void StartAhead()
        {
            int last = Math.Min(_segments.Count, _segment + _concurrency);
            for (int i = _segment; i < last; i++)
            {
                if (_fetchers[i] != null || i < _segment) continue;
                var fetcher = new SegmentFetcher(_transport, _segments[i], _product, BufferPagesPerSegment, () => Interlocked.Increment(ref _pagesFetched));
                _fetchers[i] = fetcher;
                fetcher.Start(_stop.Token);
            }
        }

        public void Dispose()
        {
            try { _stop.Cancel(); } catch (ObjectDisposedException) { }
            _stop.Dispose();
        }
    }
}
