using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Vonage.Reports.Emulator;
using Vonage.Reports.Emulator.Faults;
using Vonage.Reports.Files;
using Xunit;
using Xunit.Abstractions;

namespace Vonage.Reports.Tests.Chaos;

/// <summary>
/// Report downloads against the emulator with dropped connections and cancellation: the result is byte-identical to
/// a clean download, and a cancelled download leaves nothing behind.
/// </summary>
public sealed class DownloadChaosTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vonage-chaos-" + Guid.NewGuid().ToString("n"));

    public DownloadChaosTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Creates a report of <paramref name="hours"/> hours of SMS (360 rows an hour) over plain HTTP and returns its file id once done.</summary>
    private static async Task<string> CreateReportAsync(EmulatorServer server, int hours)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Emulators.Key + ":" + Emulators.Secret)));
        var end = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var body = JsonSerializer.Serialize(new { product = "SMS", account_id = Emulators.Key, direction = "outbound", date_start = end.AddHours(-hours).ToString("yyyy-MM-ddTHH:mm:ssZ"), date_end = end.ToString("yyyy-MM-ddTHH:mm:ssZ") });
        var created = await http.PostAsync("v2/reports", new StringContent(body, Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("request_id").GetString()!;
        for (int i = 0; i < 400; i++)
        {
            // Under the emulator's 5 requests/s for report calls, with room for a late first request (a cold
            // HttpClient), and a 429 waited out: this helper sets the scene, the client under test is not in it.
            await Task.Delay(300);
            using var answer = await http.GetAsync("v2/reports/" + id);
            if (answer.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(answer.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            answer.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            var status = doc.RootElement.GetProperty("request_status").GetString();
            if (status == "SUCCESS")
            {
                var href = doc.RootElement.GetProperty("_links").GetProperty("download_report").GetProperty("href").GetString()!;
                return href[(href.LastIndexOf('/') + 1)..];
            }
            Assert.True(status is "PENDING" or "PROCESSING", "report ended " + status);
        }
        throw new TimeoutException("The report did not finish.");
    }

    private static Task<EmulatorServer> StartAsync() => Emulators.StartAsync(o => { o.ReportPendingMs = 0; o.ReportProcessingMs = 100; });

    [Fact]
    public async Task A_download_with_five_connection_drops_is_byte_identical_to_a_clean_one()
    {
        await using var server = await StartAsync();
        string fileId = await CreateReportAsync(server, hours: 24 * 30);
        using var client = Emulators.Client(server, o => { o.Retry.RetryInterval = TimeSpan.FromMilliseconds(20); o.Retry.MaximumRetryCount = 8; });

        var clean = await client.DownloadReportFileAsync(new ReportDownloadRequest { FileId = fileId, Destination = Path.Combine(_dir, "clean.zip") });
        server.AddFault(new FaultRule { Route = "media", Kind = "reset", Count = 5 });
        var clock = Stopwatch.StartNew();
        var dropped = await client.DownloadReportFileAsync(new ReportDownloadRequest { FileId = fileId, Destination = Path.Combine(_dir, "dropped.zip") });
        _output.WriteLine($"{dropped.DownloadedBytes:N0} bytes in {clock.Elapsed.TotalSeconds:0.00} s with {dropped.Resumes} resumes.");

        Assert.Equal(5, dropped.Resumes);
        Assert.True(clean.DownloadedBytes > 1_000_000, "the report is too small to drop mid-way");
        Assert.Equal(File.ReadAllBytes(clean.Path), File.ReadAllBytes(dropped.Path));
        Assert.Equal(new[] { "clean.zip", "dropped.zip" }, Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Cancelling_mid_download_returns_promptly_and_leaves_nothing()
    {
        await using var server = await StartAsync();
        string fileId = await CreateReportAsync(server, hours: 24 * 7);
        server.AddFault(new FaultRule { Route = "media", Kind = "slow", BytesPerSecond = 32 * 1024, Count = 0 });
        using var client = Emulators.Client(server);
        using var cts = new CancellationTokenSource();
        var progress = new ReportDownloadProgress();
        var download = client.DownloadReportFileAsync(new ReportDownloadRequest { FileId = fileId, Destination = _dir }, progress, cts.Token);
        while (progress.Bytes == 0 && !download.IsCompleted) await Task.Delay(20);
        var clock = Stopwatch.StartNew();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);
        clock.Stop();
        _output.WriteLine($"Cancelled after {progress.Bytes:N0} bytes in {clock.Elapsed.TotalMilliseconds:0} ms.");

        Assert.Empty(Directory.GetFileSystemEntries(_dir));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "cancellation waited for the download");
    }
}
