using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// The API's report archive: a ZIP with exactly one CSV. Opening it reads the central directory, which is
    /// the integrity check a download gets before it is renamed into place.
    /// </summary>
    internal static class ReportArchive
    {
        private static readonly byte[] LocalHeader = { 0x50, 0x4B, 0x03, 0x04 };
        private static readonly byte[] EmptyArchive = { 0x50, 0x4B, 0x05, 0x06 };

        /// <summary>True when the file starts like a ZIP (a report CSV starts with a quote or a letter).</summary>
        public static bool LooksLikeZip(string path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16);
            var head = new byte[4];
            int read = 0;
            while (read < 4)
            {
                int n = file.Read(head, read, 4 - read);
                if (n == 0) break;
                read += n;
            }
            return read == 4 && (head.SequenceEqual(LocalHeader) || head.SequenceEqual(EmptyArchive));
        }

        /// <summary>Opens the archive and returns its one CSV entry; throws <see cref="InvalidDataException"/> otherwise.</summary>
        public static ZipArchiveEntry OpenSingleCsv(ZipArchive archive, string path)
        {
            var files = archive.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith("/", StringComparison.Ordinal)).ToList();
            if (files.Count != 1 || !files[0].Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                throw new InvalidDataException("'" + path + "' is not a report archive: it holds " + files.Count + " file(s) ("
                    + string.Join(", ", files.Take(5).Select(e => e.FullName)) + "), a report archive holds exactly one CSV.");
            return files[0];
        }

        /// <summary>Opens a ZIP file read-only; a damaged archive becomes an <see cref="InvalidDataException"/> naming the file.</summary>
        public static ZipArchive Open(string path, FileStream stream)
        {
            try
            {
                return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException e)
            {
                stream.Dispose();
                throw new InvalidDataException("'" + path + "' is not a readable ZIP archive: " + e.Message, e);
            }
        }

        /// <summary>Checks a downloaded archive: readable central directory, one CSV, sizes that fit the file.</summary>
        public static string Verify(string path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var archive = Open(path, stream);
            var entry = OpenSingleCsv(archive, path);
            if (entry.CompressedLength > stream.Length)
                throw new InvalidDataException("'" + path + "' is truncated: its CSV entry claims " + entry.CompressedLength + " compressed bytes in a " + stream.Length + "-byte file.");
            return entry.Name;
        }
    }
}
