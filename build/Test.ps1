# Runs xunit (core, emulator) and Pester (module), then prints one closing line 'N passed, N failed'.
function Get-TrxCounts([string] $Directory) {
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $Directory -Filter *.trx -Recurse -ErrorAction SilentlyContinue) {
        [xml] $xml = Get-Content -LiteralPath $trx.FullName -Raw
        $counters = $xml.TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $skipped += [int] $counters.notExecuted
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; Skipped = $skipped }
}

function Get-PesterModulePath {
    Invoke-Dotnet restore (Join-Path $RepoRoot 'tests/Pester/PesterPackage.csproj') --nologo '-v:q' @ArtifactArgs
    $path = Join-Path $RepoRoot 'out/packages/pester/6.2.0/tools/Pester.psd1'
    if (-not (Test-Path $path)) { throw "Pester was not restored to $path." }
    $path
}

function Invoke-AllTests([string] $Configuration = 'Release', [string] $PesterFilter = '*') {
    $results = Join-Path $OutRoot 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    $null = New-Item -ItemType Directory $results

    Write-Host 'xunit: core and emulator' -ForegroundColor Cyan
    if ($env:VONAGE_SKIP_XUNIT) { Write-Host 'VONAGE_SKIP_XUNIT is set: xunit skipped.' -ForegroundColor Yellow; $global:LASTEXITCODE = 0 } else {
    # One test project at a time (-m:1): the rate-limit tests time requests to the millisecond, and the emulator's
    # suite running beside them on a 2-core machine delayed them past the limiter's guard.
    & dotnet test (Join-Path $RepoRoot 'Vonage.Reports.PowerShell.sln') -c $Configuration --no-build --nologo -m:1 `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory (Join-Path $results 'xunit') @ArtifactArgs | Out-Host
    }
    $xunitExit = $LASTEXITCODE
    $xunit = Get-TrxCounts (Join-Path $results 'xunit')
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) { $xunit.Failed = 1; Write-Host "dotnet test exited with $xunitExit." -ForegroundColor Red }

    Write-Host 'Pester: the module as a user types it' -ForegroundColor Cyan
    $pesterPath = Get-PesterModulePath
    $pesterResult = Join-Path $results 'pester.json'
    # Through the environment: a bare '*' argument to a native command is globbed into file names on Unix.
    $env:VONAGE_PESTER_FILTER = $PesterFilter
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'tests/Pester/Invoke-PesterSuite.ps1') `
        -ModulePath (Get-ModuleOutputPath) -EmulatorPath (Get-EmulatorPath -Configuration $Configuration) -PesterPath $pesterPath -ResultFile $pesterResult | Out-Host
    $pesterExit = $LASTEXITCODE
    $pester = if (Test-Path $pesterResult) { Get-Content $pesterResult -Raw | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
    if ($pesterExit -ne 0 -and $pester.Failed -eq 0) { $pester.Failed = 1; Write-Host "The Pester run exited with $pesterExit." -ForegroundColor Red }

    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    $skipped = $xunit.Skipped + $pester.Skipped
    Write-Host ("xunit: {0} passed, {1} failed, {2} skipped; Pester: {3} passed, {4} failed, {5} skipped" -f $xunit.Passed, $xunit.Failed, $xunit.Skipped, $pester.Passed, $pester.Failed, $pester.Skipped)
    Write-Host ("{0} passed, {1} failed, {2} skipped" -f $passed, $failed, $skipped)
    if ($failed -gt 0 -or $passed -eq 0) { return 1 }
    return 0
}
