using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Reads a source stream ahead on its own thread, into a few fixed blocks, so inflating a report runs beside CSV
    /// parsing instead of in turn with it (inflate is about a third of the work). Memory is bounded:
    /// <see cref="BlockCount"/> blocks of <see cref="BlockLength"/> bytes, reused. A failure of the source is rethrown
    /// by <see cref="Read(byte[], int, int)"/> in order, after the bytes that came before it. Read-only, forward-only,
    /// one reader thread; disposing stops the read-ahead, waits for it and closes the source.
    /// </summary>
    internal sealed class ReadAheadStream : ReadOnlyStream
    {
        internal const int BlockLength = 1 << 17;
        internal const int BlockCount = 8;

        private readonly Stream _source;
        private readonly BlockingCollection<Block> _filled = new BlockingCollection<Block>(BlockCount);
        private readonly BlockingCollection<Block> _empty = new BlockingCollection<Block>(BlockCount);
        private readonly CancellationTokenSource _stop;
        private readonly Task _pump;
        private ExceptionDispatchInfo? _failure;
        private Block? _current;
        private int _position;
        private bool _ended;

        public ReadAheadStream(Stream source, CancellationToken cancellationToken)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            for (int i = 0; i < BlockCount; i++) _empty.Add(new Block());
            _pump = Task.Factory.StartNew(Pump, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        private void Pump()
        {
            var token = _stop.Token;
            try
            {
                while (true)
                {
                    var block = _empty.Take(token);
                    // Fill the block as far as the source allows: fewer hand-offs than one per inflate chunk.
                    int length = 0, read;
                    while (length < BlockLength && (read = _source.Read(block.Bytes, length, BlockLength - length)) > 0) length += read;
                    block.Length = length;
                    if (length == 0) break;
                    _filled.Add(block, token);
                    if (length < BlockLength) break;
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Stopped by the caller or by Dispose.
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                _filled.CompleteAdding();
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            if (count == 0 || !EnsureBlock()) return 0;
            var block = _current!;
            int n = Math.Min(count, block.Length - _position);
            Buffer.BlockCopy(block.Bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        /// <summary>True with unread bytes in <see cref="_current"/>; false at the end. Rethrows the source's failure.</summary>
        private bool EnsureBlock()
        {
            if (_current != null && _position < _current.Length) return true;
            if (_ended) return false;
            if (_current != null)
            {
                _empty.Add(_current);
                _current = null;
            }
            if (!_filled.TryTake(out var next, Timeout.Infinite, _stop.Token))
            {
                _ended = true;
                _failure?.Throw();
                return false;
            }
            _current = next;
            _position = 0;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                try { _stop.Cancel(); } catch (ObjectDisposedException) { }
                try { _pump.Wait(); } catch (AggregateException) { /* failures were captured for Read */ }
                _source.Dispose();
                _stop.Dispose();
                _filled.Dispose();
                _empty.Dispose();
            }
            base.Dispose(disposing);
        }

        private sealed class Block
        {
            public readonly byte[] Bytes = new byte[BlockLength];
            public int Length;
        }
    }
}
