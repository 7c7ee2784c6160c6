using System.IO.Compression;
using System.Text;
using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Reports;

internal sealed record ZipBuildResult(long Rows, bool Truncated, long Size);

/// <summary>
/// Builds a report's ZIP once, to a temp file. The window is cut into time slices whose rows are generated and
/// CSV-encoded in parallel, then deflated into the entry strictly in order; only a few slices are in flight at any
/// time, so memory stays flat whatever the row count.
/// </summary>
internal sealed class ZipBuilder(RecordGenerator generator)
{
    private const int RowsPerSlice = 8192;

    /// <summary>The CSV entry name: report_&lt;PRODUCT&gt;_&lt;ACCOUNT_ID&gt;_&lt;yyyyMMdd&gt;.csv (generation date).</summary>
    public static string CsvName(Report report, DateTimeOffset generated) =>
        $"report_{report.ProductName}_{report.AccountId}_{generated.UtcDateTime:yyyyMMdd}.csv";

    public ZipBuildResult Build(Report report, IReadOnlyList<string> accounts, string path, long maxRows, DateTimeOffset generated, CancellationToken ct)
    {
        var product = report.Product;
        var streams = accounts
            .SelectMany(a => product.Directions.Where(d => report.Direction == Direction.None || d == report.Direction)
                .Select(d => generator.Stream(a, product, d)))
            .ToArray();
        var start = report.DateStart.UtcDateTime;
        var end = report.DateEnd.UtcDateTime;
        var cap = report.ForcedOutcome == ReportStatus.Truncated
            ? Math.Max(0, RecordScan.ForWindow(generator, streams, start, end).Remaining / 2)
            : maxRows;
        var layout = product.CsvLayout(streams[0].Direction, report.Options);
        long rows = 0;
        var truncated = false;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var inFlight = new Queue<Task<CsvBlock>>();
        var parallel = Math.Max(2, Environment.ProcessorCount + 1);
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false))
            {
                var entry = zip.CreateEntry(CsvName(report, generated), CompressionLevel.Fastest);
                entry.LastWriteTime = generated;
                using var output = entry.Open();
                using (var writer = new StreamWriter(output, new UTF8Encoding(false), 1024, leaveOpen: true))
                    CsvRowWriter.Write(writer, layout.Names);

                foreach (var (from, to) in Slices(start, end, streams.Length))
                {
                    var slice = (from, to);
                    inFlight.Enqueue(Task.Run(() => MakeBlock(report, streams, layout, slice.from, slice.to, stop.Token), stop.Token));
                    if (inFlight.Count >= parallel && !Drain(inFlight.Dequeue(), output, cap, ref rows, ref truncated)) break;
                }
                while (!truncated && inFlight.Count > 0 && Drain(inFlight.Dequeue(), output, cap, ref rows, ref truncated)) { }
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var pending in inFlight)
                pending.ContinueWith(t => { if (t.IsCompletedSuccessfully) t.Result.Dispose(); }, TaskScheduler.Default);
        }
        return new ZipBuildResult(rows, truncated || report.ForcedOutcome == ReportStatus.Truncated, new FileInfo(path).Length);
    }

    /// <summary>Writes a block's rows up to the cap; false once the cap stopped the report.</summary>
    private static bool Drain(Task<CsvBlock> task, Stream output, long cap, ref long rows, ref bool truncated)
    {
        using var block = task.GetAwaiter().GetResult();
        if (block.Rows == 0) return true;
        var room = cap - rows;
        if (room <= 0) { truncated = true; return false; }
        if (block.Rows <= room)
        {
            output.Write(block.Data.Span);
            rows += block.Rows;
            return true;
        }
        output.Write(block.FirstRows((int)room).Span);
        rows += room;
        truncated = true;
        return false;
    }

    private CsvBlock MakeBlock(Report report, RecordStream[] streams, FieldLayout layout, DateTime from, DateTime to, CancellationToken ct)
    {
        var block = new CsvBlock();
        var scan = RecordScan.ForWindow(generator, streams, from, to);
        var filter = new RecordFilter(report.Product, report.Filters);
        var row = new RowValues(report.Product);
        var n = 0;
        while (scan.TryNext(out var s, out var k))
        {
            if ((++n & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
            generator.Generate(streams[s], k, row);
            if (filter.Matches(row)) block.AddRow(row.Values, layout.Indexes);
        }
        return block;
    }

    /// <summary>Consecutive [from, to) slices of about <see cref="RowsPerSlice"/> records across all streams.</summary>
    private IEnumerable<(DateTime From, DateTime To)> Slices(DateTime start, DateTime end, int streamCount)
    {
        var sliceTicks = Math.Max(TimeSpan.TicksPerSecond, generator.IntervalTicks * RowsPerSlice / Math.Max(1, streamCount));
        for (var from = start; from < end;)
        {
            var to = end.Ticks - from.Ticks <= sliceTicks ? end : from.AddTicks(sliceTicks);
            yield return (from, to);
            from = to;
        }
    }
}
