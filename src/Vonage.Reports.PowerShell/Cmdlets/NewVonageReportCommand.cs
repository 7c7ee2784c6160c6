using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Vonage.Reports.PowerShell.Completion;
using Vonage.Reports.PowerShell.Infrastructure;
using Vonage.Reports.Reports;

namespace Vonage.Reports.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Asks the API to build an asynchronous report (a ZIP with one CSV) and returns it, PENDING.</para>
    /// Validates before calling (product, direction, a range of at most 13 months, an http(s) callback) and never
    /// creates a report twice: an attempt that fails after it may have reached the API is checked against the
    /// account's reports before the POST is tried again.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VonageReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VonageReport))]
    public sealed class NewVonageReportCommand : VonageApiCmdlet
    {
        /// <summary>Product: SMS, MESSAGES, VOICE-API, ... or an older name such as VOICE-CALL.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductCompleter))]
        [ValidateNotNullOrEmpty]
        public string Product { get; set; } = string.Empty;

        /// <summary>inbound or outbound; required for SMS and MESSAGES.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("inbound", "outbound", IgnoreCase = true)]
        public string? Direction { get; set; }

        /// <summary>Start of the range (inclusive); defaults to 7 days before the end.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset DateStart { get; set; }

        /// <summary>End of the range (exclusive); defaults to now. At most 13 months after the start.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset DateEnd { get; set; }

        /// <summary>The API POSTs the finished report here. Null (a piped report that had none) means no callback.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Uri? CallbackUrl { get; set; }

        /// <summary>Put the subaccounts' records into the same report.</summary>
        [Parameter] public SwitchParameter IncludeSubaccounts { get; set; }

        /// <summary>Include the message body (SMS, MESSAGES).</summary>
        [Parameter] public SwitchParameter IncludeMessage { get; set; }

        /// <summary>Show whether SMS were concatenated (SMS outbound).</summary>
        [Parameter] public SwitchParameter ShowConcatenated { get; set; }

        [Parameter] [ArgumentCompleter(typeof(RecordStatusCompleter))] public string? Status { get; set; }
        [Parameter] public string? From { get; set; }
        [Parameter] public string? To { get; set; }
        [Parameter] public string? Country { get; set; }
        [Parameter] public string? Network { get; set; }
        [Parameter] public string? ClientRef { get; set; }
        [Parameter] public string? AccountRef { get; set; }
        [Parameter] public string? Number { get; set; }
        [Parameter] public string? Locale { get; set; }
        [Parameter] public string? Gateway { get; set; }
        [Parameter] public string? GatewayId { get; set; }
        [Parameter] public string? CallId { get; set; }
        [Parameter] public string? LegId { get; set; }
        [Parameter] public string? Provider { get; set; }
        [Parameter] public string? NumberType { get; set; }
        [Parameter] public string? Channel { get; set; }
        [Parameter] public string? ParentRequestId { get; set; }
        [Parameter] public string? RequestType { get; set; }
        [Parameter] public string? Risk { get; set; }
        [Parameter] public bool Swapped { get; set; }
        [Parameter] public string? ConversationId { get; set; }
        [Parameter] public string? SessionId { get; set; }
        [Parameter] public string? MeetingId { get; set; }
        [Parameter] public string? Subtype { get; set; }
        [Parameter] [ValidateRange(0, int.MaxValue)] public int ConnectionCount { get; set; }
        [Parameter] public string? ProductName { get; set; }
        [Parameter] public string? RequestSessionId { get; set; }
        [Parameter] public string? ProductPath { get; set; }
        [Parameter] public string? CorrelationId { get; set; }

        protected override void ProcessRecordCore()
        {
            var request = BuildRequest();
            // Validates before ShouldProcess, so -WhatIf also reports bad input.
            string description = Client.DescribeReportRequest(request);
            if (!ShouldProcess(description, "Create report")) return;
            var report = Await(Client.CreateReportAsync(request, CancellationToken));
            WriteVerbose("Created report " + report.RequestId + " (" + report.StatusText + ").");
            WriteObject(report);
        }

        private ReportRequest BuildRequest()
        {
            var bound = MyInvocation.BoundParameters;
            var request = new ReportRequest(Product)
            {
                AccountId = AccountId,
                Direction = Direction,
                CallbackUrl = CallbackUrl,
                IncludeSubaccounts = IncludeSubaccounts.IsPresent ? true : (bool?)null,
                IncludeMessage = IncludeMessage.IsPresent ? true : (bool?)null,
                ShowConcatenated = ShowConcatenated.IsPresent ? true : (bool?)null,
            };
            if (bound.ContainsKey(nameof(DateStart))) request.DateStart = DateStart;
            if (bound.ContainsKey(nameof(DateEnd))) request.DateEnd = DateEnd;
            FilterParameters.CopyBound(bound, request.Filters);
            return request;
        }

    }
}
