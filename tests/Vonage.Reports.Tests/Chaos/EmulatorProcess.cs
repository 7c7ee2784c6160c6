using System.Diagnostics;

namespace Vonage.Reports.Tests.Chaos;

/// <summary>
/// The emulator as its own process (as users run it, and as the real API is remote): timing-sensitive checks such as
/// the server's rate-limit count should not share this test process's thread pool with the client.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _urlFile;

    private EmulatorProcess(Process process, string urlFile, Uri baseUri)
    {
        _process = process;
        _urlFile = urlFile;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<EmulatorProcess> StartAsync(params string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Vonage.Reports.Emulator.dll");
        string urlFile = Path.Combine(Path.GetTempPath(), "vonage-emulator-" + Guid.NewGuid().ToString("n") + ".url");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--port", "0", "--url-file", urlFile }.Concat(arguments)) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(urlFile) || new FileInfo(urlFile).Length == 0)
        {
            if (process.HasExited) throw new InvalidOperationException("The emulator exited with " + process.ExitCode + ".");
            if (DateTime.UtcNow > deadline) { process.Kill(true); throw new TimeoutException("The emulator did not start."); }
            await Task.Delay(50);
        }
        await Task.Delay(50);
        return new EmulatorProcess(process, urlFile, new Uri((await File.ReadAllTextAsync(urlFile)).Trim() + "/"));
    }

    public async Task<string> GetStatsAsync()
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(BaseUri, "_emulator/stats"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) { _process.Kill(true); await _process.WaitForExitAsync(); }
        _process.Dispose();
        File.Delete(_urlFile);
    }
}
