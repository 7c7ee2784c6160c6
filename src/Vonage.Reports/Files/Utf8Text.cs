using System;
using System.IO;
using System.Text;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// Report files are UTF-8, and <see cref="Utf8CsvReader"/> reads UTF-8 bytes. A CSV saved as UTF-16 or UTF-32
    /// (Windows PowerShell's `Export-Csv -Encoding Unicode`, say) is told by its byte order mark and re-encoded to
    /// UTF-8 on the fly, so it reads the same; anything else passes through untouched.
    /// </summary>
    internal static class Utf8Text
    {
        /// <summary>A stream of UTF-8 bytes for <paramref name="source"/> (which it takes ownership of).</summary>
        public static Stream Open(Stream source)
        {
            var prefix = new byte[4];
            int length = 0, read;
            while (length < prefix.Length && (read = source.Read(prefix, length, prefix.Length - length)) > 0) length += read;
            var replayed = new PrefixedStream(prefix, length, source);
            if (!HasWideByteOrderMark(prefix, length)) return replayed;
            // The fallback encoding must have no preamble of its own: StreamReader would match FF FE as its preamble
            // and never look further for UTF-32's FF FE 00 00.
            return new Utf8EncodingStream(new StreamReader(replayed, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));
        }

        private static bool HasWideByteOrderMark(byte[] b, int length) =>
            length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
            || length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF;

        /// <summary>Gives the bytes already read for the sniffing, then the rest of the source.</summary>
        private sealed class PrefixedStream : ReadOnlyStream
        {
            private readonly byte[] _prefix;
            private readonly int _prefixLength;
            private readonly Stream _source;
            private int _prefixRead;

            public PrefixedStream(byte[] prefix, int prefixLength, Stream source)
            {
                _prefix = prefix;
                _prefixLength = prefixLength;
                _source = source;
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_prefixRead < _prefixLength)
                {
                    int n = Math.Min(count, _prefixLength - _prefixRead);
                    Buffer.BlockCopy(_prefix, _prefixRead, buffer, offset, n);
                    _prefixRead += n;
                    return n;
                }
                return _source.Read(buffer, offset, count);
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) _source.Dispose();
                base.Dispose(disposing);
            }
        }

        /// <summary>The text of a reader, as UTF-8 bytes.</summary>
        private sealed class Utf8EncodingStream : ReadOnlyStream
        {
            private readonly TextReader _text;
            private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
            private readonly char[] _chars = new char[1 << 14];
            private readonly byte[] _bytes = new byte[(1 << 14) * 3 + 4];
            private int _byteStart, _byteEnd;
            private bool _ended;

            public Utf8EncodingStream(TextReader text) => _text = text;

            public override int Read(byte[] buffer, int offset, int count)
            {
                while (_byteStart == _byteEnd)
                {
                    if (_ended) return 0;
                    int chars = _text.Read(_chars, 0, _chars.Length);
                    _ended = chars == 0;
                    _byteStart = 0;
                    _byteEnd = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: _ended);
                }
                int n = Math.Min(count, _byteEnd - _byteStart);
                Buffer.BlockCopy(_bytes, _byteStart, buffer, offset, n);
                _byteStart += n;
                return n;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) _text.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
