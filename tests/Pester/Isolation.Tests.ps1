# Dependency isolation: what the layout ships, what Windows PowerShell 5.1 needs (proved by construction: it cannot
# run here), and the conflict case on pwsh 7.x - another module's Polly.Core / Microsoft.Bcl.AsyncInterfaces already
# in the default load context, then our module imported and used against the emulator in the same fresh process.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    . (Join-Path $PSScriptRoot '../../build/Layout.ps1')   # Get-AssemblyTargetFramework
    $script:moduleDir = Split-Path -Parent $env:VONAGE_TEST_MODULE_PATH
    $script:dependencies = Join-Path $moduleDir 'dependencies'
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')

    # Runs a script in a fresh pwsh (nothing of this session's assemblies) and returns its last output line as JSON.
    function Invoke-FreshPwsh([string] $Script, [hashtable] $Arguments = @{}) {
        $file = Join-Path $TestDrive ("fresh-" + [guid]::NewGuid().ToString('n') + '.ps1')
        Set-Content -Path $file -Value $Script
        $argList = foreach ($key in $Arguments.Keys) { "-$key"; [string] $Arguments[$key] }
        $output = & $pwsh -NoProfile -NonInteractive -File $file @argList 2>&1
        if ($LASTEXITCODE -ne 0) { throw "The fresh pwsh failed ($LASTEXITCODE): $($output -join [Environment]::NewLine)" }
        ($output | Select-Object -Last 1) | ConvertFrom-Json
    }

    # Assembly references from metadata, without loading anything.
    function Get-AssemblyReferences([string] $Path) {
        $stream = [System.IO.File]::OpenRead($Path)
        try {
            $reader = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader([System.Reflection.PortableExecutable.PEReader]::new($stream))
            foreach ($handle in $reader.AssemblyReferences) {
                $reference = $reader.GetAssemblyReference($handle)
                [pscustomobject]@{ Name = $reader.GetString($reference.Name); Version = $reference.Version }
            }
        } finally { $stream.Dispose() }
    }

    # The other module's versions: restored by a test-only project so a clean CI machine has them too.
    $packages = if ($env:VONAGE_BUILD_ARTIFACTS) { Join-Path $env:VONAGE_BUILD_ARTIFACTS 'packages' } else { Join-Path $PSScriptRoot '../../out/packages' }
    $artifacts = if ($env:VONAGE_BUILD_ARTIFACTS) { Join-Path $env:VONAGE_BUILD_ARTIFACTS 'isolation-conflict' } else { Join-Path $PSScriptRoot '../../out/isolation-conflict' }
    & dotnet restore (Join-Path $PSScriptRoot 'IsolationConflict/IsolationConflict.csproj') --packages $packages --artifacts-path $artifacts --nologo -v:q | Out-Null
    if ($LASTEXITCODE -ne 0) { throw 'Restoring tests/Pester/IsolationConflict failed.' }
    $script:otherPolly = Join-Path $packages 'polly.core/8.4.2/lib/netstandard2.0/Polly.Core.dll'
    $script:otherBcl = Join-Path $packages 'microsoft.bcl.asyncinterfaces/6.0.0/lib/netstandard2.0/Microsoft.Bcl.AsyncInterfaces.dll'
}

Describe 'Module layout' {
    It 'puts only the cmdlet assembly at the module root' {
        @(Get-ChildItem $moduleDir -Filter *.dll -File).Name | Should -Be @('Vonage.Reports.PowerShell.dll')
    }

    It 'puts the core and every third-party DLL in dependencies/' {
        $shipped = @(Get-ChildItem $dependencies -Filter *.dll).BaseName
        foreach ($name in 'Vonage.Reports', 'Polly.Core', 'Microsoft.Bcl.AsyncInterfaces', 'Microsoft.Bcl.TimeProvider', 'System.Text.Json', 'System.Memory', 'Vonage.Reports.PowerShell.Isolation') {
            $shipped | Should -Contain $name
        }
    }
}

