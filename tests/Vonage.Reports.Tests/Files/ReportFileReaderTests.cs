using System.Diagnostics;
using Vonage.Reports.Files;
using Vonage.Reports.Models;
using Xunit;
using Xunit.Abstractions;

namespace Vonage.Reports.Tests.Files;

public class ReportFileReaderTests(ITestOutputHelper output)
{
    private static List<VonageRecord> ReadAll(string path, string? product = null)
    {
        using var reader = ReportFileReader.Open(path, product);
        var list = new List<VonageRecord>();
        while (reader.MoveNext()) list.Add(reader.Current);
        return list;
    }

    [Fact]
    public void Types_every_field_of_an_sms_csv()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "report_SMS_abcd1234_20250410.csv", System.Text.Encoding.UTF8.GetBytes(ReportFixtures.SmsCsv(3)));
        var records = ReadAll(path);
        Assert.Equal(3, records.Count);
        var first = Assert.IsType<SmsRecord>(records[0]);
        Assert.Equal("SMS", first.GetProduct());
        Assert.Equal("M00000000", first.MessageId);
        Assert.Null(first.ClientRef); // "" is no value
        Assert.Equal(ReportFixtures.Start, first.DateReceived);
        Assert.Equal(ReportFixtures.Start.AddSeconds(1), first.DateFinalized);
        Assert.Equal(200, first.Latency);
        Assert.Equal(0m, first.TotalPrice);
        var second = (SmsRecord)records[1];
        Assert.Equal(0.0333m, second.TotalPrice);
        Assert.Equal("0.03330000", second.TotalPrice!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("ref-1", second.ClientRef);
        Assert.Empty(first.GetAdditionalFields());
    }

    [Fact]
    public void Streams_the_csv_out_of_the_zip_with_the_same_records_as_the_csv()
    {
        using var folder = new TempFolder();
        string csv = ReportFixtures.SmsCsv(1500);
        string csvPath = ReportFixtures.WriteTemp(folder, "plain.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        string zipPath = ReportFixtures.WriteTemp(folder, "SMS_6c5506b7.zip", ReportFixtures.Zip(("report_SMS_abcd1234_20250410.csv", csv)));
        var fromCsv = ReadAll(csvPath).Cast<SmsRecord>().Select(r => (r.Id, r.DateReceived, r.TotalPrice, r.Status)).ToList();
        var fromZip = ReadAll(zipPath).Cast<SmsRecord>().Select(r => (r.Id, r.DateReceived, r.TotalPrice, r.Status)).ToList();
        Assert.Equal(1500, fromZip.Count);
        Assert.Equal(fromCsv, fromZip);
        Assert.Single(folder.Files(), n => n.EndsWith(".csv")); // nothing extracted beside the ZIP
    }

    [Fact]
    public void Keeps_records_in_file_order_across_many_batches()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "r.zip", ReportFixtures.Zip(("report_SMS_abcd1234_20250410.csv", ReportFixtures.SmsCsv(20_000))));
        var ids = ReadAll(path).Cast<SmsRecord>().Select(r => r.MessageId).ToList();
        Assert.Equal(Enumerable.Range(0, 20_000).Select(i => $"M{i:D8}"), ids);
    }

    [Fact]
    public void Keeps_unknown_columns_and_untypeable_values_as_additional_fields()
    {
        using var folder = new TempFolder();
        var columns = ReportFixtures.SmsOutboundColumns.Append("brand_new_column").ToArray();
        var row = ReportFixtures.SmsRow(1).Append("kept").ToArray();
        row[12] = "n/a"; // latency
        string path = ReportFixtures.WriteTemp(folder, "x.csv", System.Text.Encoding.UTF8.GetBytes(ReportFixtures.Csv(columns, [row])));
        var record = Assert.IsType<SmsRecord>(Assert.Single(ReadAll(path)));
        Assert.Null(record.Latency);
        Assert.Contains(record.GetAdditionalFields(), f => f.Key == "latency" && f.Value == "n/a");
        Assert.Contains(record.GetAdditionalFields(), f => f.Key == "brand_new_column" && f.Value == "kept");
        using var reader = ReportFileReader.Open(path);
        Assert.Equal(["brand_new_column"], reader.UnknownColumns);
    }

    [Theory]
    [InlineData("2025-04-01T23:55:06.123+00:00")]
    [InlineData("2025-04-01 23:55:06")]
    [InlineData("2025-04-01T23:55:06+0000")]
    public void Falls_back_to_the_general_parser_for_other_date_forms(string text)
    {
        using var folder = new TempFolder();
        var row = ReportFixtures.SmsRow(0).ToArray();
        row[10] = text;
        string path = ReportFixtures.WriteTemp(folder, "x.csv", System.Text.Encoding.UTF8.GetBytes(ReportFixtures.Csv(ReportFixtures.SmsOutboundColumns, [row])));
        var record = (SmsRecord)Assert.Single(ReadAll(path));
        Assert.True(FieldValueParser.TryDate(text, out var expected));
        Assert.Equal(expected, record.DateReceived);
    }

    [Fact]
    public void Reads_quoted_commas_quotes_and_line_breaks_inside_fields()
    {
        using var folder = new TempFolder();
        var columns = new[] { "account_id", "message_id", "direction", "message_body", "date_received", "id" };
        string body = "Hello, \"world\"\nline two";
        string path = ReportFixtures.WriteTemp(folder, "x.csv", System.Text.Encoding.UTF8.GetBytes(
            ReportFixtures.Csv(columns, [["abcd1234", "M1", "inbound", body, "2025-04-01T23:55:06+00:00", "i1"]])));
        var record = (SmsRecord)Assert.Single(ReadAll(path, "SMS"));
        Assert.Equal(body, record.MessageBody);
    }

    [Fact]
    public void Rows_before_a_malformed_one_arrive_before_the_error_that_names_its_row()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "report_SMS_abcd1234_bad.csv", System.Text.Encoding.UTF8.GetBytes(
            "account_id,message_id,direction,id\nabcd1234,M1,outbound,i1\nabcd1234,M2,outbound,i2\nabcd1234,\"M3,outbound,i3\n"));
        using var reader = ReportFileReader.Open(path);
        var read = new List<string?>();
        var e = Assert.Throws<InvalidDataException>(() => { while (reader.MoveNext()) read.Add(((SmsRecord)reader.Current).MessageId); });
        Assert.Equal(["M1", "M2"], read);
        Assert.Contains("row 4", e.Message);
    }

    [Fact]
    public void A_missing_file_is_file_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => ReportFileReader.Open(Path.Combine(Path.GetTempPath(), "no-such-report-" + Guid.NewGuid() + ".zip")));
    }

    [Fact]
    public void A_damaged_zip_is_invalid_data()
    {
        using var folder = new TempFolder();
        var zip = ReportFixtures.Zip(("report_SMS_abcd1234_20250410.csv", ReportFixtures.SmsCsv(100)));
        string path = ReportFixtures.WriteTemp(folder, "cut.zip", zip.AsSpan(0, zip.Length / 2).ToArray());
        Assert.Throws<InvalidDataException>(() => ReportFileReader.Open(path));
    }

    [Fact]
    public void A_zip_without_exactly_one_csv_is_invalid_data()
    {
        using var folder = new TempFolder();
        string two = ReportFixtures.WriteTemp(folder, "two.zip", ReportFixtures.Zip(("a.csv", "\"id\"\n"), ("b.csv", "\"id\"\n")));
        string none = ReportFixtures.WriteTemp(folder, "none.zip", ReportFixtures.Zip(("readme.txt", "hello")));
        Assert.Contains("2 file(s)", Assert.Throws<InvalidDataException>(() => ReportFileReader.Open(two)).Message);
        Assert.Throws<InvalidDataException>(() => ReportFileReader.Open(none));
    }

    [Fact]
    public void An_empty_file_is_invalid_data()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "empty.csv", []);
        Assert.Throws<InvalidDataException>(() => ReportFileReader.Open(path, "SMS"));
    }

    [Fact]
    public void An_unknown_product_name_and_an_untellable_file_are_validation_errors()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "mystery.csv", System.Text.Encoding.UTF8.GetBytes("\"alpha\",\"beta\"\n\"1\",\"2\"\n"));
        var untellable = Assert.Throws<VonageValidationException>(() => ReportFileReader.Open(path));
        Assert.Equal("UnknownProduct", untellable.ErrorId);
        var unknown = Assert.Throws<VonageValidationException>(() => ReportFileReader.Open(path, "NOPE"));
        Assert.Equal("UnknownProduct", unknown.ErrorId);
        Assert.Equal("NOPE", unknown.Value);
        // Named, the same file reads as generic records that keep every column.
        var record = Assert.Single(ReadAll(path, "SMS"));
        Assert.Equal(2, record.GetAdditionalFields().Count);
    }

    [Fact]
    public void Disposing_mid_file_stops_the_parser_and_frees_the_file()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "big.zip", ReportFixtures.Zip(("report_SMS_abcd1234_20250410.csv", ReportFixtures.SmsCsv(50_000))));
        var reader = ReportFileReader.Open(path);
        Assert.True(reader.MoveNext());
        reader.Dispose();
        Assert.True(reader.RecordsRead < 50_000);
        File.Delete(path); // would fail on Windows if still open; on Unix proves nothing but must not throw
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Cancellation_stops_a_waiting_reader()
    {
        using var folder = new TempFolder();
        string path = ReportFixtures.WriteTemp(folder, "big.csv", System.Text.Encoding.UTF8.GetBytes(ReportFixtures.SmsCsv(50_000)));
        using var cancel = new CancellationTokenSource();
        using var reader = ReportFileReader.Open(path, null, cancel.Token);
        Assert.True(reader.MoveNext());
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => { while (reader.MoveNext()) { } });
    }

    /// <summary>A measurement, not a test of speed: prints rows/s for a 200,000-row SMS ZIP (no timing assertion).</summary>
    [Fact]
    public void Measures_rows_per_second()
    {
        using var folder = new TempFolder();
        const int rows = 200_000;
        string path = ReportFixtures.WriteTemp(folder, "bench.zip", ReportFixtures.Zip(("report_SMS_abcd1234_20250410.csv", ReportFixtures.SmsCsv(rows))));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int n = 0;
        using (var reader = ReportFileReader.Open(path)) while (reader.MoveNext()) n++;
        clock.Stop();
        Assert.Equal(rows, n);
        output.WriteLine($"Import: {rows:N0} SMS rows from a {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB ZIP in {clock.Elapsed.TotalSeconds:0.000} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s (consumer thread allocated {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024:N0} KB)");
    }
}
