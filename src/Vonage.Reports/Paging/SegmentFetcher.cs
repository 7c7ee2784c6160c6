using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Http;

namespace Vonage.Reports.Paging
{
    /// <summary>
    /// Fetches the pages of one segment in order on a background task, following the cursor, into a small
    /// bounded buffer (so memory stays flat however long the range). Each page is read whole inside the retry,
    /// so a page that breaks off mid-body is fetched again from the same cursor: no record twice, none skipped.
    /// A failure is delivered after the pages that came before it.
    /// </summary>
    internal sealed class SegmentFetcher
    {
        private readonly ApiTransport _transport;
        private readonly RecordSegment _segment;
        private readonly string _product;
        private readonly Queue<RecordPage> _pages = new Queue<RecordPage>();
        private readonly SemaphoreSlim _available = new SemaphoreSlim(0);
        private readonly SemaphoreSlim _space;
        private readonly object _gate = new object();
        private readonly Action _onPage;
        private readonly Action<RecordSegment, long>? _onCompleted;
        private readonly Action? _onFinished;
        private Exception? _failure;

        public SegmentFetcher(ApiTransport transport, RecordSegment segment, string product, int bufferPages, Action onPage,
            Action<RecordSegment, long>? onCompleted = null, Action? onFinished = null)
        {
            _onCompleted = onCompleted;
            _onFinished = onFinished;
            _transport = transport;
            _segment = segment;
            _product = product;
            _space = new SemaphoreSlim(Math.Max(1, bufferPages));
            _onPage = onPage;
        }

        public RecordSegment Segment => _segment;

        public void Start(CancellationToken cancellationToken) => _ = Task.Run(() => RunAsync(cancellationToken));

        /// <summary>The next page, or null when the segment is done. Rethrows the segment's failure in order.</summary>
        public async Task<RecordPage?> TakeAsync(CancellationToken cancellationToken)
        {
            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_pages.Count > 0)
                {
                    _space.Release();
                    return _pages.Dequeue();
                }
                if (_failure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_failure).Throw();
                return null;
            }
        }

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                Uri uri = _transport.Resolve("v2/reports/records?" + _segment.Query);
                long records = 0;
                while (true)
                {
                    await _space.WaitAsync(cancellationToken).ConfigureAwait(false);
                    var page = await _transport.SendAsync(HttpMethod.Get, uri, EndpointClass.Sync, idempotent: true, content: null,
                        async (response, token) =>
                        {
                            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                            // Read the whole body first: a reset mid-body throws here, inside the retry.
                            var buffer = new System.IO.MemoryStream();
                            await stream.CopyToAsync(buffer, 81920, token).ConfigureAwait(false);
                            buffer.Position = 0;
                            return RecordPageParser.Parse(buffer, _product);
                        }, cancellationToken).ConfigureAwait(false);
                    _onPage();
                    records += page.Records.Count;
                    lock (_gate) _pages.Enqueue(page);
                    _available.Release();
                    if (!page.HasMore) break;
                    uri = NextUri(page);
                }
                _onCompleted?.Invoke(_segment, records);
            }
            catch (Exception e)
            {
                lock (_gate) _failure = e;
            }
            finally
            {
                _available.Release();
                // Last: the stream may start the next segment in this slot (its window sized from _onCompleted).
                _onFinished?.Invoke();
            }
        }

        private Uri NextUri(RecordPage page)
        {
            if (!string.IsNullOrEmpty(page.NextHref)) return _transport.ResolveLink(page.NextHref!, "next page");
            // No link: resend the query with the cursor (and iv), as the reference allows.
            var query = new QueryString();
            foreach (var pair in _segment.Query.Pairs) query.Add(pair.Key, pair.Value);
            query.Add("cursor", page.Cursor).Add("iv", page.Iv);
            return _transport.Resolve("v2/reports/records?" + query);
        }
    }
}
