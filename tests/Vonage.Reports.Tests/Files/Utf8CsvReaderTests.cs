using System.Text;
using Vonage.Reports.Files;
using Xunit;

namespace Vonage.Reports.Tests.Files;

public class Utf8CsvReaderTests
{
    private static List<string[]> ReadAll(byte[] bytes, int bufferBytes = Utf8CsvReader.DefaultBufferBytes, int maxRowBytes = Utf8CsvReader.MaxRowBytes, Stream? source = null)
    {
        var reader = new Utf8CsvReader(source ?? new TricklingStream(bytes), new ColumnStringPool(8), bufferBytes, maxRowBytes);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }

    private static List<string[]> ReadAll(string text, int bufferBytes = Utf8CsvReader.DefaultBufferBytes) => ReadAll(Encoding.UTF8.GetBytes(text), bufferBytes);

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(Utf8CsvReader.DefaultBufferBytes)]
    public void Agrees_with_a_plain_rfc4180_parser_on_random_documents(int bufferBytes)
    {
        var random = new Random(bufferBytes);
        for (int document = 0; document < 200; document++)
        {
            var (text, expected) = RandomDocument(random);
            var actual = ReadAll(text, bufferBytes);
            Assert.Equal(expected.Count, actual.Count);
            for (int r = 0; r < expected.Count; r++) Assert.Equal(expected[r], actual[r]);
        }
    }

    [Fact]
    public void Reads_quoted_commas_doubled_quotes_and_line_breaks_inside_fields()
    {
        var rows = ReadAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line\r\nbreak\"\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "line\r\nbreak"], rows[1]);
    }

    [Theory]
    [InlineData("a,b\nc,d")]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("\n\na,b\n\r\n\nc,d\n\n")]
    [InlineData("\uFEFFa,b\nc,d")]
    public void Line_ends_blank_lines_and_a_byte_order_mark_do_not_change_the_rows(string text)
    {
        foreach (int size in new[] { 4, 5, 6, 1024 })
        {
            var rows = ReadAll(text, size);
            Assert.Equal(2, rows.Count);
            Assert.Equal(["a", "b"], rows[0]);
            Assert.Equal(["c", "d"], rows[1]);
        }
    }

    [Fact]
    public void A_trailing_comma_is_an_empty_last_field_and_rows_keep_their_own_lengths()
    {
        var rows = ReadAll("a,b,\n1\n\"\"\n,,");
        Assert.Equal(["a", "b", ""], rows[0]);
        Assert.Equal(["1"], rows[1]);
        Assert.Equal([""], rows[2]);
        Assert.Equal(["", "", ""], rows[3]);
    }

    [Fact]
    public void Non_ascii_text_decodes_whole_even_across_buffer_edges()
    {
        string text = "name,city\n\"Zoë 😀\",Kraków\nJosé,\"São Paulo\"\n";
        foreach (int size in new[] { 4, 5, 6, 7, 8, 9, 1024 })
        {
            var rows = ReadAll(text, size);
            Assert.Equal(["Zoë 😀", "Kraków"], rows[1]);
            Assert.Equal(["José", "São Paulo"], rows[2]);
        }
    }

    [Fact]
    public void Field_bytes_are_given_unquoted_and_unescaped_for_typed_parsing()
    {
        var reader = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("2025-04-01T23:55:06+00:00,\"0.5\"\"\",Zoë,\"\"\n")));
        Assert.True(reader.Read());
        string Text(int field) => Encoding.UTF8.GetString(reader.GetBytes(field, out var bytes, out int start) is var n ? bytes.AsSpan(start, n) : default);
        Assert.Equal("2025-04-01T23:55:06+00:00", Text(0));
        Assert.Equal("0.5\"", Text(1));
        Assert.Equal("Zoë", Text(2));
        Assert.Equal("", Text(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.GetString(4));
    }

    [Theory]
    [InlineData("a,b\n\"open,c\n", 2, "not closed")]
    [InlineData("a,b\n\"x\"y,c\n", 2, "closing quote")]
    [InlineData("a,b\nc,d\n\"x\" ,e\n", 3, "closing quote")]
    public void Malformed_quoting_names_the_row(string text, long row, string what)
    {
        foreach (int size in new[] { 4, 1024 })
        {
            var e = Assert.Throws<CsvFormatException>(() => ReadAll(text, size));
            Assert.Equal(row, e.Row);
            Assert.Contains(what, e.Message);
        }
    }

    [Fact]
    public void A_row_longer_than_the_limit_is_refused_and_shorter_ones_grow_the_buffer()
    {
        string longRow = new string('x', 300);
        Assert.Equal(longRow, Assert.Single(ReadAll(Encoding.UTF8.GetBytes(longRow + "\n"), bufferBytes: 16, maxRowBytes: 512))[0]);
        var e = Assert.Throws<CsvFormatException>(() => ReadAll(Encoding.UTF8.GetBytes("a\n" + longRow + "\n"), bufferBytes: 16, maxRowBytes: 256));
        Assert.Equal(2, e.Row);
        Assert.Contains("longer than", e.Message);
    }

    [Fact]
    public void Repeated_values_of_a_column_share_one_string_and_lookalikes_stay_apart()
    {
        // Same length and same first and last eight bytes: the pool's slot is the same, the text is not.
        var reader = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("abcdefgh-1-abcdefgh\nabcdefgh-2-abcdefgh\nabcdefgh-1-abcdefgh\n")), new ColumnStringPool(4));
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        Assert.Equal(["abcdefgh-1-abcdefgh", "abcdefgh-2-abcdefgh", "abcdefgh-1-abcdefgh"], values);
        var again = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("delivered\ndelivered\n")), new ColumnStringPool(4));
        Assert.True(again.Read());
        string first = again.GetString(0);
        Assert.True(again.Read());
        Assert.Same(first, again.GetString(0));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-8")]
    public void Utf16_and_utf32_files_with_a_byte_order_mark_read_as_utf8_does(string encodingName)
    {
        var encoding = encodingName == "utf-32" ? new UTF32Encoding(false, true) : Encoding.GetEncoding(encodingName);
        string text = "name,city\nZoë,\"São, Paulo\"\n";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var rows = ReadAll(bytes, source: Utf8Text.Open(new TricklingStream(bytes)));
        Assert.Equal(["Zoë", "São, Paulo"], rows[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    public void Short_sources_pass_through_the_encoding_check_unchanged(string text)
    {
        var rows = ReadAll([], source: Utf8Text.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Equal(text.Length == 0 ? 0 : 1, rows.Count);
        if (text.Length > 0) Assert.Equal(text, rows[0][0]);
    }

    /// <summary>Random rows of random fields (commas, quotes, CR, LF, non-ASCII, empty), written as a careful writer would.</summary>
    private static (string Text, List<string[]> Rows) RandomDocument(Random random)
    {
        string[] pieces = ["a", "bc", "123", ",", "\"", "\n", "\r\n", "\r", " ", "é", "😀", "2025-04-01T23:55:06+00:00", ""];
        var rows = new List<string[]>();
        var text = new StringBuilder();
        if (random.Next(4) == 0) text.Append('\uFEFF');
        int count = random.Next(0, 12);
        for (int r = 0; r < count; r++)
        {
            var fields = new string[random.Next(1, 6)];
            for (int f = 0; f < fields.Length; f++)
            {
                var field = new StringBuilder();
                for (int k = random.Next(0, 4); k > 0; k--) field.Append(pieces[random.Next(pieces.Length)]);
                fields[f] = field.ToString();
                bool mustQuote = fields[f].IndexOfAny([',', '"', '\r', '\n']) >= 0 || (fields.Length == 1 && fields[f].Length == 0);
                if (f > 0) text.Append(',');
                if (mustQuote || random.Next(3) == 0) text.Append('"').Append(fields[f].Replace("\"", "\"\"")).Append('"');
                else text.Append(fields[f]);
            }
            rows.Add(fields);
            bool last = r == count - 1;
            if (!last || random.Next(2) == 0) text.Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }
        return (text.ToString(), rows);
    }

    /// <summary>Gives its bytes a few at a time, as an inflating stream does.</summary>
    private sealed class TricklingStream(byte[] bytes) : MemoryStream(bytes)
    {
        private readonly Random _random = new(bytes.Length);
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _random.Next(1, 9)));
    }
}
