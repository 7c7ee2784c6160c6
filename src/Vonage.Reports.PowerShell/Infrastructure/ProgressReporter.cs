using System;
using System.Diagnostics;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// Write-Progress at most about once a second under one activity id, and a Completed record only if
    /// something was shown (progress rendering once made Invoke-WebRequest ~12x slower). Pipeline thread only.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private static readonly long Interval = Stopwatch.Frequency;
        private readonly Cmdlet _cmdlet;
        private readonly int _activityId;
        private readonly string _activity;
        private long _next;
        private bool _shown;

        public ProgressReporter(Cmdlet cmdlet, int activityId, string activity)
        {
            _cmdlet = cmdlet;
            _activityId = activityId;
            _activity = activity;
            _next = Stopwatch.GetTimestamp() + Interval;
        }

        /// <summary>Cheap enough to call per record: only checks the clock until a second has passed.</summary>
        public void Report(Func<string> status, int percent = -1)
        {
            long now = Stopwatch.GetTimestamp();
            if (now < _next) return;
            _next = now + Interval;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, status()) { PercentComplete = Math.Min(100, percent) });
            _shown = true;
        }

        public void Complete()
        {
            if (!_shown) return;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
            _shown = false;
        }
    }
}
