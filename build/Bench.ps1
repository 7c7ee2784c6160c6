# Benchmarks (kept out of Test). Prints a table and writes it to out/bench/. Every scenario runs in a fresh pwsh.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath,
    [string] $Configuration = 'Release',
    # Rows of the report for the import benchmark, and of the memory check.
    [int] $ImportRows = 1000000,
    [int] $MemoryRows = 10000000,
    # Cold runs of the import scenario, its floor and the two ways users import today (medians are reported). Five:
    # on this host one cold import ranges from 2.3 to 3.4 s from run to run, with the same work.
    [ValidateRange(1, 15)] [int] $ImportRuns = 5,
    # Runs after the first in each import (and floor) process: the warm figure a session's next import sees.
    [ValidateRange(0, 10)] [int] $WarmRuns = 2,
    # Records for the sync benchmark, and the latency the emulator adds per page.
    [int] $SyncRecords = 100000,
    [int] $LatencyMs = 250,
    [switch] $SkipMemory,
    # Run only some benchmarks (for iterating on one): sync, import, memory, module.
    [ValidateSet('sync', 'import', 'memory', 'module')]
    [string[]] $Only = @('sync', 'import', 'memory', 'module')
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path $PSScriptRoot 'Emulator.psm1') -Force
$scenarioScript = Join-Path $PSScriptRoot 'bench/Measure-Scenario.ps1'
$outDir = Join-Path (Split-Path $ModulePath -Parent | Split-Path -Parent) 'bench'
$null = New-Item -ItemType Directory -Force $outDir
$auth = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('abcd1234:emulatorsecret1')) }

# Runs one scenario in a fresh pwsh. Seconds is the scenario's own timed part; ProcessSeconds the whole process
# (pwsh start, Import-Module, the run, exit) less any untimed setup the scenario is not charged for and any warm runs.
function Invoke-Scenario([string] $Name, [hashtable] $Arguments) {
    $argList = @('-NoProfile', '-NonInteractive', '-File', $scenarioScript, '-Scenario', $Name, '-ModulePath', $ModulePath)
    foreach ($k in $Arguments.Keys) { $argList += "-$k"; $argList += [string] $Arguments[$k] }
    Write-Host "  running $Name..." -ForegroundColor DarkGray
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $json = & dotnet pwsh @argList | Select-Object -Last 1
    $clock.Stop()
    if ($LASTEXITCODE -ne 0) { throw "Scenario $Name failed." }
    $result = $json | ConvertFrom-Json
    $result | Add-Member ProcessSeconds ([math]::Round($clock.Elapsed.TotalSeconds - $result.SetupSeconds - $result.WarmTotalSeconds, 2))
    $result
}

. (Join-Path $PSScriptRoot 'bench/BenchFunctions.ps1')

# The run with the median time, noting every run's time: one cold run on a 2-core machine varies by tenths of a second.
function Select-Median([object[]] $Runs) {
    $sorted = @($Runs | Sort-Object Seconds)
    $median = $sorted[[int][math]::Floor(($sorted.Count - 1) / 2)]
    $median | Add-Member Runs (($Runs | ForEach-Object { '{0:0.00}' -f $_.Seconds }) -join '/')
    $median
}

# Creates a report of about $Rows SMS rows on the emulator (one record per second) and downloads its ZIP.
function New-BenchReport([string] $BaseUri, [int] $Rows, [string] $Path) {
    $end = [DateTimeOffset]::new(2026, 11, 1, 0, 0, 0, [TimeSpan]::Zero)
    $start = $end.AddSeconds(-$Rows)
    $body = @{ product = 'SMS'; account_id = 'abcd1234'; direction = 'outbound'; date_start = $start.ToString('yyyy-MM-ddTHH:mm:ssZ'); date_end = $end.ToString('yyyy-MM-ddTHH:mm:ssZ') } | ConvertTo-Json
    $report = Invoke-RestMethod -Method Post -Uri "$BaseUri/v2/reports" -Headers $auth -Body $body -ContentType 'application/json'
    do {
        Start-Sleep -Milliseconds 500
        $report = Invoke-RestMethod -Uri "$BaseUri/v2/reports/$($report.request_id)" -Headers $auth
    } while ($report.request_status -in 'PENDING', 'PROCESSING')
    if ($report.request_status -ne 'SUCCESS') { throw "The bench report ended $($report.request_status)." }
    Invoke-WebRequest -Uri $report._links.download_report.href -Headers $auth -OutFile $Path
    Set-Content -Path "$Path.rows" -Value $report.items_count
    [long] $report.items_count
}

