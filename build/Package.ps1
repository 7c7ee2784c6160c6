#requires -Version 7.4
<#
.SYNOPSIS
    Packages the built module: (a) VonageReports.<version>.nupkg for PSResourceGet/PowerShellGet (a local folder
    repository, a NuGet feed or the Gallery) and (b) VonageReports.zip for Azure Automation's module import.
.DESCRIPTION
    The .nupkg is made by PSResourceGet's own Publish-PSResource into a folder repository, so it is exactly what
    Install-PSResource / Install-Module expect. The repository is registered in a throw-away profile (a child pwsh with
    its own HOME / LOCALAPPDATA): the user's repository list is never touched.
    The zip holds the module folder at its root (VonageReports/VonageReports.psd1, ...), as Azure Automation wants,
    and is checked against its limits: under 100 MB, no path over 140 characters.
    Both are written under temporary names and renamed into place, so a failed run leaves no half-written package.
.EXAMPLE
    dotnet pwsh ./build.ps1 Package
#>
[CmdletBinding()]
param(
    # out/VonageReports/<version>, as laid out by the Build task.
    [Parameter(Mandatory)] [string] $ModulePath,
    # Defaults to out/package beside out/VonageReports.
    [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$script:ModuleName = 'VonageReports'
$script:AutomationMaxBytes = 100MB
$script:AutomationMaxPath = 140

$ModulePath = (Resolve-Path $ModulePath).Path
if (-not $OutputPath) { $OutputPath = Join-Path (Split-Path -Parent (Split-Path -Parent $ModulePath)) 'package' }
$manifestPath = Join-Path $ModulePath "$ModuleName.psd1"
$manifest = Test-ModuleManifest -Path $manifestPath -ErrorAction Stop
$version = $manifest.Version.ToString()

if (Test-Path $OutputPath) { Remove-Item $OutputPath -Recurse -Force }
$null = New-Item -ItemType Directory -Path $OutputPath
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("vonage-package-" + [guid]::NewGuid().ToString('n'))
try {
    # The module folder under its own name: what both packages carry.
    $staged = Join-Path $work "stage/$ModuleName"
    $null = New-Item -ItemType Directory -Path $staged
    Copy-Item (Join-Path $ModulePath '*') $staged -Recurse

    # (a) .nupkg through Publish-PSResource, in a child pwsh with a private profile.
    $repository = Join-Path $work 'repository'
    $profileRoot = Join-Path $work 'profile'
    $null = New-Item -ItemType Directory -Path $repository, $profileRoot
    $publish = @'
param($Repository, $Path)
$ErrorActionPreference = 'Stop'
# Refuse to run against a real profile: the parent pointed HOME/LOCALAPPDATA at a throw-away folder.
$store = [Environment]::GetFolderPath([Environment+SpecialFolder]::LocalApplicationData)
if (-not $store -or -not $store.StartsWith((Split-Path -Parent $Repository))) { throw "The private profile did not take effect (LocalApplicationData = '$store')." }
Register-PSResourceRepository -Name VonageReportsBuild -Uri $Repository -Trusted
Publish-PSResource -Path $Path -Repository VonageReportsBuild
'@
    $publishScript = Join-Path $work 'publish.ps1'
    Set-Content -Path $publishScript -Value $publish
    $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $saved = @{}
    $private = @{ HOME = $profileRoot; USERPROFILE = $profileRoot; LOCALAPPDATA = (Join-Path $profileRoot 'AppData/Local'); APPDATA = (Join-Path $profileRoot 'AppData/Roaming')
                  XDG_DATA_HOME = (Join-Path $profileRoot '.local/share'); XDG_CONFIG_HOME = (Join-Path $profileRoot '.config'); XDG_CACHE_HOME = (Join-Path $profileRoot '.cache') }
    # .NET reports a special folder that does not exist yet as '' (PSResourceGet would then write beside the current directory).
    foreach ($folder in $private.Values) { $null = New-Item -ItemType Directory -Path $folder -Force }
    foreach ($name in $private.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $private[$name]) }
    try {
        & $pwsh -NoProfile -NonInteractive -File $publishScript -Repository $repository -Path $staged
        if ($LASTEXITCODE -ne 0) { throw "Publish-PSResource failed (exit code $LASTEXITCODE)." }
    } finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    $nupkg = Get-Item (Join-Path $repository "$ModuleName.$version.nupkg")
    Move-Item $nupkg.FullName (Join-Path $OutputPath $nupkg.Name)

    # (b) Azure Automation zip: VonageReports/ at the root.
    $entries = Get-ChildItem $staged -Recurse -File | ForEach-Object { "$ModuleName/" + [System.IO.Path]::GetRelativePath($staged, $_.FullName).Replace('\', '/') }
    $tooLong = @($entries | Where-Object Length -gt $AutomationMaxPath)
    if ($tooLong) { throw "Paths over $AutomationMaxPath characters cannot be imported by Azure Automation: $($tooLong -join ', ')" }
    $zipName = "$ModuleName.zip"
    $partial = Join-Path $OutputPath "$zipName.partial"
    [System.IO.Compression.ZipFile]::CreateFromDirectory($staged, $partial, [System.IO.Compression.CompressionLevel]::Optimal, $true)
    if ((Get-Item $partial).Length -ge $AutomationMaxBytes) { Remove-Item $partial; throw "The Azure Automation zip is over 100 MB." }
    Move-Item $partial (Join-Path $OutputPath $zipName)
} finally {
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}

$lines = foreach ($file in Get-ChildItem $OutputPath -File | Sort-Object Name) {
    '{0}  {1}' -f (Get-FileHash $file.FullName -Algorithm SHA256).Hash.ToLowerInvariant(), $file.Name
}
Set-Content -Path (Join-Path $OutputPath 'SHA256SUMS') -Value $lines
foreach ($file in Get-ChildItem $OutputPath -File | Where-Object Name -ne SHA256SUMS | Sort-Object Name) {
    Write-Host ("Package: {0} ({1:N0} KB)" -f $file.FullName, ($file.Length / 1KB)) -ForegroundColor Cyan
}
Get-ChildItem $OutputPath -File | Where-Object Name -ne SHA256SUMS | Sort-Object Name
