using System.Security.Cryptography;
using System.Text;

namespace Vonage.Reports.Emulator.Auth;

/// <summary>The known API keys and who may query whose data.</summary>
internal sealed class AccountRegistry
{
    private readonly Dictionary<string, EmulatorAccount> _byKey = new(StringComparer.Ordinal);

    public AccountRegistry(IEnumerable<EmulatorAccount> accounts)
    {
        // Later entries win, so a repeated --account overrides a default with the same key.
        foreach (var account in accounts) _byKey[account.Key] = account;
    }

    public IEnumerable<EmulatorAccount> All => _byKey.Values;

    public EmulatorAccount? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Checks "Authorization: Basic base64(key:secret)"; returns the caller or null.</summary>
    public EmulatorAccount? Authenticate(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim())); }
        catch (FormatException) { return null; }
        var colon = decoded.IndexOf(':');
        if (colon <= 0) return null;
        var account = Find(decoded[..colon]);
        if (account is null) return null;
        var given = Encoding.UTF8.GetBytes(decoded[(colon + 1)..]);
        var expected = Encoding.UTF8.GetBytes(account.Secret);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? account : null;
    }

    /// <summary>A master may query itself and its subaccounts; a subaccount only itself.</summary>
    public bool MayQuery(EmulatorAccount caller, string accountId) =>
        caller.Key == accountId || Find(accountId)?.ParentKey == caller.Key;

    /// <summary>The account and, for include_subaccounts, its subaccounts, in a stable order.</summary>
    public IReadOnlyList<string> WithSubaccounts(string accountId) =>
        [accountId, .. _byKey.Values.Where(a => a.ParentKey == accountId).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
