using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Vonage.Reports.Products;

namespace Vonage.Reports.PowerShell.Completion
{
    /// <summary>Shared logic: offer the values that start with what was typed, quoted when needed.</summary>
    public abstract class FixedValueCompleter : IArgumentCompleter
    {
        protected abstract IEnumerable<string> Values { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Values.Where(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }
    }

    /// <summary>Product names: the reference's names, then the older aliases.</summary>
    public sealed class ProductCompleter : FixedValueCompleter
    {
        protected override IEnumerable<string> Values => VonageProduct.AllAcceptedNames;
    }

    /// <summary>Async report statuses.</summary>
    public sealed class ReportStatusCompleter : FixedValueCompleter
    {
        protected override IEnumerable<string> Values => new[] { "PENDING", "PROCESSING", "SUCCESS", "ABORTED", "FAILED", "TRUNCATED" };
    }

    /// <summary>Record statuses seen across products (SMS, MESSAGES, voice, ASR).</summary>
    public sealed class RecordStatusCompleter : FixedValueCompleter
    {
        protected override IEnumerable<string> Values => new[]
        {
            "delivered", "expired", "accepted", "deleted", "unknown", "submitted", "failed", "rejected", "buffered",
            "read", "undeliverable", "answered", "machine", "error", "completed", "busy", "cancelled", "timeout", "ok",
        };
    }
}
