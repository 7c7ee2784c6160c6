using System;

namespace Vonage.Reports.Files
{
    /// <summary>The text is not CSV as RFC 4180 writes it (see <see cref="Utf8CsvReader"/>); the reader names the file.</summary>
    internal sealed class CsvFormatException : Exception
    {
        public CsvFormatException(long row, string what)
            : base("row " + row + ": " + what + ".")
        {
            Row = row;
        }

        /// <summary>The row (record, header = 1) being read when the text stopped making sense.</summary>
        public long Row { get; }
    }
}
