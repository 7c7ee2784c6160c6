# build/Package.ps1's two outputs, used the way users use them: the .nupkg installed with PSResourceGet from a local
# folder repository, and the Azure Automation zip extracted as Automation does - each imported in a fresh pwsh
# (with a throw-away profile, so nothing is registered or installed for the real user) and run against the emulator.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:moduleRoot = Split-Path -Parent $env:VONAGE_TEST_MODULE_PATH
    $script:version = (Import-PowerShellDataFile $env:VONAGE_TEST_MODULE_PATH).ModuleVersion
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:packageDir = Join-Path $TestDrive 'package'
    & (Join-Path $PSScriptRoot '../../build/Package.ps1') -ModulePath $moduleRoot -OutputPath $packageDir 6>&1 | Out-Null
    $script:nupkg = Join-Path $packageDir "VonageReports.$version.nupkg"
    $script:zip = Join-Path $packageDir 'VonageReports.zip'

    # A fresh pwsh whose HOME / LOCALAPPDATA / XDG folders are private to this test; returns its last line as JSON.
    function Invoke-IsolatedPwsh([string] $Script, [hashtable] $Arguments = @{}) {
        $profileRoot = Join-Path $TestDrive ("profile-" + [guid]::NewGuid().ToString('n'))
        $private = @{ HOME = $profileRoot; USERPROFILE = $profileRoot; LOCALAPPDATA = (Join-Path $profileRoot 'AppData/Local'); APPDATA = (Join-Path $profileRoot 'AppData/Roaming')
                      XDG_DATA_HOME = (Join-Path $profileRoot '.local/share'); XDG_CONFIG_HOME = (Join-Path $profileRoot '.config'); XDG_CACHE_HOME = (Join-Path $profileRoot '.cache') }
        foreach ($folder in $private.Values) { $null = New-Item -ItemType Directory -Path $folder -Force }
        $file = Join-Path $TestDrive ("isolated-" + [guid]::NewGuid().ToString('n') + '.ps1')
        Set-Content -Path $file -Value $Script
        $argList = foreach ($key in $Arguments.Keys) { "-$key"; [string] $Arguments[$key] }
        $saved = @{}
        foreach ($name in $private.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $private[$name]) }
        try {
            $output = & $pwsh -NoProfile -NonInteractive -File $file @argList 2>&1
        } finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        if ($LASTEXITCODE -ne 0) { throw "The isolated pwsh failed ($LASTEXITCODE): $($output -join [Environment]::NewLine)" }
        $result = ($output | Select-Object -Last 1) | ConvertFrom-Json
        $result | Add-Member -NotePropertyName ProfileRoot -NotePropertyValue $profileRoot -PassThru
    }

    $script:runRecords = @'
$start = [DateTimeOffset]::Parse($Start)
$cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
$records = @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $BaseUri -MaximumRetryCount 0)
'@
}

Describe 'The .nupkg' {
    It 'is named after the module and its one version, with a nuspec that matches the manifest' {
        $nupkg | Should -Exist
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($nupkg)
        try {
            $nuspecEntry = $archive.Entries | Where-Object FullName -eq 'VonageReports.nuspec'
            $reader = [System.IO.StreamReader]::new($nuspecEntry.Open())
            [xml] $nuspec = $reader.ReadToEnd()
            $reader.Dispose()
            $entries = @($archive.Entries.FullName)
        } finally { $archive.Dispose() }
        $nuspec.package.metadata.id | Should -Be 'VonageReports'
        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.tags -split ' ' | Should -Contain 'PSModule'
        $nuspec.package.metadata.projectUrl | Should -Not -BeNullOrEmpty
        # The same files as the built module folder.
        $moduleFiles = Get-ChildItem $moduleRoot -Recurse -File | ForEach-Object { [System.IO.Path]::GetRelativePath($moduleRoot, $_.FullName).Replace('\', '/') }
        foreach ($file in $moduleFiles) { $entries | Should -Contain $file }
    }

    It 'installs from a local folder repository with PSResourceGet (Register-PSResourceRepository, Install-PSResource), imports in a fresh pwsh and reads records from the emulator' {
        $result = Invoke-IsolatedPwsh -Arguments @{ Repository = $packageDir; BaseUri = $base; Start = $start.ToString('o') } -Script (@'
param($Repository, $BaseUri, $Start)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name VonageLocal -Uri $Repository -Trusted
$found = Find-PSResource -Name VonageReports -Repository VonageLocal
Install-PSResource -Name VonageReports -Repository VonageLocal -Scope CurrentUser -TrustRepository -Quiet
Import-Module VonageReports
'@ + "`n" + $runRecords + "`n" + @'
$module = Get-Module VonageReports
[pscustomobject]@{ Found = $found.Version.ToString(); ModuleBase = $module.ModuleBase; Version = $module.Version.ToString(); Count = $records.Count
    Type = $records[0].GetType().FullName; Help = (Get-Help Get-VonageRecord).Synopsis } | ConvertTo-Json -Compress
'@)
        $result.Found | Should -Be $version
        $result.ModuleBase | Should -BeLike "$($result.ProfileRoot)*"
        $result.Version | Should -Be $version
        $result.Count | Should -Be 6
        $result.Type | Should -Be 'Vonage.Reports.Models.SmsRecord'
        $result.Help | Should -Not -BeNullOrEmpty
    }
}

Describe 'The Azure Automation zip' {
    It 'holds the module folder at its root, under 100 MB, with no path over 140 characters' {
        $zip | Should -Exist
        (Get-Item $zip).Length | Should -BeLessThan 100MB
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($zip)
        try { $entries = @($archive.Entries.FullName) } finally { $archive.Dispose() }
        foreach ($entry in $entries) {
            $entry | Should -BeLike 'VonageReports/*'
            $entry.Length | Should -BeLessOrEqual 140 -Because $entry
            $entry | Should -Not -Match '\\' -Because 'zip entries use forward slashes'
        }
        $entries | Should -Contain 'VonageReports/VonageReports.psd1'
        $entries | Should -Contain 'VonageReports/Vonage.Reports.PowerShell.dll'
        $entries | Should -Contain 'VonageReports/dependencies/Vonage.Reports.dll'
        $entries | Should -Contain 'VonageReports/en-US/Vonage.Reports.PowerShell.dll-Help.xml'
    }

    It 'extracted as Automation does, imports by name in a fresh pwsh and reads records from the emulator' {
        $modules = Join-Path $TestDrive 'automation-modules'
        Expand-Archive -Path $zip -DestinationPath $modules
        $result = Invoke-IsolatedPwsh -Arguments @{ Modules = $modules; BaseUri = $base; Start = $start.ToString('o') } -Script (@'
param($Modules, $BaseUri, $Start)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $Modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module VonageReports
'@ + "`n" + $runRecords + "`n" + @'
[pscustomobject]@{ ModuleBase = (Get-Module VonageReports).ModuleBase; Count = $records.Count } | ConvertTo-Json -Compress
'@)
        $result.ModuleBase | Should -Be (Join-Path $modules 'VonageReports')
        $result.Count | Should -Be 6
    }
}
