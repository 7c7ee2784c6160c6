using System;
using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.Models;
using Vonage.Reports.Products;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Streams typed records out of a report file (the API's ZIP, or its CSV) without extracting anything to disk.
    /// A background task parses into a small bounded queue of batches, so memory stays flat however long the file is,
    /// and the caller's thread (the PowerShell pipeline) only takes finished records, in file order.
    /// Not thread-safe for readers: one consumer calls <see cref="MoveNext"/>.
    /// </summary>
    public sealed class ReportFileReader : IDisposable
    {
        // Few records in flight between the threads: whatever is queued when a gen0 collection runs gets promoted,
        // and 8 x 512 records made nearly every collection a gen1 one (52 of 74 on 1M rows; 1 of 72 with 4 x 256).
        private const int BatchSize = 256;
        private const int QueuedBatches = 4;
        private const int PooledColumns = 256;

        private readonly BlockingCollection<Batch> _queue = new BlockingCollection<Batch>(QueuedBatches);
        private readonly ConcurrentQueue<Batch> _free = new ConcurrentQueue<Batch>();
        private readonly CancellationTokenSource _stop;
        private readonly CancellationToken _callerToken;
        private readonly FileStream _file;
        private readonly IDisposable[] _owned;
        private readonly Utf8CsvReader _csv;
        private readonly CsvRecordBinder _binder;
        private Task? _producer;
        private ExceptionDispatchInfo? _failure;
        private Batch? _current;
        private int _index;
        private long _bytesRead;
        private long _recordsRead;

        private ReportFileReader(string path, string entryName, bool compressed, FileStream file, IDisposable[] owned, Utf8CsvReader csv,
            IReadOnlyList<string> columns, string product, CancellationToken cancellationToken)
        {
            Path = path;
            EntryName = entryName;
            IsCompressed = compressed;
            _file = file;
            _owned = owned;
            _csv = csv;
            Columns = columns;
            Product = product;
            RecordType = RecordTypes.ForProduct(product);
            _binder = new CsvRecordBinder(RecordSchema.For(RecordType), product, columns);
            TotalBytes = file.Length;
            _callerToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        /// <summary>The file read (full path).</summary>
        public string Path { get; }

        /// <summary>The CSV's name: the archive entry (report_SMS_abcd1234_20250410.csv) or the file's own name.</summary>
        public string EntryName { get; }

        public bool IsCompressed { get; }

        /// <summary>The product (reference name) the records are typed for.</summary>
        public string Product { get; }

        public Type RecordType { get; }

        /// <summary>The header, in file order.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>Header columns the record class does not know; their values are kept as additional fields.</summary>
        public IReadOnlyList<string> UnknownColumns => _binder.UnknownColumns;

        /// <summary>Size of the file on disk (compressed size for a ZIP).</summary>
        public long TotalBytes { get; }

        /// <summary>Bytes of the file consumed so far (updated per batch; for progress).</summary>
        public long BytesRead => Interlocked.Read(ref _bytesRead);

        /// <summary>Records the background parser has produced so far.</summary>
        public long RecordsRead => Interlocked.Read(ref _recordsRead);

        /// <summary>The record <see cref="MoveNext"/> moved to.</summary>
        public VonageRecord Current { get; private set; } = null!;

        /// <summary>
        /// Opens a report file and reads its header. The product is <paramref name="product"/> when given (reference
        /// name or older alias); otherwise it is told from the header's columns, refined by the file names.
        /// </summary>
        /// <exception cref="FileNotFoundException">No such file.</exception>
        /// <exception cref="InvalidDataException">Not a report file: a damaged ZIP, a ZIP without exactly one CSV, no header.</exception>
        /// <exception cref="VonageValidationException">ErrorId UnknownProduct: the product given is not one, or none could be told.</exception>
        public static ReportFileReader Open(string path, string? product = null, CancellationToken cancellationToken = default)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string? canonical = null;
            if (!string.IsNullOrWhiteSpace(product) && !VonageProduct.TryNormalize(product, out canonical))
                throw new VonageValidationException("UnknownProduct", "Unknown product '" + product + "'. Use one of: "
                    + string.Join(", ", VonageProduct.AllAcceptedNames) + ".", "Product", product);

            string full = System.IO.Path.GetFullPath(path);
            if (!File.Exists(full)) throw new FileNotFoundException("The report file '" + full + "' does not exist.", full);

            bool zip = ReportArchive.LooksLikeZip(full);
            bool large = new FileInfo(full).Length > 1 << 20;
            var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, zip ? 4096 : 1, FileOptions.SequentialScan);
            var owned = new List<IDisposable> { file };
            try
            {
                Stream data = file;
                string entryName = System.IO.Path.GetFileName(full);
                if (zip)
                {
                    var archive = ReportArchive.Open(full, file);
                    owned.Add(archive);
                    var entry = ReportArchive.OpenSingleCsv(archive, full);
                    entryName = entry.Name;
                    data = entry.Open();
                    owned.Add(data);
                }
                data = Utf8Text.Open(data);
                owned.Add(data);
                if (large)
                {
                    // Inflate on a thread of its own, beside the parser.
                    data = new ReadAheadStream(data, cancellationToken);
                    owned.Add(data);
                }
                var csv = new Utf8CsvReader(data, new ColumnStringPool(PooledColumns));
                bool header;
                try { header = csv.Read(); }
                catch (CsvFormatException e) { throw new InvalidDataException("'" + full + "' has no readable CSV header: " + e.Message, e); }

                var columns = new string[header ? csv.FieldCount : 0];
                for (int i = 0; i < columns.Length; i++) columns[i] = csv.GetString(i);
                if (columns.Length == 0 || (columns.Length == 1 && columns[0].Length == 0))
                    throw new InvalidDataException("'" + full + "' is empty: a report file starts with a header row.");

                string? detected = canonical ?? ReportProductDetector.Detect(columns, entryName, full);
                if (detected == null)
                    throw new VonageValidationException("UnknownProduct", "Could not tell the product of '" + full + "' from its columns ("
                        + string.Join(", ", columns) + ") or its name. Name it with -Product.", "Product", full);

                // Closed in reverse order of opening: the outermost stream first, the file last.
                owned.Reverse();
                var reader = new ReportFileReader(full, entryName, zip, file, owned.ToArray(), csv, columns, detected, cancellationToken);
                reader.Start();
                return reader;
            }
            catch
            {
                for (int i = owned.Count - 1; i >= 0; i--) { try { owned[i].Dispose(); } catch (Exception) { /* closing after a failure */ } }
                throw;
            }
        }

        private void Start() => _producer = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        /// <summary>Moves to the next record; false at the end of the file. Blocks until the parser has one; rethrows its failure.</summary>
        [MethodImpl(Hot.FullyOptimized)]
        public bool MoveNext()
        {
            while (true)
            {
                var batch = _current;
                if (batch != null)
                {
                    if (_index < batch.Count)
                    {
                        Current = batch.Items[_index++];
                        return true;
                    }
                    Array.Clear(batch.Items, 0, batch.Count);
                    batch.Count = 0;
                    _free.Enqueue(batch);
                    _current = null;
                }
                if (!_queue.TryTake(out var next, Timeout.Infinite, _callerToken))
                {
                    _failure?.Throw();
                    return false;
                }
                _current = next;
                _index = 0;
            }
        }

        [MethodImpl(Hot.FullyOptimized)]
        private void Produce()
        {
            var token = _stop.Token;
            var batch = Rent();
            try
            {
                while (_csv.Read())
                {
                    var record = _binder.Read(_csv); // before the slot is counted: a row that fails leaves no gap
                    batch.Items[batch.Count++] = record;
                    if (batch.Count == BatchSize)
                    {
                        Publish(batch, token);
                        batch = Rent();
                    }
                }
                if (batch.Count > 0) Publish(batch, token);
                Interlocked.Exchange(ref _bytesRead, TotalBytes);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Stopped by the caller (Ctrl+C) or by Dispose: nothing to report.
            }
            catch (CsvFormatException e)
            {
                PublishBeforeFailure(batch, token);
                _failure = ExceptionDispatchInfo.Capture(new InvalidDataException("'" + Path + "' is not a valid report CSV at " + e.Message, e));
            }
            catch (Exception e)
            {
                PublishBeforeFailure(batch, token);
                _failure = ExceptionDispatchInfo.Capture(e is InvalidDataException || e is IOException
                    ? e : new InvalidDataException("Reading '" + Path + "' failed near row " + _csv.RowNumber + ": " + e.Message, e));
            }
            finally
            {
                _queue.CompleteAdding();
                foreach (var d in _owned) { try { d.Dispose(); } catch (Exception) { /* the file is done with either way */ } }
            }
        }

        private void Publish(Batch batch, CancellationToken token)
        {
            Interlocked.Add(ref _recordsRead, batch.Count);
            Interlocked.Exchange(ref _bytesRead, _file.Position);
            _queue.Add(batch, token);
        }

        /// <summary>The rows read before a bad one still reach the caller, ahead of the error.</summary>
        private void PublishBeforeFailure(Batch batch, CancellationToken token)
        {
            if (batch.Count == 0) return;
            try { Publish(batch, token); }
            catch (OperationCanceledException) { /* stopped meanwhile: nobody is reading */ }
        }

        private Batch Rent() => _free.TryDequeue(out var batch) ? batch : new Batch();

        /// <summary>Stops the parser and closes the file (waits for it, so the file is free when this returns).</summary>
        public void Dispose()
        {
            try { _stop.Cancel(); } catch (ObjectDisposedException) { }
            try { _producer?.Wait(); } catch (AggregateException) { /* failures were captured for MoveNext */ }
            _stop.Dispose();
            _queue.Dispose();
        }

        private sealed class Batch
        {
            public readonly VonageRecord[] Items = new VonageRecord[BatchSize];
            public int Count;
        }
    }
}
