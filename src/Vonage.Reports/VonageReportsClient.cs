using System;
using Vonage.Reports.Http;
using Vonage.Reports.Paging;
using Vonage.Reports.Queries;
using System.Threading;

namespace Vonage.Reports
{
    /// <summary>
    /// The Vonage Reports API client: sync records with transparent paging, async reports, downloads.
    /// Usable without PowerShell. Thread-safe; dispose when done.
    /// </summary>
    public sealed partial class VonageReportsClient : IDisposable
    {
        private readonly ApiTransport _transport;

        public VonageReportsClient(VonageClientOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (options.Credential is null) throw new ArgumentException("A credential is required.", nameof(options));
            _transport = new ApiTransport(options);
            AccountId = options.ResolveAccountId();
        }

        /// <summary>The account queried when a request names none.</summary>
        public string AccountId { get; }

        public Uri BaseUri => _transport.BaseUri;

        /// <summary>
        /// Streams the records of a query. Date ranges are split into windows the API accepts (at most 24 h; sized
        /// from the data when <paramref name="concurrency"/> is above 1), fetched up to that many at a time and
        /// returned in order; ids go 20 per call.
        /// Validation happens here, before any call.
        /// </summary>
        public RecordStream GetRecords(RecordQuery query, int concurrency = 1, CancellationToken cancellationToken = default)
        {
            if (query is null) throw new ArgumentNullException(nameof(query));
            var source = RecordQueryPlanner.CreateSource(query, AccountId, DateTimeOffset.UtcNow, concurrency);
            string product = RecordQueryPlanner.NormalizeProduct(query.Product);
            return new RecordStream(_transport, source, product, concurrency, cancellationToken);
        }

        public void Dispose() => _transport.Dispose();
    }
}