Describe 'Windows PowerShell 5.1, by construction (it cannot run here)' {
    It 'targets netstandard2.0 (or older netstandard builds) in every assembly 5.1 may load' {
        foreach ($dll in Get-ChildItem $moduleDir -Filter *.dll -Recurse | Where-Object Name -ne 'Vonage.Reports.PowerShell.Isolation.dll') {
            $framework = Get-AssemblyTargetFramework $dll.FullName
            if ($framework) { $framework | Should -Match '^\.NETStandard,Version=v(1\.\d|2\.0)$' -Because $dll.Name }
            # Built against netstandard (the facade .NET Framework 4.7.2 has), not against a .NET Core System.Runtime.
            (Get-AssemblyReferences $dll.FullName).Name | Should -Not -Contain 'System.Runtime' -Because $dll.Name
        }
    }

    It 'ships every assembly the closure references, at the referenced version or higher (what 5.1 binding redirects would do)' {
        $shipped = @{}
        foreach ($dll in Get-ChildItem $moduleDir -Filter *.dll -Recurse) { $shipped[$dll.BaseName] = [System.Reflection.AssemblyName]::GetAssemblyName($dll.FullName).Version }
        # What .NET Framework 4.7.2 / Windows PowerShell 5.1 provide themselves.
        $platform = 'netstandard', 'mscorlib', 'System', 'System.Core', 'System.Management.Automation'
        foreach ($dll in Get-ChildItem $moduleDir -Filter *.dll -Recurse | Where-Object Name -ne 'Vonage.Reports.PowerShell.Isolation.dll') {
            foreach ($reference in Get-AssemblyReferences $dll.FullName) {
                if ($reference.Name -in $platform) { continue }
                $shipped.Keys | Should -Contain $reference.Name -Because "$($dll.Name) references $($reference.Name) $($reference.Version)"
                $shipped[$reference.Name] | Should -BeGreaterOrEqual $reference.Version -Because "$($dll.Name) references $($reference.Name) $($reference.Version)"
            }
        }
    }

    It 'loads the net8.0 load context only on .NET, by reflection (the cmdlet assembly does not reference it)' {
        (Get-AssemblyReferences (Join-Path $moduleDir 'Vonage.Reports.PowerShell.dll')).Name | Should -Not -Contain 'Vonage.Reports.PowerShell.Isolation'
    }
}