$rows = [System.Collections.Generic.List[object]]::new()
function Add-Row($Benchmark, $Result, $Note) {
    $rows.Add([pscustomobject]@{ Benchmark = $Benchmark; Scenario = $Result.Scenario; Records = $Result.Records; Seconds = $Result.Seconds; 'Records/s' = $Result.RecordsPerSecond; 'Process s' = $Result.ProcessSeconds; 'PeakMB' = $Result.PeakMB; Note = $Note })
}

# 1. Sync paging: Get-VonageRecord vs the naive loop, with latency per page. 1,000 records an hour per stream makes
#    every page a full 1,000 records, so the API's bound is exactly 10 pages/s = 10,000 records/s.
if ('sync' -in $Only) {
    Write-Host "1. Sync paging: $SyncRecords records, $LatencyMs ms per page" -ForegroundColor Cyan
    $emulator = Start-Emulator -EmulatorPath $EmulatorPath -Arguments @('--latency-ms', $LatencyMs, '--density', 1000)
    try {
        $start = [DateTimeOffset]::new(2026, 10, 1, 0, 0, 0, [TimeSpan]::Zero)
        $end = $start.AddSeconds($SyncRecords * 3.6)
        $range = @{ BaseUri = $emulator.Url; DateStart = $start.ToString('o'); DateEnd = $end.ToString('o') }
        # Warm the emulator (a real API is not cold-started for us), then let its rate window empty.
        $warm = "$($emulator.Url)/v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&date_start=2026-09-01T00:00:00Z&date_end=2026-09-01T01:00:00Z"
        1..3 | ForEach-Object { $null = Invoke-RestMethod -Uri $warm -Headers $auth; Start-Sleep -Milliseconds 150 }
        Start-Sleep -Milliseconds 1200
        $ours = Invoke-Scenario 'GetVonageRecord' $range
        $naive = Invoke-Scenario 'NaiveLoop' $range
        $serial = Invoke-Scenario 'GetVonageRecord' ($range + @{ ThrottleLimit = 1 })
        $serial.Scenario = 'GetVonageRecord -ThrottleLimit 1'
        $stats = Invoke-RestMethod -Uri "$($emulator.Url)/_emulator/stats" -ErrorAction SilentlyContinue
        Add-Row 'sync' $ours ("{0:0.00}x naive; target >= 9,000/s and >= 2.5x" -f ($ours.RecordsPerSecond / $naive.RecordsPerSecond))
        Add-Row 'sync' $naive 'Invoke-RestMethod following _links.next'
        Add-Row 'sync' $serial 'serial windows'
        if ($stats) { Write-Host ("   emulator stats: " + ($stats | ConvertTo-Json -Compress -Depth 6)) -ForegroundColor DarkGray }
    }
    finally { $emulator.Stop() }
}

