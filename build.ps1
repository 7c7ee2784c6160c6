#requires -Version 7.0
<#
.SYNOPSIS
    Builds, tests, demonstrates, benchmarks and packages VonageReports.
.DESCRIPTION
    Build   - compiles the solution and lays the module out as out/VonageReports/<version>/ (ready for Import-Module).
    Test    - Build, then xunit (core and emulator) and Pester (the module as a user types it); prints 'N passed, N failed'.
    Demo    - Build, start the emulator on a free loopback port, run a short admin session against it, stop the emulator.
    Bench   - Build, then the benchmarks (kept out of Test); prints a table and writes it to out/bench/.
    Package - Build, then a .nupkg and an Azure Automation zip under out/package/.
    Clean   - removes out/ and every bin/obj.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Demo
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Skip the compile step (the module under out/ must exist).
    [switch] $NoBuild,

    # Test: run only the Pester files whose name matches (e.g. 'Credentials*'); xunit still runs unless VONAGE_SKIP_XUNIT is set.
    [string] $PesterFilter = '*',

    # Bench: run only these benchmarks (sync, import, memory, module); all by default.
    [ValidateSet('sync', 'import', 'memory', 'module')]
    [string[]] $Benchmark = @('sync', 'import', 'memory', 'module')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $PSScriptRoot 'build/Common.ps1')

switch ($Task) {
    'Build'   { Invoke-ModuleBuild -Configuration $Configuration | Out-Null }
    'Test'    { if (-not $NoBuild) { Invoke-ModuleBuild -Configuration $Configuration | Out-Null }; . (Join-Path $PSScriptRoot 'build/Test.ps1'); exit (Invoke-AllTests -Configuration $Configuration -PesterFilter $PesterFilter) }
    'Demo'    { if (-not $NoBuild) { Invoke-ModuleBuild -Configuration $Configuration | Out-Null }; & (Join-Path $PSScriptRoot 'build/Demo.ps1') -ModulePath (Get-ModuleOutputPath) -EmulatorPath (Get-EmulatorPath -Configuration $Configuration) }
    'Bench'   { if (-not $NoBuild) { Invoke-ModuleBuild -Configuration $Configuration | Out-Null }; & (Join-Path $PSScriptRoot 'build/Bench.ps1') -ModulePath (Get-ModuleOutputPath) -EmulatorPath (Get-EmulatorPath -Configuration $Configuration) -Configuration $Configuration -Only $Benchmark }
    'Package' { if (-not $NoBuild) { Invoke-ModuleBuild -Configuration $Configuration | Out-Null }; & (Join-Path $PSScriptRoot 'build/Package.ps1') -ModulePath (Get-ModuleOutputPath) }
    'Clean'   { Invoke-Clean }
}
