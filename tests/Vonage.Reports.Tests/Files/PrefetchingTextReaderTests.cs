using System.Text;
using Vonage.Reports.Files;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class PrefetchingTextReaderTests
{
    private static string Text(int length)
    {
        var b = new StringBuilder(length);
        for (int i = 0; b.Length < length; i++) b.Append("row,").Append(i).Append('\n');
        return b.ToString(0, length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(PrefetchingTextReader.BlockLength)]
    [InlineData(PrefetchingTextReader.BlockLength * PrefetchingTextReader.BlockCount * 3 + 17)]
    public void Reads_exactly_the_source_text_across_blocks(int length)
    {
        string text = Text(length);
        using var reader = new PrefetchingTextReader(new StringReader(text), CancellationToken.None);
        var read = new StringBuilder();
        var buffer = new char[1000];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) read.Append(buffer, 0, n);
        Assert.Equal(text, read.ToString());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void A_source_failure_arrives_after_the_text_before_it()
    {
        string text = Text(PrefetchingTextReader.BlockLength * 2);
        using var reader = new PrefetchingTextReader(new FailingReader(text), CancellationToken.None);
        var buffer = new char[PrefetchingTextReader.BlockLength];
        long total = 0;
        var e = Assert.Throws<IOException>(() => { int n; while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) total += n; });
        Assert.Equal(text.Length, total);
        Assert.Contains("simulated", e.Message);
    }

    [Fact]
    public void Cancellation_stops_a_waiting_read()
    {
        using var cancel = new CancellationTokenSource();
        using var reader = new PrefetchingTextReader(new StallingReader(), cancel.Token);
        cancel.CancelAfter(50);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => reader.Read(new char[10], 0, 10));
        Assert.True(clock.ElapsedMilliseconds < 1500, $"the read returned {clock.ElapsedMilliseconds} ms after it began");
    }

    /// <summary>Gives its text, then fails as a broken archive stream does.</summary>
    private sealed class FailingReader(string text) : TextReader
    {
        private int _position;
        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= text.Length) throw new IOException("Inflate failed (simulated).");
            int n = Math.Min(count, text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }

    /// <summary>A source that takes two seconds to give anything (a slow disk).</summary>
    private sealed class StallingReader : TextReader
    {
        public override int Read(char[] buffer, int index, int count) { Thread.Sleep(2000); return 0; }
    }
}