# 2. Import: a $ImportRows-row SMS report ZIP piped to Measure-Object, against what users do today.
if ('import' -in $Only -or ('memory' -in $Only -and -not $SkipMemory)) {
    Write-Host "2. Import: $ImportRows-row SMS report" -ForegroundColor Cyan
    $emulator = Start-Emulator -EmulatorPath $EmulatorPath -Arguments @('--density', 3600, '--report-max-rows', ([Math]::Max($ImportRows, $MemoryRows) + 1))
    $zip = Join-Path $outDir 'bench-import.zip'
    try {
        $made = New-BenchReport -BaseUri $emulator.Url -Rows $ImportRows -Path $zip
        Write-Host "   report: $made rows, $([math]::Round((Get-Item $zip).Length / 1MB, 1)) MB ZIP" -ForegroundColor DarkGray
        if ('import' -in $Only) {
            # The floor cmdlet is compiled here, once: compiling it inside a run would warm that run's PowerShell up.
            $floorDll = Join-Path $outDir 'VonageBench.Floor.dll'
            $core = Join-Path $ModulePath 'dependencies/Vonage.Reports.dll'
            Remove-Item $floorDll -ErrorAction SilentlyContinue
            Add-Type -Path (Join-Path $PSScriptRoot 'bench/PipelineFloor.cs') -OutputAssembly $floorDll -OutputType Library `
                -ReferencedAssemblies @($core, [psobject].Assembly.Location, 'netstandard', 'System.Runtime', 'System.Collections')
            # All four take turns, round after round, so a change in the machine's load falls on each; medians compared.
            $ourRuns = [System.Collections.Generic.List[object]]::new()
            $floorRuns = [System.Collections.Generic.List[object]]::new()
            $expandRuns = [System.Collections.Generic.List[object]]::new()
            $castRuns = [System.Collections.Generic.List[object]]::new()
            $inflateRuns = [System.Collections.Generic.List[object]]::new()
            for ($i = 0; $i -lt $ImportRuns; $i++) {
                $ourRuns.Add((Invoke-Scenario 'ImportVonageReportFile' @{ ZipPath = $zip; WarmRuns = $WarmRuns }))
                $floorRuns.Add((Invoke-Scenario 'PipelineFloor' @{ ZipPath = $zip; FloorAssembly = $floorDll; WarmRuns = $WarmRuns }))
                $expandRuns.Add((Invoke-Scenario 'ExpandArchiveImportCsv' @{ ZipPath = $zip }))
                $castRuns.Add((Invoke-Scenario 'ImportCsvWithCasts' @{ ZipPath = $zip }))
                $inflateRuns.Add((Invoke-Scenario 'InflateOnly' @{ ZipPath = $zip }))
            }
            $import = Select-Median $ourRuns
            $floor = Select-Median $floorRuns
            $expand = Select-Median $expandRuns
            $casts = Select-Median $castRuns
            $inflate = Select-Median $inflateRuns
            $ourWarm = Get-Median $ourRuns.WarmSeconds
            $floorWarm = Get-Median $floorRuns.WarmSeconds
            Add-Row 'import' $import ("{0:0.0}x (a), {1:0.0}x (b), {2:0}% of (c) timed, {3:0}% whole-process, {4:0}% warm; targets 3.5x, 10x, 80%; runs {5}; warm {6:0.00} s; CPU {7:0.0} s in the timed run, floor {8:0.0} s, {9} cores" -f `
                ($import.RecordsPerSecond / $expand.RecordsPerSecond), ($import.RecordsPerSecond / $casts.RecordsPerSecond),
                (100 * $import.RecordsPerSecond / $floor.RecordsPerSecond), (100 * $floor.ProcessSeconds / $import.ProcessSeconds),
                (100 * $floorWarm / $ourWarm), $import.Runs, $ourWarm, $import.CpuSeconds, $floor.CpuSeconds, [Environment]::ProcessorCount)
            Add-Row 'import' $expand "(a) Expand-Archive + Import-Csv (strings); runs $($expand.Runs)"
            Add-Row 'import' $casts "(b) Import-Csv + casts; runs $($casts.Runs)"
            Add-Row 'import' $floor ("(c) pipeline floor: a compiled cmdlet writing prebuilt objects (built before the clock); runs {0}; warm {1:0.00} s" -f $floor.Runs, $floorWarm)
            # What 80% of (c) leaves for the work the floor does not do: the CPU all cores can give in that time, less
            # the floor's own and the inflating no importer can skip. On few cores this, not the code, can decide the ratio.
            $budget = [Environment]::ProcessorCount * $floor.Seconds / 0.8
            Add-Row 'import' $inflate ("(d) inflate only (CSV to Stream.Null); runs {0}; 80% of (c) on {1} cores = {2:0.00} core-s: floor {3:0.00} + inflate {4:0.00} leave {5:0.00} to parse {6:N0} rows; ours used {7:0.00} in all" -f `
                    $inflate.Runs, [Environment]::ProcessorCount, $budget, $floor.CpuSeconds, $inflate.CpuSeconds, ($budget - $floor.CpuSeconds - $inflate.CpuSeconds), $import.Records, $import.CpuSeconds)
        }

        if ('memory' -in $Only -and -not $SkipMemory) {
            Write-Host "3. Memory: $MemoryRows-row report" -ForegroundColor Cyan
            $bigZip = Join-Path $outDir 'bench-memory.zip'
            try {
                $made = New-BenchReport -BaseUri $emulator.Url -Rows $MemoryRows -Path $bigZip
                $big = Invoke-Scenario 'ImportVonageReportFile' @{ ZipPath = $bigZip }
                Add-Row 'memory' $big ("{0:N0} rows; target peak RSS < 200 MB" -f $made)
            }
            finally { Remove-Item $bigZip, "$bigZip.rows" -ErrorAction SilentlyContinue }
        }
    }
    finally {
        $emulator.Stop()
        Remove-Item $zip, "$zip.rows" -ErrorAction SilentlyContinue
    }
}

# 4. Import-Module time over a bare pwsh -NoProfile start.
function Add-ImportModuleRow([string] $Scenario, $Time) {
    $note = "adds {0} ms (in-process {2} ms, median of {1}); trivial binary module: {3} ms{4}, with one format file {7} ms; after another module: {5} ms (trivial {6}, with a format file {8}); target < 150 ms" -f `
        $Time.ImportAddsMs, $Time.Runs, $Time.ImportInProcessMs, $Time.TrivialModuleAddsMs, $(if ($Time.SmaReadyToRun) { ' (pwsh R2R)' } else { ' (pwsh not R2R)' }),
        $Time.ImportAfterOtherModuleMs, $Time.TrivialAfterOtherModuleMs, $Time.FormattedModuleAddsMs, $Time.FormattedAfterOtherModuleMs
    $rows.Add([pscustomobject]@{ Benchmark = 'import-module'; Scenario = $Scenario; Records = $null; Seconds = $null; 'Records/s' = $null; 'Process s' = $null; PeakMB = $null; Note = $note })
}
$measureImport = Join-Path $PSScriptRoot 'Measure-Import.ps1'
if ('module' -in $Only -and (Test-Path $measureImport)) {
    Write-Host '4. Import-Module time' -ForegroundColor Cyan
    $importTime = & $measureImport -ModulePath $ModulePath | Select-Object -Last 1
    Add-ImportModuleRow 'Import-Module VonageReports' $importTime
    # The same pwsh compiled ReadyToRun, as the official packages (MSI, tar.gz, Store, Azure Automation) ship it: the
    # dotnet-tool pwsh served here is IL only, so every PowerShell code path an import takes is JIT-compiled first.
    try {
        $readyToRunPwsh = & (Join-Path $PSScriptRoot 'bench/New-ReadyToRunPwsh.ps1') -Destination (Join-Path $outDir 'pwsh-r2r')
        $importTime = & $measureImport -ModulePath $ModulePath -PwshPath $readyToRunPwsh | Select-Object -Last 1
        Add-ImportModuleRow 'Import-Module (ReadyToRun pwsh)' $importTime
    }
    catch { Write-Warning "No ReadyToRun pwsh to time Import-Module on: $_" }
}

$table = $rows | Format-Table -AutoSize | Out-String -Width 400
Write-Host $table
$file = Join-Path $outDir ("bench-{0:yyyyMMdd-HHmmss}.txt" -f (Get-Date))
$table | Set-Content $file
Write-Host "Written to $file" -ForegroundColor Cyan
