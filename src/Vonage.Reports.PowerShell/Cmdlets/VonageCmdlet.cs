using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Vonage.Reports.PowerShell.Credentials;
using Vonage.Reports.PowerShell.Infrastructure;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// Base of every VonageReports cmdlet: the connection parameters, one cancellation token per invocation
    /// (cancelled by Ctrl+C in StopProcessing), the client, and a log queue that background HTTP work fills and
    /// only the pipeline thread drains into -Verbose (cmdlet output must never be written from another thread).
    /// </summary>
    public abstract class VonageCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        private VonageReportsClient? _client;
        private ResolvedConnection? _connection;

        /// <summary>API key (user name) and secret (password), e.g. from Get-Credential or Get-AutomationPSCredential.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Name of a SecretManagement secret holding the API key and secret (PSCredential, Hashtable ApiKey/ApiSecret, or 'key:secret').</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SecretName { get; set; }

        /// <summary>SecretManagement vault to read -SecretName from; without it Get-Secret searches the default vault, then all.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Vault { get; set; }

        /// <summary>Account whose data is read (8 characters); defaults to the API key.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? AccountId { get; set; }

        /// <summary>API root, e.g. https://api.nexmo.com (default) or the emulator's http://127.0.0.1:port.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>Retries of a failed idempotent call (408, 429, 5xx, network errors). Default 5; 0 disables.</summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public int MaximumRetryCount { get; set; } = -1;

        /// <summary>First back-off delay in seconds (doubles per retry, with jitter); Retry-After wins. Default 1.</summary>
        [Parameter]
        [ValidateRange(0, 3600)]
        public int RetryIntervalSec { get; set; } = -1;

        /// <summary>Seconds one HTTP attempt may take (send and read the whole body) before it is retried. Default 100.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; }

        /// <summary>Seconds one API call may take in all, its retries and back-off waits included. Default 600.</summary>
        [Parameter]
        [ValidateRange(1, 604800)]
        public int OverallTimeoutSec { get; set; }

        /// <summary>The request rate this invocation asks for on the records endpoint (0: not given).</summary>
        internal virtual double RecordRequestsPerSecondGiven => 0;

        /// <summary>The request rate this invocation asks for on the report endpoints and downloads (0: not given).</summary>
        internal virtual double ReportRequestsPerSecondGiven => 0;

        /// <summary>Cancelled when the user presses Ctrl+C (StopProcessing) or the pipeline stops.</summary>
        protected CancellationToken CancellationToken => _cancel.Token;

        /// <summary>The client for this invocation, created on first use from the resolved connection.</summary>
        protected VonageReportsClient Client => _client ??= CreateClient();

        protected ResolvedConnection Connection => _connection ??= ConnectionResolver.Resolve(this);

        private VonageReportsClient CreateClient()
        {
            var connection = Connection;
            var options = new VonageClientOptions
            {
                BaseUri = connection.BaseUri,
                Credential = connection.Credential,
                AccountId = connection.AccountId,
                Log = message => _log.Enqueue(message),
            };
            if (connection.MaximumRetryCount.HasValue) options.Retry.MaximumRetryCount = connection.MaximumRetryCount.Value;
            if (connection.RetryInterval.HasValue) options.Retry.RetryInterval = connection.RetryInterval.Value;
            if (connection.AttemptTimeout.HasValue) options.Retry.AttemptTimeout = connection.AttemptTimeout.Value;
            if (connection.OverallTimeout.HasValue) options.Retry.OverallTimeout = connection.OverallTimeout.Value;
            if (connection.RecordRequestsPerSecond.HasValue) options.SyncRequestsPerSecond = connection.RecordRequestsPerSecond.Value;
            if (connection.ReportRequestsPerSecond.HasValue) options.AsyncRequestsPerSecond = connection.ReportRequestsPerSecond.Value;
            WriteVerbose("Using " + connection.Describe() + "; " + DescribeLimits(options) + ".");
            return new VonageReportsClient(options);
        }

        private static string DescribeLimits(VonageClientOptions options) =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "at most {0} requests/s to records and {1}/s to reports; an attempt may take {2} s, a call with its {3} retries {4} s",
                options.SyncRequestsPerSecond, options.AsyncRequestsPerSecond, options.Retry.AttemptTimeout.TotalSeconds,
                options.Retry.MaximumRetryCount, options.Retry.OverallTimeout.TotalSeconds);

        /// <summary>Waits for background work on the pipeline thread, relaying its log lines to -Verbose meanwhile.</summary>
        protected T Await<T>(Task<T> task)
        {
            WaitRelayingLog(task);
            return task.GetAwaiter().GetResult();
        }

        protected void Await(Task task)
        {
            WaitRelayingLog(task);
            task.GetAwaiter().GetResult();
        }

        private void WaitRelayingLog(Task task)
        {
            // Most waits (records already buffered) are complete: skip the wait handle, which costs an allocation.
            if (!task.IsCompleted)
            {
                var handle = ((IAsyncResult)task).AsyncWaitHandle;
                while (!handle.WaitOne(100)) FlushLog();
            }
            if (!_log.IsEmpty) FlushLog();
        }

        /// <summary>Writes queued HTTP log lines as verbose messages. Pipeline thread only.</summary>
        protected void FlushLog()
        {
            while (_log.TryDequeue(out var line)) WriteVerbose(line);
        }

        /// <summary>
        /// True, after a non-terminating BlankId error, for an id of spaces only (an empty one PowerShell refuses
        /// itself): a blank line in an id list is reported, not silently dropped, and the other ids still go ahead.
        /// </summary>
        protected bool IsBlankId(string? id, string parameterName)
        {
            if (!string.IsNullOrWhiteSpace(id)) return false;
            WriteError(new ErrorRecord(new ArgumentException("A blank " + parameterName + " was given (spaces only); it is skipped."),
                "BlankId", ErrorCategory.InvalidArgument, id));
            return true;
        }

        protected sealed override void ProcessRecord() => RunStage(ProcessRecordCore);

        protected sealed override void EndProcessing() => RunStage(EndProcessingCore);

        /// <summary>Ctrl+C becomes PipelineStoppedException; a known failure becomes one terminating ErrorRecord.</summary>
        private void RunStage(Action stage)
        {
            try
            {
                stage();
            }
            catch (Exception e) when (IsStop(e))
            {
                throw new PipelineStoppedException();
            }
            catch (Exception e) when (!(e is PipelineStoppedException) && ErrorRecordFactory.IsKnown(e))
            {
                FlushLog();
                object? target = ErrorRecordFactory.IsNetworkFailure(e) ? _connection?.BaseUri.GetLeftPart(UriPartial.Authority)
                    : e is VonageApiException api ? ErrorRecordFactory.RejectedValue(api, MyInvocation.BoundParameters) : null;
                ThrowTerminatingError(ErrorRecordFactory.Create(e, target));
            }
        }

        protected abstract void ProcessRecordCore();

        protected virtual void EndProcessingCore() { }

        /// <summary>Ctrl+C: cancel every HTTP call, wait and download of this invocation at once.</summary>
        protected override void StopProcessing()
        {
            try { _cancel.Cancel(); } catch (ObjectDisposedException) { }
        }

        private bool IsStop(Exception e) =>
            _cancel.IsCancellationRequested && (e is OperationCanceledException || e.InnerException is OperationCanceledException);

        public void Dispose()
        {
            _client?.Dispose();
            _cancel.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
