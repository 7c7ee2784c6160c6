using Vonage.Reports.Files;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class ReadAheadStreamTests
{
    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(ReadAheadStream.BlockLength)]
    [InlineData(ReadAheadStream.BlockLength * ReadAheadStream.BlockCount * 3 + 17)]
    public void Reads_exactly_the_source_bytes_across_blocks(int length)
    {
        byte[] source = Bytes(length);
        using var stream = new ReadAheadStream(new TricklingStream(source, failAtEnd: false), CancellationToken.None);
        var read = new MemoryStream();
        var buffer = new byte[1000];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) read.Write(buffer, 0, n);
        Assert.Equal(source, read.ToArray());
        Assert.Equal(0, stream.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public void A_source_failure_arrives_after_the_bytes_before_it()
    {
        byte[] source = Bytes(ReadAheadStream.BlockLength * 2);
        using var stream = new ReadAheadStream(new TricklingStream(source, failAtEnd: true), CancellationToken.None);
        var buffer = new byte[ReadAheadStream.BlockLength];
        long total = 0;
        var e = Assert.Throws<IOException>(() => { int n; while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) total += n; });
        Assert.Equal(source.Length, total);
        Assert.Contains("simulated", e.Message);
    }

    [Fact]
    public void Cancellation_stops_a_waiting_read()
    {
        using var cancel = new CancellationTokenSource();
        using var stream = new ReadAheadStream(new StallingStream(), cancel.Token);
        cancel.CancelAfter(50);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => stream.Read(new byte[10], 0, 10));
        Assert.True(clock.ElapsedMilliseconds < 1500, $"the read returned {clock.ElapsedMilliseconds} ms after it began");
    }

    [Fact]
    public void Disposing_closes_the_source()
    {
        var source = new TricklingStream(Bytes(100), failAtEnd: false);
        new ReadAheadStream(source, CancellationToken.None).Dispose();
        Assert.True(source.Disposed);
    }

    /// <summary>Gives its bytes a few at a time (as inflate does), then ends or fails as a broken archive stream does.</summary>
    private sealed class TricklingStream(byte[] bytes, bool failAtEnd) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = base.Read(buffer, offset, Math.Min(count, 7919));
            if (n == 0 && failAtEnd) throw new IOException("Inflate failed (simulated).");
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>A source that takes two seconds to give anything (a slow disk).</summary>
    private sealed class StallingStream() : MemoryStream(new byte[10])
    {
        public override int Read(byte[] buffer, int offset, int count) { Thread.Sleep(2000); return 0; }
    }
}
