using System.IO.Compression;
using System.Net;
using Vonage.Reports.Files;
using Vonage.Reports.Http;
using Vonage.Reports.Tests.Support;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class ReportDownloadTests
{
    private const string Csv = "report_SMS_abcd1234_20250410.csv";
    private static readonly byte[] Archive = ReportFixtures.Zip((Csv, ReportFixtures.SmsCsv(3000)));

    private static Task<ReportDownloadResult> Download(MediaHandler handler, ReportDownloadRequest request, ReportDownloadProgress? progress = null,
        CancellationToken token = default, Action<VonageClientOptions>? configure = null)
    {
        var client = TestClients.Create(handler, configure);
        return client.DownloadReportFileAsync(request, progress, token).ContinueWith(t => { client.Dispose(); return t; }).Unwrap();
    }

    [Fact]
    public async Task Saves_the_archive_into_a_folder_under_the_reports_name_with_basic_auth_on_the_media_endpoint()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive);
        var result = await Download(handler, new ReportDownloadRequest { FileId = "b003ed27-aaaa", Product = "SMS", RequestId = "6c5506b7-1111", Destination = folder.Path });
        Assert.Equal(Path.Combine(folder.Path, "SMS_6c5506b7-1111.zip"), result.Path);
        Assert.Equal(Archive, File.ReadAllBytes(result.Path));
        Assert.Equal(Csv, result.CsvName);
        Assert.Equal(["SMS_6c5506b7-1111.zip"], folder.Files());
        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://api.example.test/v3/media/b003ed27-aaaa", request.Uri.AbsoluteUri);
        Assert.StartsWith("Basic ", request.Authorization);
        Assert.Null(request.Range);
    }

    [Fact]
    public async Task Uses_the_servers_name_when_the_report_is_unknown_and_a_file_path_as_given()
    {
        using var folder = new TempFolder();
        var byId = await Download(new MediaHandler(Archive, "SMS_from-server.zip"), new ReportDownloadRequest { FileId = "f1", Destination = folder.Path });
        Assert.Equal("SMS_from-server.zip", Path.GetFileName(byId.Path));
        string explicitPath = Path.Combine(folder.Path, "mine.zip");
        var byPath = await Download(new MediaHandler(Archive), new ReportDownloadRequest { FileId = "f1", Destination = explicitPath });
        Assert.Equal(explicitPath, byPath.Path);
    }

    [Fact]
    public async Task Resumes_with_range_after_dropped_connections_and_ends_byte_identical()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive);
        for (int i = 0; i < 5; i++) handler.DropAfter[i] = Archive.Length / 8; // five drops, each after some progress
        var progress = new ReportDownloadProgress();
        var result = await Download(handler, new ReportDownloadRequest { FileId = "f1", Destination = Path.Combine(folder.Path, "r.zip") }, progress);
        Assert.Equal(Archive, File.ReadAllBytes(result.Path));
        Assert.Equal(5, result.Resumes);
        Assert.Equal(6, handler.Count);
        Assert.Null(handler.Requests[0].Range);
        long expectedFrom = Archive.Length / 8;
        Assert.Equal($"bytes={expectedFrom}-", handler.Requests[1].Range);
        Assert.Equal("\"v1\"", handler.Requests[1].IfRange);
        Assert.Equal(["r.zip"], folder.Files()); // no temp file left
    }

    [Fact]
    public async Task Restarts_from_the_first_byte_when_the_server_ignores_the_range()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive) { IgnoreRange = true };
        handler.DropAfter[0] = Archive.Length / 3;
        var result = await Download(handler, new ReportDownloadRequest { FileId = "f1", Destination = Path.Combine(folder.Path, "r.zip") });
        Assert.Equal(Archive, File.ReadAllBytes(result.Path));
    }

    [Fact]
    public async Task Does_not_splice_in_a_range_it_did_not_ask_for()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive) { WrongRange = true };
        handler.DropAfter[0] = Archive.Length / 3;
        var result = await Download(handler, new ReportDownloadRequest { FileId = "f1", Destination = Path.Combine(folder.Path, "r.zip") });
        Assert.Equal(Archive, File.ReadAllBytes(result.Path));
        Assert.Null(handler.Requests.Last().Range); // whole files from then on
    }

    [Fact]
    public async Task Expands_the_csv_streamed_out_of_the_archive()
    {
        using var folder = new TempFolder();
        var result = await Download(new MediaHandler(Archive), new ReportDownloadRequest { FileId = "f1", Destination = folder.Path, Expand = true });
        Assert.Equal(Path.Combine(folder.Path, Csv), result.Path);
        Assert.Equal(ReportFixtures.SmsCsv(0).Split('\n')[0], File.ReadLines(result.Path).First());
        Assert.Equal(3001, File.ReadLines(result.Path).Count());
        Assert.Equal([Csv], folder.Files());
    }

    [Fact]
    public async Task An_existing_file_is_an_error_before_any_request_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "SMS_r1.zip");
        File.WriteAllText(path, "keep me");
        var handler = new MediaHandler(Archive);
        var e = await Assert.ThrowsAsync<ReportFileExistsException>(() => Download(handler, new ReportDownloadRequest { FileId = "f1", Product = "SMS", RequestId = "r1", Destination = folder.Path }));
        Assert.Equal(path, e.FilePath);
        Assert.Equal(0, handler.Count);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(["SMS_r1.zip"], folder.Files());
    }

    [Fact]
    public async Task An_existing_file_named_by_the_server_is_kept_and_the_download_discarded()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "SMS_server.zip");
        File.WriteAllText(path, "keep me");
        await Assert.ThrowsAsync<ReportFileExistsException>(() => Download(new MediaHandler(Archive, "SMS_server.zip"), new ReportDownloadRequest { FileId = "f1", Destination = folder.Path }));
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(["SMS_server.zip"], folder.Files());
    }

    [Fact]
    public async Task Overwrite_replaces_the_file_only_once_the_new_one_is_verified()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "r.zip");
        File.WriteAllText(path, "old");
        var bad = new MediaHandler([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        await Assert.ThrowsAsync<InvalidDataException>(() => Download(bad, new ReportDownloadRequest { FileId = "f1", Destination = path, Overwrite = true }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["r.zip"], folder.Files());
        await Download(new MediaHandler(Archive), new ReportDownloadRequest { FileId = "f1", Destination = path, Overwrite = true });
        Assert.Equal(Archive, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_zip_without_one_csv_is_refused()
    {
        using var folder = new TempFolder();
        var two = ReportFixtures.Zip(("a.csv", "x"), ("b.csv", "y"));
        await Assert.ThrowsAsync<InvalidDataException>(() => Download(new MediaHandler(two), new ReportDownloadRequest { FileId = "f1", Destination = folder.Path }));
        Assert.Empty(folder.Files());
    }

    [Fact]
    public async Task A_404_is_an_api_error_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive);
        handler.FailWith[0] = HttpStatusCode.NotFound;
        var e = await Assert.ThrowsAsync<VonageApiException>(() => Download(handler, new ReportDownloadRequest { FileId = "gone", Destination = folder.Path }));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public async Task Cancellation_mid_download_returns_promptly_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive) { Gate = new TaskCompletionSource() };
        using var cancel = new CancellationTokenSource();
        var task = Download(handler, new ReportDownloadRequest { FileId = "f1", Destination = folder.Path }, token: cancel.Token);
        while (handler.Count == 0) await Task.Delay(10);
        await Task.Delay(50);
        Assert.Single(folder.Files()); // the temporary file exists while downloading
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Empty(folder.Files());
    }

    [Fact]
    public async Task A_download_link_to_another_host_is_refused_without_a_request()
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive);
        await Assert.ThrowsAsync<VonageLinkException>(() => Download(handler, new ReportDownloadRequest { DownloadUri = new Uri("https://evil.example.com/v3/media/f1"), Destination = folder.Path }));
        Assert.Equal(0, handler.Count);
        var ok = await Download(handler, new ReportDownloadRequest { DownloadUri = new Uri("https://api.example.test/v3/media/f1"), Destination = folder.Path });
        Assert.True(File.Exists(ok.Path));
    }

    [Theory]
    [InlineData("https://api.example.test/v2/reports/records?product=SMS")]
    [InlineData("https://api.example.test/v3/media/")]
    public async Task A_download_link_that_is_not_a_report_file_is_refused_without_a_request(string link)
    {
        using var folder = new TempFolder();
        var handler = new MediaHandler(Archive);
        var e = await Assert.ThrowsAsync<VonageValidationException>(() => Download(handler, new ReportDownloadRequest { DownloadUri = new Uri(link), Destination = folder.Path }));
        Assert.Equal("InvalidDownloadUri", e.ErrorId);
        Assert.Equal(0, handler.Count);
        Assert.Empty(folder.Files());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task Rejects_a_file_id_that_is_not_one(string id)
    {
        using var folder = new TempFolder();
        var e = await Assert.ThrowsAsync<VonageValidationException>(() => Download(new MediaHandler(Archive), new ReportDownloadRequest { FileId = id, Destination = folder.Path }));
        Assert.Contains(e.ErrorId, new[] { "InvalidFileId", "FileIdRequired" });
    }

    [Fact]
    public async Task A_destination_in_a_missing_folder_is_rejected()
    {
        var e = await Assert.ThrowsAsync<VonageValidationException>(() => Download(new MediaHandler(Archive),
            new ReportDownloadRequest { FileId = "f1", Destination = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid(), "r.zip") }));
        Assert.Equal("DestinationNotFound", e.ErrorId);
    }

    [Fact]
    public void The_saved_archive_opens_as_a_zip_with_the_csv()
    {
        using var zip = new ZipArchive(new MemoryStream(Archive));
        Assert.Equal(Csv, Assert.Single(zip.Entries).FullName);
    }
}
