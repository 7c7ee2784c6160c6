using System.Collections.Concurrent;

namespace Vonage.Reports.Emulator.Stats;

/// <summary>The two request classes the API rate-limits separately.</summary>
public enum RequestClass { Sync, Async }

/// <summary>What one account did: accepted requests and 429s per class, the busiest second, faults injected.</summary>
public sealed record AccountStats(
    string AccountId,
    long SyncAccepted,
    long AsyncAccepted,
    long SyncRateLimited,
    long AsyncRateLimited,
    int SyncMaxInAnySecond,
    int AsyncMaxInAnySecond,
    long FaultsInjected);

/// <summary>Thread-safe counters per account; read as an immutable snapshot.</summary>
public sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, Counters> _accounts = new(StringComparer.Ordinal);

    internal void Accepted(string account, RequestClass cls, int inWindow)
    {
        var c = For(account);
        lock (c)
        {
            if (cls == RequestClass.Sync) { c.SyncAccepted++; c.SyncMax = Math.Max(c.SyncMax, inWindow); }
            else { c.AsyncAccepted++; c.AsyncMax = Math.Max(c.AsyncMax, inWindow); }
        }
    }

    internal void RateLimited(string account, RequestClass cls)
    {
        var c = For(account);
        lock (c) { if (cls == RequestClass.Sync) c.SyncLimited++; else c.AsyncLimited++; }
    }

    internal void FaultInjected(string account)
    {
        var c = For(account);
        lock (c) c.Faults++;
    }

    public IReadOnlyList<AccountStats> Snapshot() =>
        _accounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
        {
            lock (a.Value)
                return new AccountStats(a.Key, a.Value.SyncAccepted, a.Value.AsyncAccepted, a.Value.SyncLimited,
                    a.Value.AsyncLimited, a.Value.SyncMax, a.Value.AsyncMax, a.Value.Faults);
        }).ToList();

    public AccountStats ForAccount(string account) =>
        Snapshot().FirstOrDefault(a => a.AccountId == account) ?? new AccountStats(account, 0, 0, 0, 0, 0, 0, 0);

    public void Reset() => _accounts.Clear();

    private Counters For(string account) => _accounts.GetOrAdd(account, _ => new Counters());

    private sealed class Counters
    {
        public long SyncAccepted, AsyncAccepted, SyncLimited, AsyncLimited, Faults;
        public int SyncMax, AsyncMax;
    }
}
