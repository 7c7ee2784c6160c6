namespace Vonage.Reports.Emulator.Reports;

/// <summary>The async report states; the last four are terminal.</summary>
internal static class ReportStatus
{
    public const string Pending = "PENDING";
    public const string Processing = "PROCESSING";
    public const string Success = "SUCCESS";
    public const string Aborted = "ABORTED";
    public const string Failed = "FAILED";
    public const string Truncated = "TRUNCATED";

    public static readonly string[] All = [Pending, Processing, Success, Aborted, Failed, Truncated];

    public static bool IsTerminal(string status) => status is Success or Aborted or Failed or Truncated;

    /// <summary>Finished with a file to download.</summary>
    public static bool HasFile(string status) => status is Success or Truncated;
}
