namespace Vonage.Reports.Emulator.Data;

/// <summary>
/// Walks one or more streams (both directions, or an account and its subaccounts) in time order over a window of
/// slot indexes. The position is just one next-k per stream, which is what a cursor stores.
/// </summary>
internal sealed class RecordScan
{
    private readonly RecordGenerator _generator;
    private readonly RecordStream[] _streams;
    private readonly long[] _next;
    private readonly long[] _end;
    private readonly DateTime[] _nextTime;

    public RecordScan(RecordGenerator generator, RecordStream[] streams, long[] next, long[] end)
    {
        _generator = generator;
        _streams = streams;
        _next = next;
        _end = end;
        _nextTime = new DateTime[streams.Length];
        for (var i = 0; i < streams.Length; i++) _nextTime[i] = Peek(i);
    }

    /// <summary>A scan over [start, end): start inclusive, end exclusive.</summary>
    public static RecordScan ForWindow(RecordGenerator generator, RecordStream[] streams, DateTime start, DateTime end)
    {
        var next = new long[streams.Length];
        var stop = new long[streams.Length];
        for (var i = 0; i < streams.Length; i++)
        {
            next[i] = generator.FirstAtOrAfter(streams[i], start);
            stop[i] = Math.Max(next[i], generator.FirstAtOrAfter(streams[i], end));
        }
        return new RecordScan(generator, streams, next, stop);
    }

    public IReadOnlyList<RecordStream> Streams => _streams;

    public long[] Positions => (long[])_next.Clone();

    public long[] Ends => (long[])_end.Clone();

    /// <summary>Records left in the window (before filters).</summary>
    public long Remaining
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _next.Length; i++) total += _end[i] - _next[i];
            return total;
        }
    }

    /// <summary>Takes the earliest next record; ties go to the lower stream index so order is stable.</summary>
    public bool TryNext(out int stream, out long k)
    {
        stream = -1;
        k = 0;
        var best = DateTime.MaxValue;
        for (var i = 0; i < _streams.Length; i++)
        {
            if (_next[i] >= _end[i]) continue;
            if (_nextTime[i] < best) { best = _nextTime[i]; stream = i; }
        }
        if (stream < 0) return false;
        k = _next[stream]++;
        _nextTime[stream] = Peek(stream);
        return true;
    }

    /// <summary>Puts a taken record back, so a cursor can start at it.</summary>
    public void Unread(int stream, long k)
    {
        _next[stream] = k;
        _nextTime[stream] = Peek(stream);
    }

    private DateTime Peek(int i) => _next[i] < _end[i] ? _generator.TimeOf(_streams[i], _next[i]) : DateTime.MaxValue;
}
