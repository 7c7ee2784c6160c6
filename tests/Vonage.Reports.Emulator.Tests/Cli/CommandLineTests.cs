using System.Diagnostics;
using Vonage.Reports.Emulator.Cli;

namespace Vonage.Reports.Emulator.Tests.Cli;

/// <summary>The command line: every option parses, --help lists them all, and the process writes its URL file.</summary>
public class CommandLineTests
{
    [Fact]
    public void Every_option_parses_into_the_options_object()
    {
        var o = EmulatorCommandLine.Parse([
            "--port", "0", "--seed", "7", "--url-file", "/tmp/x.url", "--density", "3600", "--account", "zzzz0001:s1",
            "--account", "zzzz0002:s2:zzzz0001", "--latency-ms", "5", "--fault-rate", "0.25", "--fault-kinds", "503,reset",
            "--sync-rate", "3", "--async-rate", "2", "--report-pending-ms", "10", "--report-processing-ms", "20",
            "--report-rows-per-second", "1000", "--report-max-rows", "99", "--clock", "2026-01-01T00:00:00Z",
            "--temp-dir", "/tmp", "--log-level", "Error"])!;
        Assert.Equal((0, 7L, "/tmp/x.url", 3600), (o.Port, o.Seed, o.UrlFile, o.Density));
        Assert.Contains(o.Accounts, a => a is { Key: "zzzz0002", Secret: "s2", ParentKey: "zzzz0001" });
        Assert.Contains(o.Accounts, a => a.Key == "abcd1234");
        Assert.Equal((5, 0.25, 3, 2), (o.LatencyMs, o.FaultRate, o.SyncRate, o.AsyncRate));
        Assert.Equal(["503", "reset"], o.FaultKinds);
        Assert.Equal((10, 20, 1000, 99L), (o.ReportPendingMs, o.ReportProcessingMs, o.ReportRowsPerSecond, o.ReportMaxRows));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), o.ClockStart);
        Assert.Equal(("/tmp", LogLevel.Error), (o.TempDirectory, o.LogLevel));
    }

    [Fact]
    public void An_account_with_a_default_key_replaces_that_default()
    {
        var o = EmulatorCommandLine.Parse(["--account=abcd1234:newsecret"])!;
        Assert.Single(o.Accounts, a => a.Key == "abcd1234");
        Assert.Equal("newsecret", o.Accounts.Single(a => a.Key == "abcd1234").Secret);
    }

    [Fact]
    public void Help_lists_every_option_with_its_default()
    {
        Assert.Null(EmulatorCommandLine.Parse(["--help"]));
        var help = EmulatorCommandLine.Help();
        foreach (var name in new[] { "--port", "--seed", "--url-file", "--density", "--account", "--latency-ms", "--fault-rate",
                     "--fault-kinds", "--sync-rate", "--async-rate", "--report-pending-ms", "--report-processing-ms",
                     "--report-rows-per-second", "--report-max-rows", "--clock", "--temp-dir", "--log-level", "--help" })
            Assert.Contains(name, help);
        Assert.Contains("Default 5000", help);
        Assert.Contains("Default 360", help);
    }

    [Theory]
    [InlineData("--nope")]
    [InlineData("--port")]
    [InlineData("--port", "x")]
    [InlineData("--account", "short:pw")]
    [InlineData("--fault-kinds", "explode")]
    public void Bad_arguments_are_rejected(params string[] args) =>
        Assert.ThrowsAny<Exception>(() => EmulatorCommandLine.Parse(args)!.Validated());

    [Fact]
    public async Task The_process_writes_its_url_file_and_prints_where_it_listens()
    {
        var urlFile = Path.Combine(Path.GetTempPath(), $"emu-test-{Guid.NewGuid():n}.url");
        var dll = typeof(EmulatorServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--port", "0", "--url-file", urlFile }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Matches(@"^Emulator listening on http://127\.0\.0\.1:\d+$", line);
            var url = (await File.ReadAllTextAsync(urlFile)).Trim();
            Assert.Equal(line!["Emulator listening on ".Length..], url);
            using var client = new HttpClient();
            var response = await client.GetAsync(url + "/v2/reports/records?product=SMS");
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            File.Delete(urlFile);
        }
    }
}
