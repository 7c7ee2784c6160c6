using System;
using System.Threading;

namespace Vonage.Reports.Reports
{
    /// <summary>How <see cref="VonageReportsClient.WaitForReportAsync"/> polls: a first interval that doubles up to a maximum, and an optional time limit.</summary>
    public sealed class ReportWaitOptions
    {
        /// <summary>Delay after the first poll; it doubles after each poll. Default 1 s.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest delay between two polls. Default 30 s.</summary>
        public TimeSpan MaximumPollInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Give up (with <see cref="ReportWaitTimeoutException"/>) after this long; infinite by default.</summary>
        public TimeSpan Timeout { get; set; } = System.Threading.Timeout.InfiniteTimeSpan;

        internal void Validate()
        {
            if (PollInterval <= TimeSpan.Zero)
                throw new VonageValidationException("InvalidPollInterval", "The poll interval must be positive.", "PollInterval", PollInterval);
            if (MaximumPollInterval < PollInterval)
                throw new VonageValidationException("InvalidPollInterval", "The maximum poll interval (" + MaximumPollInterval + ") cannot be shorter than the first one (" + PollInterval + ").", "MaximumPollInterval", MaximumPollInterval);
            if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
                throw new VonageValidationException("InvalidTimeout", "The wait timeout must be positive.", "Timeout", Timeout);
        }

        internal bool HasTimeout => Timeout != System.Threading.Timeout.InfiniteTimeSpan;
    }

    /// <summary>Growing poll intervals: each delay doubles the previous one, up to the maximum.</summary>
    internal static class PollSchedule
    {
        public static TimeSpan Next(TimeSpan current, TimeSpan maximum)
        {
            long doubled = current.Ticks > long.MaxValue / 2 ? long.MaxValue : current.Ticks * 2;
            return doubled >= maximum.Ticks ? maximum : TimeSpan.FromTicks(doubled);
        }
    }

    /// <summary>A report did not reach a final state in time. <see cref="LastReport"/> is the last status seen.</summary>
    public sealed class ReportWaitTimeoutException : TimeoutException
    {
        public ReportWaitTimeoutException(VonageReport lastReport, TimeSpan timeout)
            : base("Report " + lastReport.RequestId + " was still " + (lastReport.StatusText ?? lastReport.Status.ToString()) + " after " + Describe(timeout)
                + ". It keeps running on the API; wait again later or stop it with Stop-VonageReport.")
        {
            LastReport = lastReport;
            Timeout = timeout;
        }

        public VonageReport LastReport { get; }
        public TimeSpan Timeout { get; }

        private static string Describe(TimeSpan span) =>
            span.TotalSeconds < 120 ? span.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s" : span.ToString();
    }
}
