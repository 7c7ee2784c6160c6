#requires -Version 7.0
<#
.SYNOPSIS
    How much Import-Module VonageReports adds to a bare `pwsh -NoProfile` start (the benchmark's target: < 150 ms),
    beside what a trivial one-cmdlet binary module with a minimal manifest adds on the same host.
.DESCRIPTION
    Starts fresh pwsh processes in rounds: for VonageReports, then for a trivial module (compiled at run time, untimed,
    into a temporary folder), a bare start (`exit 0`), a start that only imports the module and exits, and a start
    that times Import-Module with a Stopwatch inside the process (also after importing Microsoft.PowerShell.Utility,
    which shows the module's own share once PowerShell's module machinery has run). Every timed start follows an untimed bare start,
    because pwsh writes a startup JIT profile at exit that the next start replays: after an import, a bare start
    measured ~40 ms slower and an import ~40 ms faster inside the process.
    "Adds" is the median over the rounds of (import start - the bare start just before it).

    The trivial module shows PowerShell's own floor on this host: manifest processing and binary-module loading cost
    far more when System.Management.Automation.dll is not ReadyToRun (the dotnet-tool pwsh package), because every
    PowerShell code path the import takes is JIT-compiled first. The script prints whether it is.
    Returns one object for build/Bench.ps1.
.EXAMPLE
    dotnet pwsh ./build/Measure-Import.ps1 -ModulePath out/VonageReports/0.1.0 -Runs 11
#>
[CmdletBinding()]
param(
    # The module folder (out/VonageReports/<version>) or its .psd1.
    [Parameter(Mandatory)] [string] $ModulePath,
    [ValidateRange(3, 101)] [int] $Runs = 11,
    # Untimed rounds first, so the OS file cache is warm for every side.
    [ValidateRange(0, 10)] [int] $Warmup = 1,
    # Also run one command that uses the core (a call refused before any HTTP), to show what the first command costs.
    [switch] $IncludeFirstCommand,
    # Another pwsh to start (its pwsh.dll or apphost), such as the ReadyToRun copy bench/New-ReadyToRunPwsh.ps1 makes;
    # by default the one running this script.
    [string] $PwshPath
)
$ErrorActionPreference = 'Stop'
$manifest = if ($ModulePath -like '*.psd1') { (Resolve-Path $ModulePath).Path } else { (Resolve-Path (Join-Path $ModulePath 'VonageReports.psd1')).Path }

# The same pwsh as this one (the apphost in $PSHOME, or `dotnet pwsh.dll` for the local-tool install), or -PwshPath.
$apphost = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
if ($PwshPath) { $PwshPath = (Resolve-Path $PwshPath).Path }
$launcher = @(if ($PwshPath) { if ($PwshPath -like '*.dll') { 'dotnet', $PwshPath } else { $PwshPath } }
              elseif (Test-Path $apphost) { $apphost } else { 'dotnet', (Join-Path $PSHOME 'pwsh.dll') })
$pwshHome = if ($PwshPath) { Split-Path -Parent $PwshPath } else { $PSHOME }

. (Join-Path $PSScriptRoot 'bench/BenchFunctions.ps1')

# A one-cmdlet binary module behind a minimal manifest, in a new temporary folder; returns its .psd1. With
# -WithFormat it also ships one small format file (a table view for its output), as a module with default views does:
# PowerShell's format loader then starts at import, a fixed cost however small the file.
function New-TrivialModule([switch] $WithFormat) {
    $name = if ($WithFormat) { 'TrivialFormattedModule' } else { 'TrivialBinaryModule' }
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ("measure-import-" + [guid]::NewGuid().ToString('n'))
    $moduleDir = New-Item -ItemType Directory -Path (Join-Path $folder $name)
    Add-Type -OutputAssembly (Join-Path $moduleDir "$name.dll") -TypeDefinition @'
using System.Management.Automation;
public sealed class TrivialThing { public int Value { get; set; } }
[Cmdlet(VerbsCommon.Get, "TrivialThing")]
public sealed class GetTrivialThingCommand : PSCmdlet
{
    protected override void ProcessRecord() { WriteObject(new TrivialThing { Value = 1 }); }
}
'@
    $formats = '@()'
    if ($WithFormat) {
        Set-Content -Path (Join-Path $moduleDir "$name.format.ps1xml") -Value @'
<?xml version="1.0" encoding="utf-8"?>
<Configuration><ViewDefinitions><View><Name>TrivialThing</Name><ViewSelectedBy><TypeName>TrivialThing</TypeName></ViewSelectedBy>
<TableControl><TableHeaders><TableColumnHeader><Label>Value</Label></TableColumnHeader></TableHeaders>
<TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Value</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries>
</TableControl></View></ViewDefinitions></Configuration>
'@
        $formats = "@('$name.format.ps1xml')"
    }
    $psd1 = Join-Path $moduleDir "$name.psd1"
    Set-Content -Path $psd1 -Value @"
@{
    ModuleVersion     = '1.0.0'
    GUID              = '$([guid]::NewGuid())'
    RootModule        = '$name.dll'
    FormatsToProcess  = $formats
    CmdletsToExport   = @('Get-TrivialThing')
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
"@
    $psd1
}

# Wall time of one fresh pwsh running $Command, plus the last number it printed (an in-process import time).
function Measure-Start([string] $Command) {
    $exe = $launcher[0]; $rest = @($launcher | Select-Object -Skip 1)
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $printed = & $exe @rest -NoProfile -NonInteractive -Command $Command
    $clock.Stop()
    if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE running: $Command" }
    [pscustomobject]@{ WallMs = $clock.Elapsed.TotalMilliseconds; PrintedMs = ($printed | Select-Object -Last 1) -as [double] }
}

# Untimed bare start first, so the next start replays a bare start's JIT profile, not an import's.
function Measure-AfterBare([string] $Command) {
    $null = Measure-Start $bareCommand
    Measure-Start $Command
}

# One round for one module: a bare start, a start that imports it, a start that times the import inside, and one that
# times it inside after PowerShell has imported another module (its module machinery then runs warm).
function Measure-Module([string] $Psd1) {
    $bareMs = (Measure-AfterBare $bareCommand).WallMs
    $withMs = (Measure-Start "$(Get-ImportLine $Psd1)exit 0").WallMs
    $inProcessMs = (Measure-AfterBare (Get-TimedImport $Psd1)).PrintedMs
    $afterOtherMs = (Measure-AfterBare ("Import-Module Microsoft.PowerShell.Utility; " + (Get-TimedImport $Psd1))).PrintedMs
    [pscustomobject]@{ BareMs = $bareMs; WallMs = $withMs; AddsMs = $withMs - $bareMs; InProcessMs = $inProcessMs; AfterOtherModuleMs = $afterOtherMs }
}

function Get-ImportLine([string] $Psd1) { "Import-Module '$($Psd1 -replace "'", "''")'; " }
# Timed inside the process as well: steadier than the difference of two process starts on a busy machine.
# [Console]::WriteLine, not the pipeline: printing through Out-Default would start the formatting system.
function Get-TimedImport([string] $Psd1) {
    "`$clock = [System.Diagnostics.Stopwatch]::StartNew(); $(Get-ImportLine $Psd1)[Console]::WriteLine(`$clock.Elapsed.TotalMilliseconds); exit 0"
}

$smaReadyToRun = [bool] (Test-ReadyToRun (Join-Path $pwshHome 'System.Management.Automation.dll'))
$trivialManifest = New-TrivialModule
$formattedManifest = New-TrivialModule -WithFormat
try {
    $bareCommand = 'exit 0'
    $firstCommand = "$(Get-ImportLine $manifest)try { Get-VonageRecord -Product NOSUCH -Last 1h -Credential ([pscredential]::new('abcd1234', (ConvertTo-SecureString 'x' -AsPlainText -Force))) -ErrorAction Stop } catch { }; exit 0"

    for ($i = 0; $i -lt $Warmup; $i++) { $null = Measure-Module $manifest; $null = Measure-Module $trivialManifest; $null = Measure-Module $formattedManifest }

    $ours = [System.Collections.Generic.List[object]]::new()
    $trivial = [System.Collections.Generic.List[object]]::new()
    $formatted = [System.Collections.Generic.List[object]]::new()
    $firstAdds = [System.Collections.Generic.List[double]]::new()
    for ($i = 0; $i -lt $Runs; $i++) {
        $ours.Add((Measure-Module $manifest))
        $trivial.Add((Measure-Module $trivialManifest))
        $formatted.Add((Measure-Module $formattedManifest))
        if ($IncludeFirstCommand) {
            $bareMs = (Measure-AfterBare $bareCommand).WallMs
            $firstAdds.Add((Measure-Start $firstCommand).WallMs - $bareMs)
        }
    }
}
finally {
    foreach ($made in $trivialManifest, $formattedManifest) {
        Remove-Item (Split-Path -Parent (Split-Path -Parent $made)) -Recurse -Force -ErrorAction SilentlyContinue
    }
}

$result = [pscustomobject]@{
    Runs                     = $Runs
    BareStartMs              = [math]::Round((Get-Median ($ours.BareMs + $trivial.BareMs)), 1)
    WithImportMs             = [math]::Round((Get-Median $ours.WallMs), 1)
    ImportAddsMs             = [math]::Round((Get-Median $ours.AddsMs), 1)
    ImportInProcessMs        = [math]::Round((Get-Median $ours.InProcessMs), 1)
    TrivialModuleAddsMs      = [math]::Round((Get-Median $trivial.AddsMs), 1)
    TrivialModuleInProcessMs = [math]::Round((Get-Median $trivial.InProcessMs), 1)
    ImportAfterOtherModuleMs = [math]::Round((Get-Median $ours.AfterOtherModuleMs), 1)
    TrivialAfterOtherModuleMs = [math]::Round((Get-Median $trivial.AfterOtherModuleMs), 1)
    FormattedModuleAddsMs    = [math]::Round((Get-Median $formatted.AddsMs), 1)
    FormattedModuleInProcessMs = [math]::Round((Get-Median $formatted.InProcessMs), 1)
    FormattedAfterOtherModuleMs = [math]::Round((Get-Median $formatted.AfterOtherModuleMs), 1)
    SmaReadyToRun            = $smaReadyToRun
    FirstCommandAddsMs       = if ($IncludeFirstCommand) { [math]::Round((Get-Median $firstAdds), 1) } else { $null }
    TargetMs                 = 150
}
Write-Host ("Import-Module VonageReports adds {0} ms to a bare pwsh -NoProfile start (median of {1} rounds; bare start {2} ms; {3} ms timed inside the process; target < {4} ms){5}" -f `
        $result.ImportAddsMs, $Runs, $result.BareStartMs, $result.ImportInProcessMs, $result.TargetMs,
        $(if ($IncludeFirstCommand) { "; import + first command adds $($result.FirstCommandAddsMs) ms" } else { '' }))
Write-Host ("A trivial binary module with a manifest adds {0} ms ({1} ms inside the process) on this host: PowerShell's own floor. System.Management.Automation.dll is {2}ReadyToRun{3}." -f `
        $result.TrivialModuleAddsMs, $result.TrivialModuleInProcessMs, $(if ($smaReadyToRun) { '' } else { 'not ' }),
        $(if ($smaReadyToRun) { '' } else { ' (every PowerShell code path an import takes is JIT-compiled first)' }))
Write-Host ("The trivial module with one small format file adds {0} ms ({1} ms inside the process; {2} ms after another module): PowerShell's floor for a module with default views." -f `
        $result.FormattedModuleAddsMs, $result.FormattedModuleInProcessMs, $result.FormattedAfterOtherModuleMs)
Write-Host ("Once PowerShell has imported another module (Microsoft.PowerShell.Utility), importing VonageReports takes {0} ms inside the process, the trivial module {1} ms: the rest of a first import is PowerShell's module machinery starting." -f `
        $result.ImportAfterOtherModuleMs, $result.TrivialAfterOtherModuleMs)
$result
