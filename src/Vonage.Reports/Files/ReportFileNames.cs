using System;
using System.IO;
using System.Text;
using Vonage.Reports.Products;

namespace Vonage.Reports.Files
{
    /// <summary>
    /// The names the API gives report files (api-facts 3.6): the archive <c>&lt;PRODUCT&gt;_&lt;REPORT_ID&gt;.zip</c> holding
    /// one <c>report_&lt;PRODUCT&gt;_&lt;ACCOUNT_ID&gt;_&lt;yyyyMMdd&gt;.csv</c>. Product names use hyphens, never underscores.
    /// </summary>
    public static class ReportFileNames
    {
        /// <summary>The archive name the API uses for a report: SMS_6c5506b7-….zip.</summary>
        public static string ArchiveName(string product, string reportId) => SafeFileName(product + "_" + reportId + ".zip") ?? "report.zip";

        /// <summary>The product named by a report file name (either form, any folder), or null.</summary>
        public static string? ProductFromFileName(string? path)
        {
            if (string.IsNullOrWhiteSpace(path)) return null;
            string name = Path.GetFileName(path!.Trim());
            string stem = Path.GetFileNameWithoutExtension(name);
            string? candidate = null;
            if (stem.StartsWith("report_", StringComparison.OrdinalIgnoreCase))
            {
                string rest = stem.Substring("report_".Length);
                int end = rest.IndexOf('_');
                candidate = end > 0 ? rest.Substring(0, end) : rest;
            }
            else
            {
                int end = stem.IndexOf('_');
                if (end > 0) candidate = stem.Substring(0, end);
            }
            return candidate != null && VonageProduct.TryNormalize(candidate, out var canonical) ? canonical : null;
        }

        /// <summary>
        /// A file name from a server (Content-Disposition) or a user-visible value, reduced to a plain name: no folders,
        /// no characters any supported OS refuses. Returns null when nothing usable is left.
        /// </summary>
        public static string? SafeFileName(string? proposed)
        {
            if (string.IsNullOrWhiteSpace(proposed)) return null;
            string name = proposed!.Replace('\\', '/');
            int slash = name.LastIndexOf('/');
            if (slash >= 0) name = name.Substring(slash + 1);
            var clean = new StringBuilder(name.Length);
            foreach (char ch in name)
            {
                // Windows' reserved set as well, so a name that works here works everywhere.
                if (ch < 32 || ch == '<' || ch == '>' || ch == ':' || ch == '"' || ch == '|' || ch == '?' || ch == '*') clean.Append('_');
                else clean.Append(ch);
            }
            string result = clean.ToString().Trim().TrimEnd('.');
            return result.Length == 0 || result == "." || result == ".." ? null : result;
        }
    }
}
