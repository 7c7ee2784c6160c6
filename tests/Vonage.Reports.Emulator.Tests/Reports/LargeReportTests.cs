using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Vonage.Reports.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace Vonage.Reports.Emulator.Tests.Reports;

/// <summary>A 1,000,000-row SMS report: built once, streamed from disk, correct to the last row. Prints time and memory.</summary>
public class LargeReportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_million_row_sms_report_is_built_and_served_with_flat_memory()
    {
        await using var server = await EmulatorServer.StartAsync(EmulatorFixture.TestOptions());
        var client = EmulatorFixture.CreateClient(server);
        // 360 records/hour: 1,000,000 records = 2777 h 46 m 40 s from an aligned start.
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddSeconds(10_000_000);
        var before = Process.GetCurrentProcess();
        before.Refresh();
        var baseline = before.WorkingSet64;
        var watch = Stopwatch.StartNew();
        var created = await client.CreateAsync(ReportsApi.Sms(start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), end.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var done = await client.WaitAsync(created.Text("request_id")!, TimeSpan.FromMinutes(3));
        var built = watch.Elapsed;
        Assert.Equal("SUCCESS", done.Text("request_status"));
        Assert.Equal(1_000_000, done.Json.GetProperty("items_count").GetInt64());

        watch.Restart();
        using var response = await client.GetAsync(done.DownloadHref(), HttpCompletionOption.ResponseHeadersRead);
        var zipPath = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(zipPath)) await (await response.Content.ReadAsStreamAsync()).CopyToAsync(file);
            var downloaded = watch.Elapsed;
            var zipSize = new FileInfo(zipPath).Length;
            Assert.Equal(zipSize, response.Content.Headers.ContentLength);

            long rows = 0;
            string? header = null;
            using (var zip = ZipFile.OpenRead(zipPath))
            {
                var entry = Assert.Single(zip.Entries);
                Assert.Matches(@"^report_SMS_abcd1234_\d{8}\.csv$", entry.Name);
                using var reader = new StreamReader(entry.Open());
                header = reader.ReadLine();
                while (reader.ReadLine() is { } line)
                {
                    // Every field is quoted: a row starts and ends with a quote (message bodies are off, so no embedded LF).
                    if (rows % 100_000 == 0) Assert.True(line.StartsWith("\"abcd1234\",\"", StringComparison.Ordinal) && line.EndsWith('"'), line);
                    rows++;
                }
            }
            Assert.Equal(1_000_000, rows);
            Assert.Equal("\"account_id\",\"message_id\",\"client_ref\",\"direction\",\"from\",\"to\",\"network\",\"network_name\",\"country\",\"country_name\",\"date_received\",\"date_finalized\",\"latency\",\"status\",\"error_code\",\"error_code_description\",\"currency\",\"total_price\",\"id\"", header);

            var process = Process.GetCurrentProcess();
            process.Refresh();
            output.WriteLine($"1,000,000-row SMS report: built in {built.TotalSeconds:F1} s, downloaded in {downloaded.TotalSeconds:F2} s, ZIP {zipSize / 1048576.0:F1} MB");
            output.WriteLine($"working set: {baseline / 1048576.0:F0} MB before, {process.WorkingSet64 / 1048576.0:F0} MB after, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB (test process incl. emulator)");
        }
        finally { File.Delete(zipPath); }
    }
}
