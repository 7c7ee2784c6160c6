# Runs every *.Tests.ps1 here against the built module and one shared emulator; writes counts to -ResultFile.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath,
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ResultFile,
    # Only the *.Tests.ps1 files whose name matches (default: VONAGE_PESTER_FILTER, else all).
    [string] $Filter = $(if ($env:VONAGE_PESTER_FILTER) { $env:VONAGE_PESTER_FILTER } else { '*' })
)
$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
Import-Module (Join-Path $PSScriptRoot '../../build/Emulator.psm1') -Force

$emulator = Start-Emulator -EmulatorPath $EmulatorPath
try {
    $env:VONAGE_TEST_MODULE_PATH = Join-Path $ModulePath 'VonageReports.psd1'
    $env:VONAGE_TEST_EMULATOR_PATH = $EmulatorPath
    $env:VONAGE_TEST_EMULATOR_URL = $emulator.Url
    $config = New-PesterConfiguration
    $config.Run.Path = @(Get-ChildItem $PSScriptRoot -Filter '*.Tests.ps1' | Where-Object Name -like $Filter | ForEach-Object FullName)
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Normal'
    $config.TestResult.Enabled = $true
    $config.TestResult.OutputPath = [System.IO.Path]::ChangeExtension($ResultFile, '.xml')
    $result = Invoke-Pester -Configuration $config
    $failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    [pscustomobject]@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount } | ConvertTo-Json | Set-Content $ResultFile
    exit ([int]($failed -gt 0))
}
finally {
    $emulator.Stop()
}
