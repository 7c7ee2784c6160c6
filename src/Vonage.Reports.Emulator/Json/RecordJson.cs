using System.Text.Json;
using Vonage.Reports.Emulator.Data.Products;

namespace Vonage.Reports.Emulator.Json;

/// <summary>Record values are strings in the API's JSON (even numbers), except the few typed fields.</summary>
internal static class RecordJson
{
    public static void WriteField(Utf8JsonWriter w, string name, FieldKind kind, string? value)
    {
        if (value is null) { w.WriteNull(name); return; }
        switch (kind)
        {
            case FieldKind.Boolean: w.WriteBoolean(name, value == "true"); break;
            case FieldKind.Number: w.WritePropertyName(name); w.WriteRawValue(value); break;
            default: w.WriteString(name, value); break;
        }
    }
}
