using Vonage.Reports.Models;
using Xunit;

namespace Vonage.Reports.Tests.Models;

/// <summary>The CSV reader's buffer parsers must agree with the general string parsers wherever they answer.</summary>
public class Utf8FieldParserTests
{
    private static byte[] Bytes(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("2025-04-01T23:55:06+00:00")]
    [InlineData("2025-04-01T23:55:06+0000")]
    [InlineData("2025-04-01T23:55:06Z")]
    [InlineData("2025-04-02T01:55:06+02:00")]
    [InlineData("2025-04-01T18:25:06-05:30")]
    [InlineData("2024-02-29T00:00:00+00:00")]
    [InlineData("2025-04-01 23:55:06")]
    public void Dates_match_the_general_parser(string text)
    {
        Assert.True(Utf8FieldParser.TryDate(Bytes(text), 0, Bytes(text).Length, out var fast));
        Assert.True(FieldValueParser.TryDate(text, out var general));
        Assert.Equal(general, fast);
        Assert.Equal(general!.Value.Offset, fast.Offset);
    }

    [Theory]
    [InlineData("2025-02-29T00:00:00+00:00")]
    [InlineData("2025-13-01T00:00:00+00:00")]
    [InlineData("2025-04-01T24:00:00+00:00")]
    [InlineData("2025-04-01T23:55:06.5+00:00")]
    [InlineData("2025-04-01T23:55:06+15:00")]
    [InlineData("2025/04/01 23:55:06")]
    [InlineData("yesterday")]
    public void Other_date_text_is_left_to_the_general_parser(string text)
    {
        Assert.False(Utf8FieldParser.TryDate(Bytes(text), 0, Bytes(text).Length, out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00721")]
    [InlineData("0.03330000")]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("123456789012345678")]
    [InlineData(".5")]
    [InlineData("5.")]
    public void Decimals_match_decimal_parse_including_scale(string text)
    {
        Assert.True(Utf8FieldParser.TryDecimal(Bytes(text), 0, Bytes(text).Length, out var fast));
        Assert.True(FieldValueParser.TryDecimal(text, out var general));
        Assert.Equal(general, fast);
        Assert.Equal(general!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), fast.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1,000")]
    [InlineData("1234567890123456789")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    public void Other_numbers_are_left_to_the_general_parser(string text)
    {
        Assert.False(Utf8FieldParser.TryDecimal(Bytes(text), 0, Bytes(text).Length, out _));
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("2147483647", int.MaxValue)]
    public void Integers_parse(string text, int expected)
    {
        Assert.True(Utf8FieldParser.TryInt32(Bytes(text), 0, Bytes(text).Length, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("42.0")]
    [InlineData("")]
    public void Integers_out_of_range_or_with_fractions_fall_back(string text)
    {
        Assert.False(Utf8FieldParser.TryInt32(Bytes(text), 0, Bytes(text).Length, out _));
    }

    [Theory]
    [InlineData("true", true)] [InlineData("TRUE", true)] [InlineData("False", false)] [InlineData("1", true)]
    [InlineData("0", false)] [InlineData("yes", true)] [InlineData("N", false)]
    public void Booleans_match_the_general_parser(string text, bool expected)
    {
        Assert.True(Utf8FieldParser.TryBoolean(Bytes(text), 0, Bytes(text).Length, out var fast));
        Assert.True(FieldValueParser.TryBoolean(text, out var general));
        Assert.Equal(expected, fast);
        Assert.Equal(general, fast);
    }

    [Fact]
    public void Parses_a_slice_of_a_larger_buffer()
    {
        var buffer = Bytes("xx2025-04-01T23:55:06+00:00yy");
        Assert.True(Utf8FieldParser.TryDate(buffer, 2, 25, out var date));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 23, 55, 6, TimeSpan.Zero), date);
    }
}
