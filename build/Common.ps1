# Shared build functions: paths, dotnet invocation, the module layout, the emulator process.
$script:RepoRoot = Split-Path -Parent $PSScriptRoot
# VONAGE_BUILD_ARTIFACTS (optional) keeps one developer's bin/obj/out apart from another's working in the same tree.
$script:ArtifactsPath = $env:VONAGE_BUILD_ARTIFACTS
$script:OutRoot = if ($ArtifactsPath) { Join-Path $ArtifactsPath 'out' } else { Join-Path $RepoRoot 'out' }
$script:ArtifactArgs = if ($ArtifactsPath) { @('--artifacts-path', $ArtifactsPath) } else { @() }

function Get-ModuleVersion {
    (Import-PowerShellDataFile (Join-Path $RepoRoot 'VonageReports.psd1')).ModuleVersion
}

function Get-ModuleOutputPath {
    Join-Path $OutRoot "VonageReports/$(Get-ModuleVersion)"
}

function Get-EmulatorPath([string] $Configuration = 'Release') {
    if ($ArtifactsPath) { return Join-Path $ArtifactsPath "bin/Vonage.Reports.Emulator/$($Configuration.ToLowerInvariant())/Vonage.Reports.Emulator.dll" }
    Join-Path $RepoRoot "src/Vonage.Reports.Emulator/bin/$Configuration/net10.0/Vonage.Reports.Emulator.dll"
}

function Invoke-Dotnet {
    # To the host, never into a caller's return value (functions here return paths).
    & dotnet @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-ModuleBuild([string] $Configuration = 'Release') {
    Write-Host "Building the solution ($Configuration)..." -ForegroundColor Cyan
    Invoke-Dotnet build (Join-Path $RepoRoot 'Vonage.Reports.PowerShell.sln') -c $Configuration --nologo '-v:q' '-clp:ErrorsOnly' @ArtifactArgs
    $publish = Join-Path $OutRoot "publish/$Configuration"
    Invoke-Dotnet publish (Join-Path $RepoRoot 'src/Vonage.Reports.PowerShell/Vonage.Reports.PowerShell.csproj') -c $Configuration -o $publish --no-build --nologo '-v:q' @ArtifactArgs

    $moduleDir = Get-ModuleOutputPath
    if (Test-Path $moduleDir) { Remove-Item $moduleDir -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $moduleDir
    # Module layout: the psd1, format/types files and assemblies (see build/Layout.ps1 for what goes where).
    . (Join-Path $PSScriptRoot 'Layout.ps1')
    Copy-ModuleLayout -PublishDir $publish -ModuleDir $moduleDir -RepoRoot $RepoRoot
    $helpScript = Join-Path $PSScriptRoot 'Build-Help.ps1'
    if (Test-Path $helpScript) { & $helpScript -ModuleDir $moduleDir -DocsDir (Join-Path $RepoRoot 'docs') }
    Write-Host "Module laid out at $moduleDir" -ForegroundColor Cyan
    $moduleDir
}

function Invoke-Clean {
    if (Test-Path $OutRoot) { Remove-Item $OutRoot -Recurse -Force }
    Get-ChildItem $RepoRoot -Include bin, obj -Recurse -Directory | Remove-Item -Recurse -Force
}

Import-Module (Join-Path $PSScriptRoot 'Emulator.psm1') -Force
