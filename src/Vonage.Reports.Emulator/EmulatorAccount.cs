namespace Vonage.Reports.Emulator;

/// <summary>An API key the emulator accepts. A subaccount names its master in <see cref="ParentKey"/>.</summary>
public sealed record EmulatorAccount(string Key, string Secret, string? ParentKey = null)
{
    /// <summary>Parses "key:secret[:parentKey]" as given to --account.</summary>
    public static EmulatorAccount Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
            throw new FormatException($"--account expects key:secret[:parentKey], got '{text}'.");
        if (parts[0].Length != 8) throw new FormatException($"An account key is 8 characters, got '{parts[0]}'.");
        return new EmulatorAccount(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
    }

    public static IReadOnlyList<EmulatorAccount> Defaults { get; } =
    [
        new("abcd1234", "emulatorsecret1"),
        new("sub00001", "subsecret1", "abcd1234"),
        new("efgh5678", "emulatorsecret2"),
    ];
}
