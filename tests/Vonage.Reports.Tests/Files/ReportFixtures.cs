using System.IO.Compression;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Vonage.Reports.Tests.Files;

/// <summary>Report files in the API's format (api-facts 11): header of snake_case names, every field double-quoted, LF, UTF-8.</summary>
internal static class ReportFixtures
{
    public static readonly string[] SmsOutboundColumns =
    [
        "account_id", "message_id", "client_ref", "direction", "from", "to", "network", "network_name", "country", "country_name",
        "date_received", "date_finalized", "latency", "status", "error_code", "error_code_description", "currency", "total_price", "id",
    ];

    public static string Csv(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", columns.Select(Quote))).Append('\n');
        foreach (var row in rows) text.Append(string.Join(",", row.Select(v => Quote(v ?? "")))).Append('\n');
        return text.ToString();
    }

    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>Row i of an SMS outbound report: message ids and latency count up, one second apart.</summary>
    public static IReadOnlyList<string?> SmsRow(int i) =>
    [
        "abcd1234", $"M{i:D8}", i % 3 == 0 ? "" : "ref-" + (i % 7), "outbound", "Vonage", "4477009" + (i % 100000).ToString("D5"), "23410",
        "Telefonica UK Limited", "GB", "United Kingdom", Start.AddSeconds(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
        Start.AddSeconds(i + 1).ToString("yyyy-MM-dd'T'HH:mm:sszzz"), (200 + i % 4000).ToString(), i % 10 == 0 ? "failed" : "delivered",
        i % 10 == 0 ? "8" : "0", i % 10 == 0 ? "Network Error" : "Delivered", "EUR", i % 10 == 0 ? "0" : "0.03330000", Guid.NewGuid().ToString(),
    ];

    public static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static string SmsCsv(int rows) => Csv(SmsOutboundColumns, Enumerable.Range(0, rows).Select(SmsRow));

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                var bytes = new UTF8Encoding(false).GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);
            }
        }
        return memory.ToArray();
    }

    public static string WriteTemp(TempFolder folder, string name, byte[] content)
    {
        string path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

/// <summary>A folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vonage-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string[] Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OrderBy(n => n).ToArray()!;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// Serves /v3/media/{id} like the API: Range requests (206 with Content-Range), an ETag, Content-Disposition, and
/// scripted faults: drop the connection after N bytes of a response, ignore Range, answer a different range.
/// </summary>
internal sealed class MediaHandler : HttpMessageHandler
{
    private readonly byte[] _content;
    private int _requests;

    public MediaHandler(byte[] content, string fileName = "SMS_6c5506b7-0000-4000-8000-000000000001.zip")
    {
        _content = content;
        FileName = fileName;
    }

    public string FileName { get; }

    /// <summary>Bytes to send before cutting each response, by request number (missing: send all).</summary>
    public Dictionary<int, int> DropAfter { get; } = new();

    public bool IgnoreRange { get; set; }

    public bool WrongRange { get; set; }

    /// <summary>Status to answer instead (e.g. 404), by request number.</summary>
    public Dictionary<int, HttpStatusCode> FailWith { get; } = new();

    /// <summary>Holds each body until released (for cancellation tests).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public List<(Uri Uri, string? Range, string? IfRange, string? Authorization)> Requests { get; } = new();

    public int Count => _requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n = Interlocked.Increment(ref _requests) - 1;
        lock (Requests) Requests.Add((request.RequestUri!, request.Headers.Range?.ToString(), request.Headers.IfRange?.ToString(), request.Headers.Authorization?.ToString()));
        if (FailWith.TryGetValue(n, out var status))
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("{\"type\":\"https://developer.vonage.com/api-errors#not-found\",\"title\":\"Not found\"}", Encoding.UTF8, "application/json") });

        long from = 0;
        var range = request.Headers.Range?.Ranges.FirstOrDefault();
        bool partial = range != null && !IgnoreRange;
        if (partial) from = WrongRange ? 0 : range!.From ?? 0;
        var body = _content.AsMemory((int)from).ToArray();
        int limit = DropAfter.TryGetValue(n, out var drop) ? drop : int.MaxValue;
        var response = new HttpResponseMessage(partial ? HttpStatusCode.PartialContent : HttpStatusCode.OK)
        {
            Content = new StreamContent(new FaultyStream(body, limit, Gate)),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        response.Content.Headers.ContentLength = body.Length;
        response.Headers.ETag = new EntityTagHeaderValue("\"v1\"");
        response.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"" + FileName + "\"" };
        if (partial)
            response.Content.Headers.ContentRange = new ContentRangeHeaderValue(WrongRange ? 5 : from, _content.Length - 1, _content.Length);
        return Task.FromResult(response);
    }

    private sealed class FaultyStream(byte[] data, int limit, TaskCompletionSource? gate) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= limit) throw new IOException("Connection reset by peer (simulated).");
            int n = Math.Min(Math.Min(count, data.Length - _position), Math.Max(1, Math.Min(limit - _position, 4096)));
            if (n <= 0) return 0;
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            if (gate != null) await gate.Task.WaitAsync(cancellationToken);
            return Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var temp = new byte[buffer.Length];
            int n = await ReadAsync(temp, 0, temp.Length, cancellationToken);
            temp.AsSpan(0, n).CopyTo(buffer.Span);
            return n;
        }
    }
}
