using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Vonage.Reports.Models;
using Vonage.Reports.Paging;
using Vonage.Reports.PowerShell.Completion;
using Vonage.Reports.PowerShell.Infrastructure;
using Vonage.Reports.Queries;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Reads records (CDRs) synchronously, paging transparently.</para>
    /// Date mode splits ranges longer than the API's 24-hour window into windows fetched in parallel and
    /// written in order; id mode sends the ids 20 per call and reports each id not found.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VonageRecord", DefaultParameterSetName = DateRangeSet, SupportsPaging = true)]
    [OutputType(typeof(SmsRecord), typeof(GenericRecord))]
    public sealed class GetVonageRecordCommand : VonageApiCmdlet
    {
        protected override bool UsesRecordsEndpoint => true;

        private const string DateRangeSet = "DateRange";
        private const string LastSet = "Last";
        private const string IdSet = "Id";


        private readonly List<string> _pendingIds = new List<string>();
        private ulong _written;
        private ulong _skipped;
        private ProgressReporter? _progress;

        /// <summary>Product: SMS, MESSAGES, VOICE-API, ... or an older name such as VOICE-CALL.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductCompleter))]
        [ValidateNotNullOrEmpty]
        public string Product { get; set; } = string.Empty;

        /// <summary>inbound or outbound; required for SMS and MESSAGES.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("inbound", "outbound", IgnoreCase = true)]
        public string? Direction { get; set; }

        /// <summary>Start of the range (inclusive).</summary>
        [Parameter(ParameterSetName = DateRangeSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset DateStart { get; set; }

        /// <summary>End of the range (exclusive); defaults to now.</summary>
        [Parameter(ParameterSetName = DateRangeSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset DateEnd { get; set; }

        /// <summary>A range ending now: 30m, 2h, 3d.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LastSet)]
        [RelativeTimeTransformation]
        public TimeSpan Last { get; set; }

        /// <summary>Record ids (message or call UUIDs); any number, from the pipeline too.</summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Include the message body (SMS, MESSAGES).</summary>
        [Parameter] public SwitchParameter IncludeMessage { get; set; }

        /// <summary>Show whether SMS were concatenated.</summary>
        [Parameter] public SwitchParameter ShowConcatenated { get; set; }

        /// <summary>Leave prices out of the records.</summary>
        [Parameter] public SwitchParameter HidePrices { get; set; }

        /// <summary>Records per API page (1-1000; default 1000).</summary>
        [Parameter] [ValidateRange(1, 1000)] public int PageSize { get; set; }

        /// <summary>24-hour windows fetched at once for long ranges (1 = serial). Default 4; the rate limiter keeps the pace.</summary>
        [Parameter(ParameterSetName = DateRangeSet)]
        [Parameter(ParameterSetName = LastSet)]
        [ValidateRange(1, 16)]
        public int ThrottleLimit { get; set; } = 4;

        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] [ArgumentCompleter(typeof(RecordStatusCompleter))] public string? Status { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? From { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? To { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Country { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Network { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? ClientRef { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? AccountRef { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Number { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Locale { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Gateway { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? GatewayId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? CallId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? LegId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Provider { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? NumberType { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Channel { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? ParentRequestId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? RequestType { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Risk { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public bool Swapped { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? ConversationId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? SessionId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? MeetingId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? Subtype { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] [ValidateRange(0, int.MaxValue)] public int ConnectionCount { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? ProductName { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? RequestSessionId { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? ProductPath { get; set; }
        [Parameter(ParameterSetName = DateRangeSet)] [Parameter(ParameterSetName = LastSet)] public string? CorrelationId { get; set; }

        protected override void ProcessRecordCore()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id)
                {
                    if (IsBlankId(id, "Id")) continue;
                    _pendingIds.Add(id.Trim());
                    if (_pendingIds.Count == RecordQuery.MaximumIdsPerCall) FlushIds();
                }
                return;
            }
            Run(BuildQuery(), ParameterSetName == IdSet ? 1 : ThrottleLimit);
        }

        protected override void EndProcessingCore()
        {
            if (_pendingIds.Count > 0) FlushIds();
            _progress?.Complete();
            if (PagingParameters.IncludeTotalCount)
                WriteObject(PagingParameters.NewTotalCount(_written + _skipped, 1.0));
        }

        private void FlushIds()
        {
            var query = BuildQuery();
            foreach (var id in _pendingIds) query.Ids.Add(id);
            _pendingIds.Clear();
            Run(query, 1);
        }

        private RecordQuery BuildQuery()
        {
            var bound = MyInvocation.BoundParameters;
            var query = new RecordQuery(Product)
            {
                AccountId = AccountId,
                Direction = Direction,
                IncludeMessage = IncludeMessage.IsPresent ? true : (bool?)null,
                ShowConcatenated = ShowConcatenated.IsPresent ? true : (bool?)null,
                HidePrices = HidePrices.IsPresent ? true : (bool?)null,
                PageSize = bound.ContainsKey(nameof(PageSize)) ? PageSize : (int?)null,
            };
            if (bound.ContainsKey(nameof(DateStart))) query.DateStart = DateStart;
            if (bound.ContainsKey(nameof(DateEnd))) query.DateEnd = DateEnd;
            if (ParameterSetName == LastSet) query.Last = Last;
            FilterParameters.CopyBound(bound, query.Filters);
            return query;
        }

        private void Run(RecordQuery query, int concurrency)
        {
            if (_written >= PagingParameters.First) return;
            using var stream = Client.GetRecords(query, concurrency, CancellationToken);
            WriteVerbose("Reading " + stream.Product + " records " + (stream.SegmentCount >= 0 ? "in " + stream.SegmentCount + " call sequence(s)" : "in windows sized from the data")
                + (concurrency > 1 && stream.SegmentCount != 1 ? ", " + concurrency + " at a time." : "."));
            _progress ??= new ProgressReporter(this, 0x56524543, "Get-VonageRecord: reading " + stream.Product + " records");
            while (Await(stream.MoveNextAsync()))
            {
                ReportMissingIds(stream);
                if (_skipped < PagingParameters.Skip) { _skipped++; continue; }
                WriteObject(RecordWriter.ToPipelineObject(stream.Current));
                _written++;
                _progress.Report(() => _written.ToString("N0", CultureInfo.CurrentCulture) + " records so far (" + stream.PagesFetched + " pages; reading "
                    + stream.DescribeCurrentSegment() + ")", (int)(stream.FractionComplete * 100));
                if (_written >= PagingParameters.First) break;
            }
            ReportMissingIds(stream);
            FlushLog();
        }

        private void ReportMissingIds(RecordStream stream)
        {
            while (stream.TryTakeMissingId(out var missing))
            {
                var error = new ItemNotFoundException("No " + stream.Product + " record with id '" + missing + "' was found.");
                WriteError(new ErrorRecord(error, "RecordNotFound", ErrorCategory.ObjectNotFound, missing));
            }
        }

    }
}
