#requires -Version 7.0
<#
.SYNOPSIS
    Makes a ReadyToRun copy of this pwsh (as the official PowerShell packages ship it) and returns its pwsh.dll.
.DESCRIPTION
    The pwsh served here is the `dotnet tool` package, whose assemblies carry no precompiled code: every PowerShell
    code path is JIT-compiled on first use, so a bare start and any Import-Module cost far more than on the MSI, the
    tar.gz, the Microsoft Store or the Azure Automation image, which are all ReadyToRun. To show what users see there,
    this copies $PSHOME and compiles each of its managed assemblies with crossgen2 (the Microsoft.NETCore.App.Crossgen2
    package for this runtime's version, restored from the NuGet feed). The copy is kept under -Destination and reused
    while it matches this pwsh. Nothing of it is shipped; the benchmark only starts it to time Import-Module.
    Throws when crossgen2 cannot be restored (for example offline without it in the NuGet cache).
.EXAMPLE
    $pwshDll = & ./build/bench/New-ReadyToRunPwsh.ps1 -Destination out/bench/pwsh-r2r
#>
[CmdletBinding()]
param(
    # Folder for the copy (created; replaced when it was made from another pwsh).
    [Parameter(Mandatory)] [string] $Destination
)
$ErrorActionPreference = 'Stop'

$runtimeVersion = [Environment]::Version.ToString(3)
$stamp = "$($PSVersionTable.PSVersion) on .NET $runtimeVersion"
$marker = Join-Path $Destination 'readytorun.txt'
if ((Test-Path $marker) -and (Get-Content $marker -Raw).Trim() -eq $stamp) { return (Join-Path $Destination 'pwsh.dll') }

. (Join-Path $PSScriptRoot 'BenchFunctions.ps1')

# crossgen2 for this OS and architecture, at this runtime's version, from the NuGet cache (restored if missing).
function Get-Crossgen2 {
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    $package = "microsoft.netcore.app.crossgen2.$os-$arch"
    $cache = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $tools = Join-Path $cache "$package/$runtimeVersion/tools"
    if (-not (Test-Path $tools)) {
        $project = Join-Path ([System.IO.Path]::GetTempPath()) ("crossgen2-restore-" + [guid]::NewGuid().ToString('n'))
        New-Item -ItemType Directory -Path $project | Out-Null
        try {
            Set-Content (Join-Path $project 'restore.csproj') @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net$([Environment]::Version.Major).0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="$package" Version="[$runtimeVersion]" /></ItemGroup>
</Project>
"@
            $output = & dotnet restore (Join-Path $project 'restore.csproj') 2>&1
            if ($LASTEXITCODE -ne 0) { throw "Could not restore $package $runtimeVersion (needed to make a ReadyToRun pwsh): $($output -join ' ')" }
        }
        finally { Remove-Item $project -Recurse -Force -ErrorAction SilentlyContinue }
    }
    $exe = Join-Path $tools ($IsWindows ? 'crossgen2.exe' : 'crossgen2')
    if (-not (Test-Path $exe)) { throw "crossgen2 is not in $tools." }
    $exe
}

$crossgen = Get-Crossgen2
$framework = [System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
$targetOs = if ($IsWindows) { 'windows' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$targetArch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()

Remove-Item $Destination -Recurse -Force -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Path $Destination -Force | Out-Null
Copy-Item -Path (Join-Path $PSHOME '*') -Destination $Destination -Recurse -Force

$clock = [System.Diagnostics.Stopwatch]::StartNew()
$compiled = 0
$assemblies = @(Get-ChildItem $PSHOME -Filter *.dll)
$frameworkAssemblies = @(Get-ChildItem $framework -Filter *.dll)
foreach ($assembly in $assemblies) {
    if ((Test-ReadyToRun $assembly.FullName) -ne $false) { continue }   # already precompiled, or not managed
    $target = Join-Path $Destination $assembly.Name
    # Every reference by name: pwsh expands an unquoted wildcard for a native command on Unix, and crossgen2 refuses
    # an input that a reference pattern matches too.
    $references = foreach ($other in $frameworkAssemblies + $assemblies) { if ($other.FullName -ne $assembly.FullName) { '-r'; $other.FullName } }
    $output = & $crossgen @references --targetos $targetOs --targetarch $targetArch -O $assembly.FullName -o $target 2>&1
    # An assembly crossgen2 cannot compile (a facade, a missing reference) stays IL, as in the official packages.
    if ($LASTEXITCODE -ne 0) { Copy-Item $assembly.FullName $target -Force; Write-Verbose "Kept $($assembly.Name) as IL: $($output | Select-Object -Last 1)"; continue }
    $compiled++
}
Set-Content $marker $stamp
Write-Host ("   ReadyToRun pwsh: {0} assemblies compiled in {1:0} s -> {2}" -f $compiled, $clock.Elapsed.TotalSeconds, $Destination) -ForegroundColor DarkGray
Join-Path $Destination 'pwsh.dll'
