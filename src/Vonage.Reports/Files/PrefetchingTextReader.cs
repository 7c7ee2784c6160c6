using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Reads a text source ahead on its own thread, into a few fixed blocks of characters, so inflating and decoding a
    /// report run beside CSV parsing instead of in turn with it (inflate and UTF-8 decoding are about a third of the
    /// parsing thread's work). Memory is bounded: <see cref="BlockCount"/> blocks of <see cref="BlockLength"/> chars,
    /// reused. A failure of the source is rethrown by <see cref="Read(char[], int, int)"/> in order, after the text
    /// that came before it. One reader thread; disposing stops the read-ahead and waits for it.
    /// </summary>
    internal sealed class PrefetchingTextReader : TextReader
    {
        internal const int BlockLength = 1 << 16;
        internal const int BlockCount = 8;

        private readonly TextReader _source;
        private readonly BlockingCollection<Block> _filled = new BlockingCollection<Block>(BlockCount);
        private readonly BlockingCollection<Block> _empty = new BlockingCollection<Block>(BlockCount);
        private readonly CancellationTokenSource _stop;
        private readonly Task _pump;
        private ExceptionDispatchInfo? _failure;
        private Block? _current;
        private int _position;
        private bool _ended;

        public PrefetchingTextReader(TextReader source, CancellationToken cancellationToken)
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
                    while (length < BlockLength && (read = _source.Read(block.Chars, length, BlockLength - length)) > 0) length += read;
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

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            if (count == 0) return 0;
            if (!EnsureBlock()) return 0;
            var block = _current!;
            int n = Math.Min(count, block.Length - _position);
            Array.Copy(block.Chars, _position, buffer, index, n);
            _position += n;
            return n;
        }

        public override int Peek() => EnsureBlock() ? _current!.Chars[_position] : -1;

        public override int Read()
        {
            if (!EnsureBlock()) return -1;
            return _current!.Chars[_position++];
        }

        /// <summary>True with unread text in <see cref="_current"/>; false at the end. Rethrows the source's failure.</summary>
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
            public readonly char[] Chars = new char[BlockLength];
            public int Length;
        }
    }
}
