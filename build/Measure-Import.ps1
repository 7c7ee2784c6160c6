#requires -Version 7.0
<#
.SYNOPSIS
    How much Import-Module VonageReports adds to a bare `pwsh -NoProfile` start (the benchmark's target: < 150 ms).
.DESCRIPTION
    Starts fresh pwsh processes, alternating a bare start (`exit`) with a start that imports the module and
    exits, and prints the medians and the added time (median with import - median bare). Alternating keeps
    machine noise (other builds, caches) from favouring either side. Returns one object for build/Bench.ps1.
.EXAMPLE
    dotnet pwsh ./build/Measure-Import.ps1 -ModulePath out/VonageReports/0.1.0 -Runs 11
#>
[CmdletBinding()]
param(
    # The module folder (out/VonageReports/<version>) or its .psd1.
    [Parameter(Mandatory)] [string] $ModulePath,
    [ValidateRange(3, 101)] [int] $Runs = 11,
    # Untimed starts first, so the OS file cache is warm for both sides.
    [ValidateRange(0, 10)] [int] $Warmup = 2,
    # Also run one command that uses the core (a call refused before any HTTP), to show what the first command costs.
    [switch] $IncludeFirstCommand
)
$ErrorActionPreference = 'Stop'
$manifest = if ($ModulePath -like '*.psd1') { (Resolve-Path $ModulePath).Path } else { (Resolve-Path (Join-Path $ModulePath 'VonageReports.psd1')).Path }

# The same pwsh as this one: the apphost in $PSHOME, or `dotnet pwsh.dll` (the local-tool install).
$apphost = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
$launcher = if (Test-Path $apphost) { @($apphost) } else { @('dotnet', (Join-Path $PSHOME 'pwsh.dll')) }

# Wall time of one fresh pwsh running $Command, plus what the command printed (the in-process import time).
function Measure-Start([string] $Command) {
    $exe, $rest = $launcher
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $printed = & $exe @rest -NoProfile -NonInteractive -Command $Command
    $clock.Stop()
    if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE running: $Command" }
    [pscustomobject]@{ WallMs = $clock.Elapsed.TotalMilliseconds; PrintedMs = ($printed | Select-Object -Last 1) -as [double] }
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

$bareCommand = 'exit 0'
# Also timed inside the process: steadier than the difference of two process starts on a busy machine.
$importCommand = "`$clock = [System.Diagnostics.Stopwatch]::StartNew(); Import-Module '$($manifest -replace "'", "''")'; `$clock.Elapsed.TotalMilliseconds; exit 0"
$firstCommand = "Import-Module '$($manifest -replace "'", "''")'; try { Get-VonageRecord -Product NOSUCH -Last 1h -Credential ([pscredential]::new('abcd1234', (ConvertTo-SecureString 'x' -AsPlainText -Force))) -ErrorAction Stop } catch { }; exit 0"

for ($i = 0; $i -lt $Warmup; $i++) { $null = Measure-Start $bareCommand; $null = Measure-Start $importCommand }

$bare = [System.Collections.Generic.List[double]]::new()
$import = [System.Collections.Generic.List[double]]::new()
$inProcess = [System.Collections.Generic.List[double]]::new()
$first = [System.Collections.Generic.List[double]]::new()
for ($i = 0; $i -lt $Runs; $i++) {
    $bare.Add((Measure-Start $bareCommand).WallMs)
    $run = Measure-Start $importCommand
    $import.Add($run.WallMs)
    $inProcess.Add($run.PrintedMs)
    if ($IncludeFirstCommand) { $first.Add((Measure-Start $firstCommand).WallMs) }
}

$bareMedian = Get-Median $bare
$importMedian = Get-Median $import
$result = [pscustomobject]@{
    Runs              = $Runs
    BareStartMs       = [math]::Round($bareMedian, 1)
    WithImportMs      = [math]::Round($importMedian, 1)
    ImportAddsMs      = [math]::Round($importMedian - $bareMedian, 1)
    ImportInProcessMs = [math]::Round((Get-Median $inProcess), 1)
    FirstCommandAddsMs = if ($IncludeFirstCommand) { [math]::Round((Get-Median $first) - $bareMedian, 1) } else { $null }
    TargetMs          = 150
}
Write-Host ("Import-Module VonageReports adds {0} ms to a bare pwsh -NoProfile start (median of {1}: {2} ms bare, {3} ms with the import; {4} ms timed inside the process; target < {5} ms){6}" -f `
        $result.ImportAddsMs, $Runs, $result.BareStartMs, $result.WithImportMs, $result.ImportInProcessMs, $result.TargetMs,
        $(if ($IncludeFirstCommand) { "; import + first command adds $($result.FirstCommandAddsMs) ms" } else { '' }))
$result
