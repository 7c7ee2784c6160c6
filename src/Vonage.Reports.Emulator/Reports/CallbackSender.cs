using System.Net.Http.Headers;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>POSTs the report object to its callback_url when it ends (fire and forget, like the real service).</summary>
internal sealed class CallbackSender(ILogger logger) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private int _sent;
    private int _failed;

    public int Sent => _sent;

    public int Failed => _failed;

    public void Send(Report report)
    {
        if (report.CallbackUrl is not { } url) return;
        var body = ReportJson.Serialize(report, report.BaseUrl);
        _ = Task.Run(async () =>
        {
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync(url, content);
                Interlocked.Increment(ref _sent);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException)
            {
                Interlocked.Increment(ref _failed);
                logger.LogWarning("Callback to {Url} for report {Id} failed: {Message}", url, report.RequestId, e.Message);
            }
        });
    }

    public void Dispose() => _http.Dispose();
}
