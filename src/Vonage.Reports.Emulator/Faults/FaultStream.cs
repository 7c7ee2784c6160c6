namespace Vonage.Reports.Emulator.Faults;

/// <summary>
/// Wraps the response body to misbehave on the wire: cut the connection mid-body (reset), end the body early with a
/// matching Content-Length (truncate), or trickle it out (slow). Works for JSON pages and ZIP downloads alike.
/// </summary>
internal sealed class FaultStream(Stream inner, HttpContext context, FaultType type, long? afterBytes, int bytesPerSecond) : Stream
{
    private long _written;
    private long? _cut;

    public bool Aborted { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Aborted) throw new OperationCanceledException("The emulator reset this connection on purpose.");
        switch (type)
        {
            case FaultType.Slow:
                var chunk = Math.Max(1, bytesPerSecond / 10);
                for (var at = 0; at < buffer.Length; at += chunk)
                {
                    var part = buffer.Slice(at, Math.Min(chunk, buffer.Length - at));
                    await inner.WriteAsync(part, cancellationToken);
                    await inner.FlushAsync(cancellationToken);
                    await Task.Delay(TimeSpan.FromSeconds((double)part.Length / bytesPerSecond), cancellationToken);
                }
                return;
            case FaultType.Reset:
            case FaultType.Truncate:
                var cut = Cut();
                var room = (int)Math.Max(0, Math.Min(buffer.Length, cut - _written));
                if (room > 0) await inner.WriteAsync(buffer[..room], cancellationToken);
                _written += room;
                if (_written >= cut && type == FaultType.Reset) await AbortAsync();
                return;
            default:
                await inner.WriteAsync(buffer, cancellationToken);
                return;
        }
    }

    /// <summary>Called when the handler finished: a reset that has not fired yet fires now (the body was short).</summary>
    public async Task CompleteAsync()
    {
        if (type == FaultType.Reset && !Aborted) await AbortAsync();
    }

    private long Cut()
    {
        if (_cut is { } known) return known;
        var length = context.Response.ContentLength;
        var cut = afterBytes ?? (length is > 1 ? length.Value / 2 : 4096);
        if (length is { } total && cut >= total) cut = Math.Max(0, total - 1);
        // A truncated answer is a complete HTTP message with a short body, so it must announce the short length.
        if (type == FaultType.Truncate && !context.Response.HasStarted) context.Response.ContentLength = cut;
        _cut = cut;
        return cut;
    }

    private async Task AbortAsync()
    {
        Aborted = true;
        try { await inner.FlushAsync(); } catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { }
        // An abort resets the TCP connection, and a peer drops unread data when the reset arrives: give the client a
        // moment to read the part that was sent, so it sees "some bytes, then a broken connection".
        await Task.Delay(250);
        context.Abort();
        throw new OperationCanceledException("The emulator reset this connection on purpose.");
    }
}
