using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;

namespace Vonage.Reports.Tests.Support;

/// <summary>An HttpMessageHandler that answers from a script and records every request (URI and Authorization).</summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _respond;
    private int _count;

    public FakeHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) => _respond = respond;

    public ConcurrentQueue<(Uri Uri, string? Authorization)> Requests { get; } = new();

    public int Count => _count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Enqueue((request.RequestUri!, request.Headers.Authorization?.ToString()));
        int n = Interlocked.Increment(ref _count) - 1;
        return Task.FromResult(_respond(request, n));
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A 200 whose body throws after the first bytes, as a connection reset mid-body does.</summary>
    public static HttpResponseMessage BrokenBody(string json) =>
        new(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes(json), 20)) };

    private sealed class BreakingStream : MemoryStream
    {
        private readonly int _breakAt;
        public BreakingStream(byte[] data, int breakAt) : base(data) => _breakAt = breakAt;
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= _breakAt) throw new IOException("Connection reset by peer (simulated).");
            return base.Read(buffer, offset, (int)Math.Min(count, _breakAt - Position));
        }
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var temp = new byte[buffer.Length];
            int n = Read(temp, 0, temp.Length);
            temp.AsSpan(0, n).CopyTo(buffer.Span);
            return ValueTask.FromResult(n);
        }
    }
}

internal static class TestClients
{
    public const string Key = "abcd1234";
    public const string Secret = "test-secret-value";

    public static VonageReportsClient Create(HttpMessageHandler handler, Action<VonageClientOptions>? configure = null)
    {
        var options = new VonageClientOptions
        {
            BaseUri = new Uri("https://api.example.test/"),
            Credential = VonageCredential.FromPlainText(Key, Secret),
            Handler = handler,
            SyncRequestsPerSecond = 0,
            AsyncRequestsPerSecond = 0,
        };
        options.Retry.RetryInterval = TimeSpan.FromMilliseconds(1);
        options.Retry.MaximumRetryInterval = TimeSpan.FromMilliseconds(20);
        configure?.Invoke(options);
        return new VonageReportsClient(options);
    }

    public static async Task<List<Vonage.Reports.Models.VonageRecord>> ReadAllAsync(Vonage.Reports.Paging.RecordStream stream)
    {
        var list = new List<Vonage.Reports.Models.VonageRecord>();
        using (stream)
            while (await stream.MoveNextAsync()) list.Add(stream.Current);
        return list;
    }

    /// <summary>A sync answer with <paramref name="count"/> SMS records numbered from <paramref name="first"/>.</summary>
    public static string SmsPage(int first, int count, string? nextHref = null, string? cursor = null, string? idsNotFound = null)
    {
        var records = Enumerable.Range(first, count).Select(i =>
            $"{{\"account_id\":\"abcd1234\",\"message_id\":\"M{i:D8}\",\"direction\":\"outbound\",\"status\":\"delivered\",\"date_received\":\"2026-10-01T00:00:{i % 60:D2}+00:00\",\"total_price\":\"0.03330000\",\"latency\":\"{i}\",\"id\":\"id-{i}\"}}");
        string status = nextHref != null || cursor != null ? "TRUNCATED" : "SUCCESS";
        string links = nextHref != null ? $",\"next\":{{\"href\":\"{nextHref}\"}}" : "";
        string extra = (cursor != null ? $",\"cursor\":\"{cursor}\",\"iv\":\"iv-{cursor}\"" : "") + (idsNotFound != null ? $",\"ids_not_found\":\"{idsNotFound}\"" : "");
        return $"{{\"_links\":{{\"self\":{{\"href\":\"https://api.example.test/v2/reports/records\"}}{links}}},\"request_id\":\"r\",\"request_status\":\"{status}\",\"items_count\":{count}{extra},\"records\":[{string.Join(",", records)}]}}";
    }
}
