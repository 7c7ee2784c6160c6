using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>What a sync cursor remembers: the query it belongs to, the resolved window and each stream's next slot.</summary>
internal sealed record CursorState(ulong Fingerprint, DateTime Start, DateTime End, long[] Positions);

/// <summary>
/// Encrypts cursor state with AES-CBC under a key derived from the seed; the random IV travels as the API's "iv"
/// parameter. Both are URL-safe base64 without padding, as in the API's links. Tampered or foreign cursors fail.
/// </summary>
internal sealed class CursorCodec(long seed)
{
    private const byte Version = 1;
    private readonly byte[] _key = SHA256.HashData(BitConverter.GetBytes(seed ^ 0x0C0_50A5L).Concat("vonage-emulator-cursor"u8.ToArray()).ToArray());

    public (string Cursor, string Iv) Encode(CursorState state)
    {
        var plain = new byte[1 + 8 + 8 + 8 + 1 + 8 * state.Positions.Length];
        plain[0] = Version;
        BinaryPrimitives.WriteUInt64LittleEndian(plain.AsSpan(1), state.Fingerprint);
        BinaryPrimitives.WriteInt64LittleEndian(plain.AsSpan(9), state.Start.Ticks);
        BinaryPrimitives.WriteInt64LittleEndian(plain.AsSpan(17), state.End.Ticks);
        plain[25] = (byte)state.Positions.Length;
        for (var i = 0; i < state.Positions.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(plain.AsSpan(26 + 8 * i), state.Positions[i]);
        var iv = RandomNumberGenerator.GetBytes(16);
        using var aes = Aes.Create();
        aes.Key = _key;
        var cipher = aes.EncryptCbc(plain, iv);
        return (Base64Url(cipher), Base64Url(iv));
    }

    public CursorState? TryDecode(string cursor, string iv)
    {
        try
        {
            var ivBytes = FromBase64Url(iv);
            if (ivBytes.Length != 16) return null;
            using var aes = Aes.Create();
            aes.Key = _key;
            var plain = aes.DecryptCbc(FromBase64Url(cursor), ivBytes);
            if (plain.Length < 26 || plain[0] != Version) return null;
            var count = plain[25];
            if (plain.Length != 26 + 8 * count) return null;
            var positions = new long[count];
            for (var i = 0; i < count; i++) positions[i] = BinaryPrimitives.ReadInt64LittleEndian(plain.AsSpan(26 + 8 * i));
            return new CursorState(
                BinaryPrimitives.ReadUInt64LittleEndian(plain.AsSpan(1)),
                new DateTime(BinaryPrimitives.ReadInt64LittleEndian(plain.AsSpan(9)), DateTimeKind.Utc),
                new DateTime(BinaryPrimitives.ReadInt64LittleEndian(plain.AsSpan(17)), DateTimeKind.Utc),
                positions);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
