using Vonage.Reports.Emulator;

namespace Vonage.Reports.Tests.Chaos;

/// <summary>Starts in-process emulators on free ports and builds clients for them with the emulator's default account.</summary>
internal static class Emulators
{
    public const string Key = "abcd1234";
    public const string Secret = "emulatorsecret1";

    public static Task<EmulatorServer> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Port = 0, Seed = 42 };
        configure?.Invoke(options);
        return EmulatorServer.StartAsync(options);
    }

    public static VonageReportsClient Client(EmulatorServer server, Action<VonageClientOptions>? configure = null)
    {
        var options = new VonageClientOptions { BaseUri = server.BaseUri, Credential = VonageCredential.FromPlainText(Key, Secret) };
        configure?.Invoke(options);
        return new VonageReportsClient(options);
    }
}
