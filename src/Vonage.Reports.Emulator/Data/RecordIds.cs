using System.Globalization;

namespace Vonage.Reports.Emulator.Data;

/// <summary>
/// Record ids carry their own address: product, direction and slot index, plus a keyed check, so an id lookup
/// decodes the id and regenerates that one record instead of scanning. An id made up by a client fails the check
/// (UUIDs: 1 in 2^64; 16-hex SMS message ids: 1 in 2^19) and is reported in ids_not_found.
/// </summary>
internal sealed class RecordIds(long seed)
{
    private const int KBits = 56;
    private const int SmsKBits = 44;
    private const int SmsCheckBits = 19;
    private readonly ulong _key = Hashing.Mix((ulong)seed ^ 0x5EED_1D5UL);

    public readonly record struct Address(int ProductCode, Direction Direction, long K);

    public string Uuid(string account, int productCode, Direction direction, long k)
    {
        var payload = ((ulong)productCode << 58) | ((ulong)direction << KBits) | (ulong)k;
        var check = Check(account, payload);
        return FormatUuid(check, payload ^ Hashing.Mix(check ^ 0xA5A5_5A5AUL));
    }

    /// <summary>SMS message ids look like the API's: 16 upper-case hex digits, e.g. 15000000E1F8B123.</summary>
    public string SmsMessageId(string account, Direction direction, long k)
    {
        var payload = ((ulong)(direction == Direction.Inbound ? 1 : 0) << SmsKBits) | (ulong)k;
        var check = SmsCheck(account, payload);
        var masked = payload ^ (Hashing.Mix(check ^ 0x3C3C_C3C3UL) & ((1UL << (SmsKBits + 1)) - 1));
        return ((check << (SmsKBits + 1)) | masked).ToString("X16", CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes an id of any form the emulator prints (UUID, 32 hex, 16 hex) for this account.</summary>
    public bool TryDecode(string account, string id, int smsProductCode, out Address address)
    {
        address = default;
        var hex = id.Replace("-", "", StringComparison.Ordinal);
        if (hex.Length == 16 && ulong.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var sms))
        {
            var check = sms >> (SmsKBits + 1);
            var payload = (sms & ((1UL << (SmsKBits + 1)) - 1)) ^ (Hashing.Mix(check ^ 0x3C3C_C3C3UL) & ((1UL << (SmsKBits + 1)) - 1));
            if (SmsCheck(account, payload) != check) return false;
            var inbound = (payload >> SmsKBits) & 1;
            address = new Address(smsProductCode, inbound == 1 ? Direction.Inbound : Direction.Outbound, (long)(payload & ((1UL << SmsKBits) - 1)));
            return true;
        }
        if (hex.Length != 32 || (id.Length != 32 && id.Length != 36)) return false;
        if (!ulong.TryParse(hex[..16], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hi)
            || !ulong.TryParse(hex[16..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var lo)) return false;
        var p = lo ^ Hashing.Mix(hi ^ 0xA5A5_5A5AUL);
        if (Check(account, p) != hi) return false;
        address = new Address((int)(p >> 58), (Direction)((p >> KBits) & 3), (long)(p & ((1UL << KBits) - 1)));
        return true;
    }

    public static string FormatUuid(ulong hi, ulong lo) =>
        string.Create(36, (hi, lo), static (s, v) =>
        {
            const string alphabet = "0123456789abcdef";
            var at = 0;
            for (var i = 0; i < 32; i++)
            {
                if (i is 8 or 12 or 16 or 20) s[at++] = '-';
                var word = i < 16 ? v.hi : v.lo;
                s[at++] = alphabet[(int)((word >> (60 - 4 * (i % 16))) & 0xF)];
            }
        });

    private ulong Check(string account, ulong payload) => Hashing.Combine(_key ^ Hashing.Of(account), payload);

    private ulong SmsCheck(string account, ulong payload) =>
        Hashing.Combine(_key ^ Hashing.Of(account) ^ 0x5A5UL, payload) & ((1UL << SmsCheckBits) - 1);
}
