using System.Buffers;
using System.Text.Json;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>The report object (api-facts 5.3): flat request echoes, times, items_count and HAL links.</summary>
internal static class ReportJson
{
    public static void Write(Utf8JsonWriter w, Report report, string baseUrl)
    {
        w.WriteStartObject();
        w.WriteString("request_id", report.RequestId);
        w.WriteString("request_status", report.Status);
        w.WriteString("product", report.ProductName);
        w.WriteString("account_id", report.AccountId);
        w.WriteString("date_start", ApiDates.Format(report.DateStart));
        w.WriteString("date_end", ApiDates.Format(report.DateEnd));
        w.WritePropertyName("include_subaccounts");
        w.WriteRawValue(report.IncludeSubaccountsRaw ?? "false");
        if (report.CallbackUrl is not null) w.WriteString("callback_url", report.CallbackUrl);
        w.WriteString("receive_time", ApiDates.Format(report.ReceiveTime));
        if (report.StartTime is { } started) w.WriteString("start_time", ApiDates.Format(started));
        if (report.ItemsCount is { } count) w.WriteNumber("items_count", count);
        w.WriteStartObject("_links");
        w.WriteStartObject("self"); w.WriteString("href", $"{baseUrl}/v2/reports/{report.RequestId}"); w.WriteEndObject();
        if (ReportStatus.HasFile(report.Status))
        {
            w.WriteStartObject("download_report"); w.WriteString("href", $"{baseUrl}/v3/media/{report.FileId}"); w.WriteEndObject();
        }
        w.WriteEndObject();
        foreach (var (name, raw) in report.EchoesRawJson)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(raw);
        }
        w.WriteEndObject();
    }

    public static byte[] Serialize(Report report, string baseUrl)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Json.JsonResponses.WriterOptions)) Write(w, report, baseUrl);
        return buffer.WrittenSpan.ToArray();
    }
}
