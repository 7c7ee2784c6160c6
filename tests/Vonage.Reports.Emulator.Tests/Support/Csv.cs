using System.Text;

namespace Vonage.Reports.Emulator.Tests.Support;

/// <summary>A strict reader of the API's CSV dialect (every field quoted, "" for a quote, LF row ends).</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            Assert.Equal('"', text[i]);
            var value = new StringBuilder();
            i++;
            while (true)
            {
                if (text[i] == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { value.Append('"'); i += 2; continue; }
                    i++;
                    break;
                }
                value.Append(text[i++]);
            }
            fields.Add(value.ToString());
            if (text[i] == ',') { i++; continue; }
            Assert.Equal('\n', text[i]);
            i++;
            rows.Add([.. fields]);
            fields.Clear();
        }
        return rows;
    }
}
