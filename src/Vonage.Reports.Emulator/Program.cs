using System.Runtime.InteropServices;
using Vonage.Reports.Emulator;
using Vonage.Reports.Emulator.Cli;

EmulatorOptions? options;
try
{
    options = EmulatorCommandLine.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
if (options is null)
{
    Console.Write(EmulatorCommandLine.Help());
    return 0;
}

await using var server = await EmulatorServer.StartAsync(options);
var url = server.BaseUri.ToString().TrimEnd('/');
if (options.UrlFile is { } urlFile)
{
    // Write then rename, so a script polling for the file never reads it half-written.
    var temp = urlFile + ".tmp";
    await File.WriteAllTextAsync(temp, url);
    File.Move(temp, urlFile, overwrite: true);
}
Console.WriteLine($"Emulator listening on {url}");

var stop = new TaskCompletionSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
await stop.Task;
Console.WriteLine("Emulator stopping.");
return 0;
