namespace Vonage.Reports.Emulator.Reports;

/// <summary>The API's CSV dialect: every field double-quoted (empty ones too), quotes doubled, comma separated, LF ends.</summary>
internal static class CsvRowWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write('\n');
    }

    public static void Write(TextWriter writer, string?[] values, int[] indexes)
    {
        for (var i = 0; i < indexes.Length; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, values[indexes[i]]);
        }
        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        writer.Write('"');
        if (!string.IsNullOrEmpty(value))
            writer.Write(value.Contains('"') ? value.Replace("\"", "\"\"", StringComparison.Ordinal) : value);
        writer.Write('"');
    }
}
