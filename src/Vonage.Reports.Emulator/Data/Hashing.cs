namespace Vonage.Reports.Emulator.Data;

/// <summary>Cheap, stable 64-bit mixing: the basis of every deterministic value.</summary>
internal static class Hashing
{
    /// <summary>SplitMix64's finaliser: a good bijective scrambler of 64 bits.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>FNV-1a over the string's chars, then mixed; stable across processes (unlike string.GetHashCode).</summary>
    public static ulong Of(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text) { h ^= c; h *= 1099511628211UL; }
        return Mix(h);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b * 0x9E3779B97F4A7C15UL) ^ (b >> 17));
}

/// <summary>SplitMix64 as a small value-type random source, seeded per record.</summary>
internal struct Rng(ulong state)
{
    private ulong _state = state;

    public ulong NextULong() { _state += 0x9E3779B97F4A7C15UL; return Hashing.Mix(_state); }

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => (int)(NextULong() % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>Picks by cumulative weights (the weights need not sum to 1).</summary>
    public int Weighted(double[] weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++) { x -= weights[i]; if (x < 0) return i; }
        return weights.Length - 1;
    }

    public string Digits(int count)
    {
        Span<char> s = stackalloc char[count];
        for (var i = 0; i < count; i++) s[i] = (char)('0' + Next(10));
        return new string(s);
    }

    public string Hex(int count, bool upper = false)
    {
        var alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        Span<char> s = stackalloc char[count];
        for (var i = 0; i < count; i++) s[i] = alphabet[Next(16)];
        return new string(s);
    }

    /// <summary>A random-looking UUID for secondary ids (application_id, user_id, …).</summary>
    public string Uuid() => RecordIds.FormatUuid(NextULong(), NextULong());
}
