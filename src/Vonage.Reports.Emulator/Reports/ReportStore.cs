using System.Collections.Concurrent;
using Vonage.Reports.Emulator.Auth;
using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Time;

namespace Vonage.Reports.Emulator.Reports;

/// <summary>
/// Holds the async reports and drives them PENDING → PROCESSING → SUCCESS/TRUNCATED/FAILED on the emulator clock.
/// A background tick (and every request, and every clock move) advances them; the ZIP is built once, on entering
/// PROCESSING; files die 72 h after completion and reports 4 days after they were received.
/// </summary>
internal sealed class ReportStore : IAsyncDisposable
{
    public static readonly TimeSpan FileLifetime = TimeSpan.FromHours(72);
    public static readonly TimeSpan ReportRetention = TimeSpan.FromDays(4);

    private readonly ConcurrentDictionary<string, Report> _reports = new(StringComparer.OrdinalIgnoreCase);
    private readonly EmulatorOptions _options;
    private readonly EmulatorClock _clock;
    private readonly AccountRegistry _accounts;
    private readonly ZipBuilder _builder;
    private readonly CallbackSender _callbacks;
    private readonly string _directory;
    private readonly bool _ownsDirectory;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _ticker;
    private readonly object _gate = new();

    public ReportStore(EmulatorOptions options, EmulatorClock clock, AccountRegistry accounts, RecordGenerator generator, ILogger logger)
    {
        _options = options;
        _clock = clock;
        _accounts = accounts;
        _builder = new ZipBuilder(generator);
        _callbacks = new CallbackSender(logger);
        _ownsDirectory = options.TempDirectory is null;
        _directory = options.TempDirectory is { } dir
            ? Path.Combine(dir, "vonage-emulator-" + Guid.NewGuid().ToString("n")[..12])
            : Path.Combine(Path.GetTempPath(), "vonage-emulator-" + Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(_directory);
        _clock.Changed += Tick;
        _ticker = Task.Run(RunTicker);
    }

    public CallbackSender Callbacks => _callbacks;

    public void Add(Report report)
    {
        _reports[report.RequestId] = report;
        Tick();
    }

    /// <summary>A live report by request id (null once past its 4-day retention).</summary>
    public Report? Find(string requestId)
    {
        Tick();
        return _reports.GetValueOrDefault(requestId);
    }

    /// <summary>A downloadable report by file id (null when unknown, not finished, failed or expired).</summary>
    public Report? FindFile(string fileId)
    {
        Tick();
        return _reports.Values.FirstOrDefault(r => string.Equals(r.FileId, fileId, StringComparison.OrdinalIgnoreCase)
            && ReportStatus.HasFile(r.Status) && !r.FileExpired && r.FilePath is not null);
    }

    public IEnumerable<Report> All
    {
        get { Tick(); return _reports.Values; }
    }

    /// <summary>Aborts a pending or processing report; false when it had already ended.</summary>
    public bool TryAbort(Report report)
    {
        lock (_gate)
        {
            if (ReportStatus.IsTerminal(report.Status)) return false;
            report.Cancel.Cancel();
            Finish(report, ReportStatus.Aborted, _clock.UtcNow);
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            foreach (var report in _reports.Values) { report.Cancel.Cancel(); DeleteFile(report); }
            _reports.Clear();
        }
    }

    private async Task RunTicker()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
        try { while (await timer.WaitForNextTickAsync(_stop.Token)) Tick(); }
        catch (OperationCanceledException) { }
    }

    /// <summary>Moves every report as far as the clock and its build allow.</summary>
    private void Tick()
    {
        var now = _clock.UtcNow;
        lock (_gate)
        {
            foreach (var report in _reports.Values)
            {
                if (now >= report.ReceiveTime + ReportRetention)
                {
                    report.Cancel.Cancel();
                    DeleteFile(report);
                    _reports.TryRemove(report.RequestId, out _);
                    continue;
                }
                Advance(report, now);
                if (report.CompletedTime is { } done && ReportStatus.HasFile(report.Status) && !report.FileExpired && now >= done + FileLifetime)
                {
                    report.FileExpired = true;
                    DeleteFile(report);
                }
            }
        }
    }

    private void Advance(Report report, DateTimeOffset now)
    {
        if (report.Status == ReportStatus.Pending && now >= report.ReceiveTime.AddMilliseconds(_options.ReportPendingMs))
        {
            report.Status = ReportStatus.Processing;
            report.StartTime = now;
            report.EarliestCompletion = now.AddMilliseconds(_options.ReportProcessingMs);
            if (report.ForcedOutcome != ReportStatus.Failed) StartBuild(report, now);
        }
        if (report.Status != ReportStatus.Processing || now < report.EarliestCompletion) return;

        if (report.ForcedOutcome == ReportStatus.Failed) { Finish(report, ReportStatus.Failed, now); return; }
        if (report.Build is not { IsCompleted: true } build) return;
        if (!build.IsCompletedSuccessfully) { Finish(report, ReportStatus.Failed, now); return; }

        var result = build.Result;
        // With a generation rate, processing lasts as long as the real service would take for this many rows.
        if (_options.ReportRowsPerSecond > 0 && now < report.StartTime!.Value.AddSeconds((double)result.Rows / _options.ReportRowsPerSecond)) return;
        report.ItemsCount = result.Rows;
        report.FileSize = result.Size;
        Finish(report, result.Truncated ? ReportStatus.Truncated : ReportStatus.Success, now);
    }

    private void StartBuild(Report report, DateTimeOffset generated)
    {
        var path = Path.Combine(_directory, report.FileId + ".zip");
        report.FilePath = path;
        var accounts = report.IncludeSubaccounts ? _accounts.WithSubaccounts(report.AccountId) : [report.AccountId];
        var token = report.Cancel.Token;
        report.Build = Task.Run(() => _builder.Build(report, accounts, path, _options.ReportMaxRows, generated, token), token);
        // Nudge the store as soon as the file is ready instead of waiting for the next tick.
        report.Build.ContinueWith(_ => Tick(), TaskScheduler.Default);
    }

    private void Finish(Report report, string status, DateTimeOffset now)
    {
        report.Status = status;
        report.CompletedTime = now;
        if (!ReportStatus.HasFile(status)) DeleteFile(report);
        _callbacks.Send(report);
    }

    private static void DeleteFile(Report report)
    {
        var path = report.FilePath;
        if (path is null) return;
        // A cancelled build may still hold the file for a moment; delete once it has let go.
        if (report.Build is { IsCompleted: false } build)
            build.ContinueWith(_ => TryDelete(path), TaskScheduler.Default);
        else TryDelete(path);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _clock.Changed -= Tick;
        _stop.Cancel();
        await _ticker;
        var builds = new List<Task>();
        lock (_gate)
        {
            foreach (var report in _reports.Values)
            {
                report.Cancel.Cancel();
                if (report.Build is { } b) builds.Add(b);
            }
        }
        try { await Task.WhenAll(builds).WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* cancelled or failed builds */ }
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        _callbacks.Dispose();
    }

}
