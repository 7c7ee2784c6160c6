namespace Vonage.Reports.Emulator.Faults;

/// <summary>
/// Decides which fault, if any, a request gets: first the per-request rules (in the order they were added), then
/// the startup --fault-rate dice, drawn from a seeded random source so a run with the same seed repeats.
/// </summary>
public sealed class FaultInjector
{
    private readonly List<FaultRule> _rules = [];
    private readonly double _rate;
    private readonly FaultKind[] _randomKinds;
    private readonly Random _random;
    private int _nextId = 1;

    internal FaultInjector(double rate, IEnumerable<string> randomKinds, long seed)
    {
        _rate = rate;
        _randomKinds = randomKinds.Select(FaultKind.Parse).ToArray();
        _random = new Random(unchecked((int)(seed ^ (seed >> 32)) ^ 0x0FA017));
    }

    /// <summary>Adds a rule; throws FormatException when its kind, route or regex is invalid.</summary>
    public FaultRule Add(FaultRule rule)
    {
        rule.Validated();
        lock (_rules)
        {
            rule.Id = _nextId++;
            rule.Matched = 0;
            rule.Fired = 0;
            _rules.Add(rule);
        }
        return rule;
    }

    public void Clear() { lock (_rules) _rules.Clear(); }

    public IReadOnlyList<FaultRule> Rules { get { lock (_rules) return _rules.ToList(); } }

    internal FaultRule? Decide(string route, string method, string pathAndQuery, string account)
    {
        lock (_rules)
        {
            foreach (var rule in _rules)
            {
                if (rule.Count > 0 && rule.Fired >= rule.Count) continue;
                if (!rule.Matches(route, method, pathAndQuery, account)) continue;
                rule.Matched++;
                if (rule.Matched <= rule.Skip) continue;
                rule.Fired++;
                return rule;
            }
            if (_rate <= 0 || _randomKinds.Length == 0 || _random.NextDouble() >= _rate) return null;
            var kind = _randomKinds[_random.Next(_randomKinds.Length)];
            // Random faults only make sense where they apply: report outcomes on create, FAILURE on sync, expiry on media.
            var applies = kind.Type switch
            {
                FaultType.ReportFailed or FaultType.ReportTruncated => route == "create-report",
                FaultType.SyncFailure => route == "sync-records",
                FaultType.Expired => route == "media",
                _ => true,
            };
            return applies ? new FaultRule { Kind = kind.ToString() }.Validated() : null;
        }
    }
}
