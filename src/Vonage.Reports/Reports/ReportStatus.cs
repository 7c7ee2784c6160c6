using System;

namespace Vonage.Reports.Reports
{
    /// <summary>
    /// Where an asynchronous report is in its lifecycle. <see cref="Unknown"/> stands for a status this version
    /// does not know yet, so a new value from the API never breaks parsing.
    /// </summary>
    public enum ReportStatus
    {
        Unknown = 0,
        Pending,
        Processing,
        Success,
        Aborted,
        Failed,
        Truncated,
    }

    /// <summary>The API's upper-case status names, and which states are final.</summary>
    public static class ReportStatusNames
    {
        /// <summary>Every status the API documents, in lifecycle order.</summary>
        public static readonly ReportStatus[] All =
        {
            ReportStatus.Pending, ReportStatus.Processing, ReportStatus.Success, ReportStatus.Aborted, ReportStatus.Failed, ReportStatus.Truncated,
        };

        /// <summary>PENDING, PROCESSING, ... ; Unknown has no API name.</summary>
        public static string ToApiName(ReportStatus status) =>
            status == ReportStatus.Unknown ? throw new ArgumentOutOfRangeException(nameof(status), "Unknown has no API name.") : status.ToString().ToUpperInvariant();

        /// <summary>Any case; unrecognised or empty text gives <see cref="ReportStatus.Unknown"/>.</summary>
        public static ReportStatus Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return ReportStatus.Unknown;
            return TryParse(text, out var status) ? status : ReportStatus.Unknown;
        }

        /// <summary>True only for one of the six documented names (any case).</summary>
        public static bool TryParse(string? text, out ReportStatus status)
        {
            status = ReportStatus.Unknown;
            if (string.IsNullOrWhiteSpace(text)) return false;
            string trimmed = text!.Trim();
            foreach (var candidate in All)
            {
                if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase)) { status = candidate; return true; }
            }
            return false;
        }

        /// <summary>SUCCESS, ABORTED, FAILED and TRUNCATED never change again.</summary>
        public static bool IsTerminal(ReportStatus status) =>
            status == ReportStatus.Success || status == ReportStatus.Aborted || status == ReportStatus.Failed || status == ReportStatus.Truncated;
    }
}
