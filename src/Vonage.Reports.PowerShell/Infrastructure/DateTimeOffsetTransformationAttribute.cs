using System;
using System.Management.Automation;
using Vonage.Reports.Queries;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// Accepts a DateTimeOffset, a DateTime (Local kept local; Unspecified taken as UTC, like the API's dates)
    /// or ISO-8601 text with Z, ±hh:mm or ±hhmm (text without an offset is UTC).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class DateTimeOffsetTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object? value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case DateTimeOffset dto: return dto;
                case DateTime dt: return dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : new DateTimeOffset(dt);
                case string text when ApiDate.TryParse(text, out var parsed): return parsed;
                case string text:
                    throw new ArgumentTransformationMetadataException("'" + text + "' is not a date. Use ISO-8601 such as 2025-04-01T00:00:00Z or 2025-04-01T02:00:00+0200, or a [datetime].");
                default:
                    return inputData;
            }
        }
    }

    /// <summary>
    /// Accepts a TimeSpan or text such as 90m, 2h, 3d (or the API's CURRENT_TIME-2H), quoted or not: an unquoted 3d is
    /// the number PowerShell makes of it, read back from what was typed. A bare number is refused, as it has no unit
    /// (PowerShell would otherwise make ticks of it).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class RelativeTimeTransformationAttribute : ArgumentTransformationAttribute
    {
        private const string Forms = "Use a whole number above 0 and a unit: 30m, 2h, 3d.";

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object? value = ArgumentText.TypedNumber(inputData) ?? (inputData is PSObject ps ? ps.BaseObject : inputData);
            switch (value)
            {
                case TimeSpan span: return span;
                case string text when RelativeTime.TryParse(text, out var parsed): return parsed;
                case string text when TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span2): return span2;
                case string text:
                    throw new ArgumentTransformationMetadataException("'" + text + "' is not a span of time. " + Forms);
                case int _: case long _: case double _: case decimal _:
                    throw new ArgumentTransformationMetadataException("'" + value + "' has no unit. " + Forms);
                default:
                    return inputData;
            }
        }
    }
}
