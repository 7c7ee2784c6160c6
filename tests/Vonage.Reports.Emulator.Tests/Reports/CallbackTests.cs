using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Vonage.Reports.Emulator.Tests.Support;
using static Vonage.Reports.Emulator.Tests.Support.EmulatorFixture;

namespace Vonage.Reports.Emulator.Tests.Reports;

/// <summary>The completion callback: the report object POSTed to callback_url.</summary>
public class CallbackTests
{
    [Fact]
    public async Task A_finished_report_is_posted_to_its_callback_url()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        await using var server = await EmulatorServer.StartAsync(TestOptions());
        var client = CreateClient(server);
        var created = await client.CreateAsync(new { product = "SMS", account_id = MasterKey, direction = "outbound", date_start = "2026-10-01T00:00:00Z", date_end = "2026-10-01T01:00:00Z", callback_url = $"http://127.0.0.1:{port}/hook/" });
        Assert.Equal($"http://127.0.0.1:{port}/hook/", created.Text("callback_url"));

        var context = await listener.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("POST", context.Request.HttpMethod);
        Assert.StartsWith("application/json", context.Request.ContentType);
        var body = await JsonDocument.ParseAsync(context.Request.InputStream);
        context.Response.StatusCode = 200;
        context.Response.Close();
        Assert.Equal(created.Text("request_id"), body.RootElement.GetProperty("request_id").GetString());
        Assert.Equal("SUCCESS", body.RootElement.GetProperty("request_status").GetString());
        Assert.StartsWith(server.BaseUri + "v3/media/", body.RootElement.GetProperty("_links").GetProperty("download_report").GetProperty("href").GetString());
        Assert.Equal(360, body.RootElement.GetProperty("items_count").GetInt64());
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