Describe 'pwsh 7.x: the conflict case' {
    It 'imports and runs Get-VonageRecord after another module loaded Polly.Core 8.4.2 and Microsoft.Bcl.AsyncInterfaces 6.0.0 into the default context' {
        $result = Invoke-FreshPwsh -Arguments @{ Module = $env:VONAGE_TEST_MODULE_PATH; Polly = $otherPolly; Bcl = $otherBcl; BaseUri = $base; Start = $start.ToString('o') } -Script @'
param($Module, $Polly, $Bcl, $BaseUri, $Start)
$ErrorActionPreference = 'Stop'
function Describe-Assembly($a) {
    [pscustomobject]@{ Location = $a.Location; Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($a).Name
        Informational = ($a.GetCustomAttributes([System.Reflection.AssemblyInformationalVersionAttribute], $false) | Select-Object -First 1).InformationalVersion }
}
# "Another module": its Polly and Bcl in the default context, before we are imported.
$otherPolly = [System.Reflection.Assembly]::LoadFrom($Polly)
$otherBcl = [System.Reflection.Assembly]::LoadFrom($Bcl)
Import-Module $Module
$start = [DateTimeOffset]::Parse($Start)
$cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
$records = @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $BaseUri -MaximumRetryCount 0)
$core = [Vonage.Reports.Models.SmsRecord].Assembly
$context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core)
$ours = $context.Assemblies | Where-Object { $_.GetName().Name -eq 'Polly.Core' }
$bclUsed = $context.Assemblies | Where-Object { $_.GetName().Name -eq 'Microsoft.Bcl.AsyncInterfaces' }
if (-not $bclUsed) { $bclUsed = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Bcl.AsyncInterfaces' } | Select-Object -First 1 }
[pscustomobject]@{
    Count = $records.Count
    Type = $records[0].GetType().FullName
    Accounts = @($records.AccountId | Sort-Object -Unique)
    Core = Describe-Assembly $core
    OurPolly = @($ours | ForEach-Object { Describe-Assembly $_ })
    OtherPolly = Describe-Assembly $otherPolly
    OtherPollyStillLoaded = [bool]([System.AppDomain]::CurrentDomain.GetAssemblies() -contains $otherPolly)
    OtherBcl = Describe-Assembly $otherBcl
    BclUsed = Describe-Assembly $bclUsed
    Json = Describe-Assembly ($context.Assemblies + [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { $_.GetName().Name -eq 'System.Text.Json' } | Select-Object -First 1)
} | ConvertTo-Json -Depth 4 -Compress
'@
        $result.Count | Should -Be 6
        $result.Type | Should -Be 'Vonage.Reports.Models.SmsRecord'
        $result.Accounts | Should -Be @('abcd1234')
        # Our core and our Polly: in our own context, from our dependencies/ folder, at the version we ship.
        $result.Core.Context | Should -Be 'VonageReports'
        $result.Core.Location | Should -BeLike "$dependencies*"
        $result.OurPolly.Count | Should -Be 1
        $result.OurPolly[0].Context | Should -Be 'VonageReports'
        $result.OurPolly[0].Location | Should -Be (Join-Path $dependencies 'Polly.Core.dll')
        $result.OurPolly[0].Informational | Should -Be ((Get-Item (Join-Path $dependencies 'Polly.Core.dll')).VersionInfo.ProductVersion)
        $result.OurPolly[0].Informational | Should -Not -BeLike '8.4.2*'
        # The other module's Polly is untouched in the default context.
        $result.OtherPolly.Context | Should -Be 'Default'
        $result.OtherPolly.Informational | Should -BeLike '8.4.2*'
        $result.OtherPollyStillLoaded | Should -BeTrue
        # System.Text.Json: pwsh's own copy (the runtime's is newer than the 8.0 we ship for 5.1).
        $result.Json.Context | Should -Be 'Default'
        $result.Json.Location | Should -Not -BeLike "$dependencies*"
    }

    It 'takes Microsoft.Bcl.AsyncInterfaces from pwsh when pwsh has it at our version or newer, else from dependencies/' {
        $result = Invoke-FreshPwsh -Arguments @{ Module = $env:VONAGE_TEST_MODULE_PATH; Bcl = $otherBcl; BaseUri = $base; Start = $start.ToString('o') } -Script @'
param($Module, $Bcl, $BaseUri, $Start)
$ErrorActionPreference = 'Stop'
$null = [System.Reflection.Assembly]::LoadFrom($Bcl)
Import-Module $Module
$start = [DateTimeOffset]::Parse($Start)
$cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
$count = @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $BaseUri -MaximumRetryCount 0).Count
$context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([Vonage.Reports.Models.SmsRecord].Assembly)
$platform = ([AppContext]::GetData('TRUSTED_PLATFORM_ASSEMBLIES') -split [IO.Path]::PathSeparator) | Where-Object { [IO.Path]::GetFileNameWithoutExtension($_) -eq 'Microsoft.Bcl.AsyncInterfaces' } | Select-Object -First 1
$inOurs = @($context.Assemblies | Where-Object { $_.GetName().Name -eq 'Microsoft.Bcl.AsyncInterfaces' })
$inDefault = @([System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { $_.GetName().Name -eq 'Microsoft.Bcl.AsyncInterfaces' })
[pscustomobject]@{
    Count = $count
    PlatformVersion = if ($platform) { [System.Reflection.AssemblyName]::GetAssemblyName($platform).Version.ToString() } else { $null }
    OursLoaded = $inOurs.Count
    OursLocation = ($inOurs | Select-Object -First 1).Location
    DefaultLocations = @($inDefault.Location)
} | ConvertTo-Json -Compress
'@
        $result.Count | Should -Be 6
        $shippedVersion = [System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $dependencies 'Microsoft.Bcl.AsyncInterfaces.dll')).Version
        if ($result.PlatformVersion -and [version] $result.PlatformVersion -ge $shippedVersion) {
            # pwsh 7.6: its 10.x copy serves everyone; ours is never loaded.
            $result.OursLoaded | Should -Be 0
        } else {
            # pwsh 7.4 (5.0 in pwsh) or none: ours, from dependencies/, beside whatever the default context holds.
            $result.OursLoaded | Should -Be 1
            $result.OursLocation | Should -Be (Join-Path $dependencies 'Microsoft.Bcl.AsyncInterfaces.dll')
        }
    }

    It 'prefers the runtime copy only when it is at least the shipped version (Load rule, with stand-in assemblies)' -Skip:($PSVersionTable.PSVersion -lt [version] '7.5') {
        $result = Invoke-FreshPwsh -Arguments @{ Isolation = (Join-Path $dependencies 'Vonage.Reports.PowerShell.Isolation.dll'); Folder = (Join-Path $TestDrive 'standins') } -Script @'
param($Isolation, $Folder)
$ErrorActionPreference = 'Stop'
$null = New-Item -ItemType Directory -Path $Folder -Force
# A "newer than the runtime" Microsoft.Bcl.AsyncInterfaces and an "older than the runtime" System.Text.Json,
# emitted with the exact names (PersistedAssemblyBuilder: .NET 9+, i.e. pwsh 7.5+).
function New-StandIn([string] $Name, [version] $Version) {
    $assemblyName = [System.Reflection.AssemblyName]::new($Name); $assemblyName.Version = $Version
    $builder = [System.Reflection.Emit.PersistedAssemblyBuilder]::new($assemblyName, [object].Assembly)
    $null = $builder.DefineDynamicModule($Name).DefineType('StandIn', [System.Reflection.TypeAttributes]::Public).CreateType()
    $builder.Save((Join-Path $Folder "$Name.dll"))
}
New-StandIn 'Microsoft.Bcl.AsyncInterfaces' '99.0.0.0'
New-StandIn 'System.Text.Json' '1.0.0.0'
$null = [System.Reflection.Assembly]::LoadFrom($Isolation)
$context = [Vonage.Reports.PowerShell.Isolation.DependencyLoadContext]::new($Folder)
$newer = $context.LoadFromAssemblyName([System.Reflection.AssemblyName]::new('Microsoft.Bcl.AsyncInterfaces'))
$older = $context.LoadFromAssemblyName([System.Reflection.AssemblyName]::new('System.Text.Json'))
[pscustomobject]@{
    NewerContext = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($newer).Name; NewerVersion = $newer.GetName().Version.ToString()
    OlderContext = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($older).Name; OlderVersion = $older.GetName().Version.ToString()
} | ConvertTo-Json -Compress
'@
        $result.NewerContext | Should -Be 'VonageReports'
        $result.NewerVersion | Should -Be '99.0.0.0'
        $result.OlderContext | Should -Be 'Default'
        [version] $result.OlderVersion | Should -BeGreaterThan ([version] '1.0.0.0')
    }

    It 'loads no third-party assembly at import, and publishes the core type names' {
        $result = Invoke-FreshPwsh -Arguments @{ Module = $env:VONAGE_TEST_MODULE_PATH } -Script @'
param($Module)
$ErrorActionPreference = 'Stop'
Import-Module $Module
[pscustomobject]@{
    Loaded = @([System.AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name } | Where-Object { $_ -in 'Polly.Core', 'Microsoft.Bcl.TimeProvider' })
    RecordType = [Vonage.Reports.Models.SmsRecord].FullName
    ApiException = [Vonage.Reports.VonageApiException].FullName
} | ConvertTo-Json -Compress
'@
        $result.Loaded | Should -BeNullOrEmpty
        $result.RecordType | Should -Be 'Vonage.Reports.Models.SmsRecord'
        $result.ApiException | Should -Be 'Vonage.Reports.VonageApiException'
    }

    It 'survives Remove-Module and a second Import-Module in the same session' {
        $result = Invoke-FreshPwsh -Arguments @{ Module = $env:VONAGE_TEST_MODULE_PATH; BaseUri = $base; Start = $start.ToString('o') } -Script @'
param($Module, $BaseUri, $Start)
$ErrorActionPreference = 'Stop'
$start = [DateTimeOffset]::Parse($Start)
$cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
Import-Module $Module
$first = @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $BaseUri).Count
Remove-Module VonageReports
$accelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Get
$afterRemove = $accelerators.ContainsKey('Vonage.Reports.Models.SmsRecord')
Import-Module $Module
$second = @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $BaseUri)
[pscustomobject]@{ First = $first; AfterRemove = $afterRemove; Second = $second.Count; Typed = $second[0] -is [Vonage.Reports.Models.SmsRecord] } | ConvertTo-Json -Compress
'@
        $result.First | Should -Be 6
        $result.AfterRemove | Should -BeFalse
        $result.Second | Should -Be 6
        $result.Typed | Should -BeTrue
    }
}
