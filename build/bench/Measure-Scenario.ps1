# Runs one benchmark scenario in this (fresh) process and prints one JSON line:
# {"Scenario":..,"Records":..,"Seconds":..,"CpuSeconds":..,"RecordsPerSecond":..,"PeakMB":..,"SetupSeconds":..,"WarmSeconds":..}.
# Seconds is the first (cold) run; Peak = this process's VmHWM after it; WarmSeconds the median of the runs after it.
param(
    [Parameter(Mandatory)] [string] $Scenario,
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $BaseUri,
    [string] $ZipPath,
    # The floor cmdlet, compiled by Bench.ps1 (bench/PipelineFloor.cs).
    [string] $FloorAssembly,
    [DateTimeOffset] $DateStart,
    [DateTimeOffset] $DateEnd,
    [int] $ThrottleLimit = 4,
    # Runs of the scenario after the first, in the same process; their median is WarmSeconds.
    [ValidateRange(0, 10)] [int] $WarmRuns = 0
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
Import-Module (Join-Path $ModulePath 'VonageReports.psd1')

function Get-PeakMB {
    $line = Get-Content /proc/self/status -ErrorAction SilentlyContinue | Where-Object { $_ -like 'VmHWM:*' }
    if ($line) { [math]::Round(([double]($line -replace '[^0-9]', '')) / 1024, 1) } else { [math]::Round([System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64 / 1MB, 1) }
}

# Setup that is not the user's cost happens before the clock starts (the floor's objects are prebuilt); its time is
# reported so the bench can take it out of the floor's whole-process time too.
$setupClock = [System.Diagnostics.Stopwatch]::StartNew()
# Every scenario ends in Measure-Object: its module is loaded before the clock, so no run pays for auto-loading it.
Import-Module Microsoft.PowerShell.Utility
# The report's row count (Bench.ps1 writes it beside the ZIP), read here so no timed run reads a file for it.
$reportRows = if ($ZipPath -and (Test-Path ($ZipPath + '.rows'))) { [int] (Get-Content ($ZipPath + '.rows')) } else { 0 }
if ($Scenario -eq 'InflateOnly') { Add-Type -AssemblyName System.IO.Compression }
if ($Scenario -eq 'PipelineFloor') {
    Import-Module $FloorAssembly
    [VonageBench.WritePrebuiltCommand]::Prepare($reportRows)
}
$setupClock.Stop()

# Each scenario: a script block returning how many records went down the pipeline.
$scenarios = @{
    'GetVonageRecord' = {
        (Get-VonageRecord -Product SMS -Direction outbound -DateStart $DateStart -DateEnd $DateEnd -Credential $cred -BaseUri $BaseUri -ThrottleLimit $ThrottleLimit | Measure-Object).Count
    }
    'NaiveLoop' = {
        # What a user writes from the seeds' blog: one 24-hour window after another, following _links.next.
        $auth = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('abcd1234:emulatorsecret1'))
        $n = 0
        for ($day = $DateStart; $day -lt $DateEnd; $day = $day.AddDays(1)) {
            $to = if ($day.AddDays(1) -lt $DateEnd) { $day.AddDays(1) } else { $DateEnd }
            $uri = "$BaseUri/v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&date_start=$($day.UtcDateTime.ToString('yyyy-MM-ddTHH:mm:ssZ'))&date_end=$($to.UtcDateTime.ToString('yyyy-MM-ddTHH:mm:ssZ'))"
            while ($uri) {
                $page = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = $auth }
                foreach ($r in $page.records) { $n++ }
                $uri = if ($page.request_status -eq 'TRUNCATED' -and $page._links.next) { $page._links.next.href } else { $null }
            }
        }
        $n
    }
    'ImportVonageReportFile' = {
        (Import-VonageReportFile -LiteralPath $ZipPath | Measure-Object).Count
    }
    'ExpandArchiveImportCsv' = {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('bench-' + [guid]::NewGuid().ToString('n'))
        try {
            Expand-Archive -LiteralPath $ZipPath -DestinationPath $dir
            (Import-Csv -Path (Get-ChildItem $dir -Filter *.csv).FullName | Measure-Object).Count
        }
        finally { Remove-Item $dir -Recurse -Force -ErrorAction SilentlyContinue }
    }
    'ImportCsvWithCasts' = {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('bench-' + [guid]::NewGuid().ToString('n'))
        try {
            Expand-Archive -LiteralPath $ZipPath -DestinationPath $dir
            (Import-Csv -Path (Get-ChildItem $dir -Filter *.csv).FullName | ForEach-Object {
                [pscustomobject]@{
                    MessageId = $_.message_id; To = $_.to; Status = $_.status
                    DateReceived = [DateTimeOffset]::Parse($_.date_received, [cultureinfo]::InvariantCulture)
                    DateFinalized = if ($_.date_finalized) { [DateTimeOffset]::Parse($_.date_finalized, [cultureinfo]::InvariantCulture) } else { $null }
                    Latency = if ($_.latency) { [int]$_.latency } else { $null }
                    TotalPrice = [decimal]::Parse($_.total_price, [cultureinfo]::InvariantCulture)
                }
            } | Measure-Object).Count
        }
        finally { Remove-Item $dir -Recurse -Force -ErrorAction SilentlyContinue }
    }
    'PipelineFloor' = {
        (Write-Prebuilt | Measure-Object).Count
    }
    'InflateOnly' = {
        # Only inflating the report's CSV, nothing parsed and nothing written: CPU any importer of this ZIP spends.
        $archive = [System.IO.Compression.ZipArchive]::new([System.IO.File]::OpenRead($ZipPath))
        try {
            $csv = $archive.Entries[0].Open()
            try { $csv.CopyTo([System.IO.Stream]::Null, 1MB) } finally { $csv.Dispose() }
        }
        finally { $archive.Dispose() }
        $reportRows
    }
}
if (-not $scenarios.ContainsKey($Scenario)) { throw "Unknown scenario $Scenario" }

# Process CPU during the timed run too: on a machine with few cores, a pipeline with a parser beside it is bound by
# the CPU it uses in all, not by its own thread.
$cpuBefore = [System.Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$count = & $scenarios[$Scenario]
$clock.Stop()
$cpuSeconds = ([System.Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime - $cpuBefore).TotalSeconds
$peakMB = Get-PeakMB

# Warm runs: the same pipeline again in this process, as a session's or an Automation sandbox's next run sees it
# (PowerShell's code and ours compiled and tiered up by then).
$warm = @(for ($i = 0; $i -lt $WarmRuns; $i++) {
        $warmClock = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $scenarios[$Scenario]
        $warmClock.Elapsed.TotalSeconds
    })
[pscustomobject]@{
    Scenario         = $Scenario
    Records          = $count
    Seconds          = [math]::Round($clock.Elapsed.TotalSeconds, 2)
    CpuSeconds       = [math]::Round($cpuSeconds, 2)
    RecordsPerSecond = [math]::Round($count / $clock.Elapsed.TotalSeconds, 0)
    PeakMB           = $peakMB
    SetupSeconds     = [math]::Round($setupClock.Elapsed.TotalSeconds, 2)
    WarmSeconds      = if ($warm.Count) { [math]::Round(($warm | Sort-Object)[[int][math]::Floor(($warm.Count - 1) / 2)], 2) } else { $null }
    WarmTotalSeconds = [math]::Round(($warm | Measure-Object -Sum).Sum, 2)
} | ConvertTo-Json -Compress
