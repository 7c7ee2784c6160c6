# The credential chain, first match wins: -Credential, -SecretName/-Vault (SecretManagement), the Connect-Vonage
# default, the environment, else an error listing them. A named source that fails never falls through.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force -ErrorAction Stop  # into the session (Import-TestModule would nest it in TestHelpers)
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:master = Get-TestCredential                                   # abcd1234
    $script:other = Get-TestCredential -Key 'efgh5678' -Secret 'emulatorsecret2'
    $script:sub = Get-TestCredential -Key 'sub00001' -Secret 'subsecret1'
    $script:standIn = Join-Path $PSScriptRoot 'SecretManagementStandIn'
    $script:savedModulePath = $env:PSModulePath
    $script:envNames = 'VONAGE_API_KEY', 'VONAGE_API_SECRET', 'NEXMO_API_KEY', 'NEXMO_API_SECRET', 'VONAGE_BASE_URI'
    $script:savedEnv = @{}
    foreach ($name in $envNames) { $savedEnv[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $null) }
    # Every call below reaches the emulator through VONAGE_BASE_URI, so a Connect-Vonage default keeps it too.
    $env:VONAGE_BASE_URI = $base
    Disconnect-Vonage

    # One minute of outbound SMS (6 records), with the "Using API key ... from <source>" verbose line.
    function Invoke-Minute([hashtable] $With = @{}) {
        $all = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -MaximumRetryCount 0 -Verbose @With 4>&1
        [pscustomobject]@{
            Records  = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
            Accounts = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] } | ForEach-Object AccountId | Sort-Object -Unique)
            Using    = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Using API key*' } | ForEach-Object Message) -join ''
        }
    }

    function Get-ErrorOf([scriptblock] $Script) {
        try { $null = & $Script; $null } catch { $_ }
    }

    function Set-EnvCredential([string] $Prefix, [pscredential] $Credential) {
        [Environment]::SetEnvironmentVariable("$($Prefix)_API_KEY", $Credential.UserName)
        [Environment]::SetEnvironmentVariable("$($Prefix)_API_SECRET", $Credential.GetNetworkCredential().Password)
    }

    function Clear-EnvCredential {
        foreach ($name in 'VONAGE_API_KEY', 'VONAGE_API_SECRET', 'NEXMO_API_KEY', 'NEXMO_API_SECRET') { [Environment]::SetEnvironmentVariable($name, $null) }
    }

    # The stand-in SecretManagement (tests only): on PSModulePath and imported afresh, with two vaults.
    function Initialize-StandIn {
        $env:PSModulePath = $standIn + [IO.Path]::PathSeparator + $savedModulePath
        Import-Module Microsoft.PowerShell.SecretManagement -RequiredVersion 1.1.2 -Global -Force
        Register-SecretVault -Name Store -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
        Register-SecretVault -Name Other -ModuleName Microsoft.PowerShell.SecretStore
    }

    function Remove-StandIn {
        Remove-Module Microsoft.PowerShell.SecretManagement -Force -ErrorAction SilentlyContinue
        $env:PSModulePath = $savedModulePath
    }
}

AfterAll {
    Disconnect-Vonage
    Remove-StandIn
    foreach ($name in $envNames) { [Environment]::SetEnvironmentVariable($name, $savedEnv[$name]) }
}

Describe 'Step 1: -Credential' {
    AfterEach { Clear-EnvCredential; Disconnect-Vonage }

    It 'reads with the PSCredential (user name = API key, password = API secret) and names the source in -Verbose' {
        $result = Invoke-Minute @{ Credential = $master }
        $result.Records.Count | Should -Be 6
        $result.Accounts | Should -Be 'abcd1234'
        $result.Using | Should -BeLike 'Using API key abcd1234 from -Credential,*'
    }

    It 'wins over the session default and the environment' {
        Set-EnvCredential VONAGE $other
        Connect-Vonage -Credential $sub
        $result = Invoke-Minute @{ Credential = $master }
        $result.Accounts | Should -Be 'abcd1234'
    }

    It 'comes from $PSDefaultParameterValues as well' {
        $PSDefaultParameterValues = @{ 'Get-VonageRecord:Credential' = $other }
        $result = Invoke-Minute
        $result.Accounts | Should -Be 'efgh5678'
        $result.Using | Should -BeLike '*from -Credential,*'
    }

    It 'is an error of its own when the secret is empty (CredentialIncomplete), even with the environment set' {
        Set-EnvCredential VONAGE $master
        $empty = [pscredential]::new('abcd1234', [securestring]::new())
        $err = Get-ErrorOf { Invoke-Minute @{ Credential = $empty } }
        $err.FullyQualifiedErrorId | Should -BeLike 'CredentialIncomplete,*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}

Describe 'Step 2: -SecretName and -Vault through SecretManagement' {
    BeforeAll {
        Initialize-StandIn
        $secure = { param($text) ConvertTo-SecureString $text -AsPlainText -Force }
        Set-Secret -Name VonageCredential -Secret $master -Vault Store
        Set-Secret -Name VonageTable -Secret @{ ApiKey = 'abcd1234'; ApiSecret = 'emulatorsecret1' } -Vault Store
        Set-Secret -Name VonageSnake -Secret @{ api_key = (& $secure 'efgh5678'); api_secret = (& $secure 'emulatorsecret2') } -Vault Store
        Set-Secret -Name VonageSecure -SecureStringSecret (& $secure 'sub00001:subsecret1') -Vault Store
        Set-Secret -Name VonageString -Secret 'abcd1234:emulatorsecret1' -Vault Store
        Set-Secret -Name VonageBytes -Secret ([Text.Encoding]::UTF8.GetBytes('efgh5678:emulatorsecret2')) -Vault Store
        Set-Secret -Name OnlyInOther -Secret $sub -Vault Other
        Set-Secret -Name NoColon -Secret 'abcd1234emulatorsecret1' -Vault Store
        Set-Secret -Name HalfTable -Secret @{ ApiKey = 'abcd1234' } -Vault Store
        Set-Secret -Name WrongType -Secret 42 -Vault Store
    }
    AfterAll { Remove-StandIn }
    AfterEach { Clear-EnvCredential; Disconnect-Vonage }

    It 'reads a <Shape> secret from the named vault' -TestCases @(
        @{ Shape = 'PSCredential'; Name = 'VonageCredential'; Account = 'abcd1234' }
        @{ Shape = 'Hashtable ApiKey/ApiSecret (strings, returned as SecureStrings)'; Name = 'VonageTable'; Account = 'abcd1234' }
        @{ Shape = 'Hashtable api_key/api_secret (SecureStrings)'; Name = 'VonageSnake'; Account = 'efgh5678' }
        @{ Shape = "SecureString 'key:secret'"; Name = 'VonageSecure'; Account = 'sub00001' }
        @{ Shape = "string 'key:secret' (returned as SecureString)"; Name = 'VonageString'; Account = 'abcd1234' }
        @{ Shape = "byte[] UTF-8 'key:secret'"; Name = 'VonageBytes'; Account = 'efgh5678' }
    ) {
        $result = Invoke-Minute @{ SecretName = $Name; Vault = 'Store' }
        $result.Records.Count | Should -Be 6
        $result.Accounts | Should -Be $Account
        $result.Using | Should -BeLike "Using API key $Account from -SecretName '$Name' -Vault 'Store',*"
    }

    It 'searches the default vault, then the others, when -Vault is not given' {
        (Invoke-Minute @{ SecretName = 'VonageCredential' }).Accounts | Should -Be 'abcd1234'
        (Invoke-Minute @{ SecretName = 'OnlyInOther' }).Accounts | Should -Be 'sub00001'
    }

    It 'wins over the session default and the environment' {
        Set-EnvCredential VONAGE $other
        Connect-Vonage -Credential $other
        (Invoke-Minute @{ SecretName = 'VonageSecure' }).Accounts | Should -Be 'sub00001'
    }

    It 'comes from $PSDefaultParameterValues as well' {
        $PSDefaultParameterValues = @{ '*-Vonage*:SecretName' = 'VonageSnake'; '*-Vonage*:Vault' = 'Store' }
        (Invoke-Minute).Accounts | Should -Be 'efgh5678'
    }

    It 'fails with SecretNotFound for a missing secret and does not fall through to the environment' {
        Set-EnvCredential VONAGE $master
        $written = [System.Collections.Generic.List[object]]::new()
        $err = Get-ErrorOf {
            Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -SecretName NoSuchSecret -Vault Store |
                ForEach-Object { $written.Add($_) }
        }
        $err.FullyQualifiedErrorId | Should -BeLike 'SecretNotFound,*'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err.TargetObject | Should -Be 'NoSuchSecret'
        $err.Exception.Message | Should -BeLike "*'NoSuchSecret' in vault 'Store' was not found*"
        $written.Count | Should -Be 0
    }

    It 'fails with SecretVaultNotFound for a vault that is not registered' {
        $err = Get-ErrorOf { Invoke-Minute @{ SecretName = 'VonageCredential'; Vault = 'NoSuchVault' } }
        $err.FullyQualifiedErrorId | Should -BeLike 'SecretVaultNotFound,*'
        $err.TargetObject | Should -Be 'NoSuchVault'
    }

    It 'fails with SecretReadFailed for a locked vault, and reads once it is unlocked' {
        Register-SecretVault -Name Locked -ModuleName Microsoft.PowerShell.SecretStore -VaultParameters @{ Locked = $true }
        try {
            Set-EnvCredential VONAGE $master
            $err = Get-ErrorOf { Invoke-Minute @{ SecretName = 'VonageCredential'; Vault = 'Locked' } }
            $err.FullyQualifiedErrorId | Should -BeLike 'SecretReadFailed,*'
            $err.Exception.Message | Should -BeLike '*valid password is required*'
            $err.Exception.InnerException | Should -Not -BeNullOrEmpty
            # Without -Vault, Get-Secret reaches the locked vault too: still an error, never the environment's credential.
            (Get-ErrorOf { Invoke-Minute @{ SecretName = 'NotAnywhere' } }).FullyQualifiedErrorId | Should -BeLike 'SecretReadFailed,*'

            Unlock-SecretVault -Name Locked -Password (ConvertTo-SecureString 'vault-password' -AsPlainText -Force)
            Set-Secret -Name VonageCredential -Secret $other -Vault Locked
            (Invoke-Minute @{ SecretName = 'VonageCredential'; Vault = 'Locked' }).Accounts | Should -Be 'efgh5678'
        }
        finally { Unregister-SecretVault -Name Locked }
    }

    It 'fails with <ErrorId> for a secret of an unusable shape, naming the secret but not its value' -TestCases @(
        @{ Name = 'NoColon'; ErrorId = 'SecretShapeInvalid' }
        @{ Name = 'HalfTable'; ErrorId = 'SecretShapeInvalid' }
        @{ Name = 'WrongType'; ErrorId = 'SecretShapeUnsupported' }
    ) {
        $err = Get-ErrorOf { Invoke-Minute @{ SecretName = $Name; Vault = 'Store' } }
        $err.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
        $err.TargetObject | Should -Be $Name
        $err.Exception.Message | Should -BeLike "*'$Name'*"
        $err.Exception.Message | Should -Not -BeLike '*emulatorsecret1*'
    }

    It 'refuses -Vault without -SecretName (VaultWithoutSecretName)' {
        Set-EnvCredential VONAGE $master
        (Get-ErrorOf { Invoke-Minute @{ Vault = 'Store' } }).FullyQualifiedErrorId | Should -BeLike 'VaultWithoutSecretName,*'
    }

    It 'calls Get-Secret with -Name, -Vault when given, -ErrorAction Stop, and never -AsPlainText' {
        # A spy module under SecretManagement's name, in a runspace of its own, records how it is called.
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                param($ModulePath)
                $null = New-Module -Name Microsoft.PowerShell.SecretManagement -ScriptBlock {
                    $script:Calls = [System.Collections.Generic.List[object]]::new()
                    function Get-Secret {
                        [CmdletBinding()]
                        param([Parameter(Mandatory, Position = 0)] [string] $Name, [Parameter(Position = 1)] [string] $Vault, [switch] $AsPlainText)
                        $script:Calls.Add([pscustomobject]@{ Bound = (@($PSBoundParameters.Keys) | Sort-Object) -join ','; ErrorAction = "$ErrorActionPreference" })
                        [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
                    }
                    function Get-SpyCall { $script:Calls }
                    Export-ModuleMember -Function Get-Secret, Get-SpyCall
                } | Import-Module -Global -PassThru
                Import-Module $ModulePath
                Connect-Vonage -SecretName Vonage -Vault Store -BaseUri http://127.0.0.1:1
                Connect-Vonage -SecretName Vonage -BaseUri http://127.0.0.1:1
                Get-SpyCall
            }).AddArgument($env:VONAGE_TEST_MODULE_PATH)
            $calls = $ps.Invoke()
            $ps.Streams.Error | Should -BeNullOrEmpty
            $calls.Count | Should -Be 2
            $calls[0].Bound | Should -Be 'ErrorAction,Name,Vault'
            $calls[1].Bound | Should -Be 'ErrorAction,Name'
            $calls.ErrorAction | Should -Be 'Stop', 'Stop'
        }
        finally { $ps.Dispose() }
    }
}

Describe 'Step 2 without SecretManagement installed' {
    It 'fails with one SecretManagementNotInstalled error that says how to install it' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                param($ModulePath)
                Import-Module $ModulePath
                try { Get-VonageRecord -Product SMS -Direction outbound -Last 1h -SecretName Vonage -BaseUri http://127.0.0.1:1; 'no error' } catch { $_ }
            }).AddArgument($env:VONAGE_TEST_MODULE_PATH)
            $err = @($ps.Invoke())[0]
            $err.FullyQualifiedErrorId | Should -BeLike 'SecretManagementNotInstalled,*'
            $err.CategoryInfo.Category | Should -Be 'NotInstalled'
            $err.Exception.Message | Should -BeLike '*Install-PSResource -Name Microsoft.PowerShell.SecretManagement*'
        }
        finally { $ps.Dispose() }
    }
}

Describe 'Step 3: the Connect-Vonage session default' {
    AfterEach { Clear-EnvCredential; Disconnect-Vonage }

    It 'is used by cmdlets given no credential, and wins over the environment' {
        Set-EnvCredential VONAGE $other
        Connect-Vonage -Credential $master
        $result = Invoke-Minute
        $result.Records.Count | Should -Be 6
        $result.Accounts | Should -Be 'abcd1234'
        $result.Using | Should -BeLike 'Using API key abcd1234 from Connect-Vonage (-Credential),*'
    }

    It 'Get-VonageContext shows key, account, API root and source, and never the secret' {
        $context = Connect-Vonage -Credential $master -AccountId sub00001 -PassThru
        $shown = Get-VonageContext
        $shown.ApiKey | Should -Be 'abcd1234'
        $shown.AccountId | Should -Be 'sub00001'
        $shown.BaseUri | Should -Be ([uri] $base)
        $shown.Source | Should -Be '-Credential'
        $context.ApiKey | Should -Be $shown.ApiKey
        $text = ($shown | Format-List * | Out-String) + ($shown | Format-Table | Out-String) + $shown.ToString() +
            [System.Management.Automation.PSSerializer]::Serialize($shown, 5) + ($shown | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue)
        $text | Should -Not -BeLike '*emulatorsecret1*'
        $text | Should -Not -BeLike "*$([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('abcd1234:emulatorsecret1')))*"
        @($shown.PSObject.Properties | Where-Object { $_.Value -is [securestring] -or $_.Value -is [pscredential] }) | Should -BeNullOrEmpty
    }

    It 'queries the account given to Connect-Vonage (a subaccount read with the master key)' {
        Connect-Vonage -Credential $master -AccountId sub00001
        (Invoke-Minute).Accounts | Should -Be 'sub00001'
    }

    It 'keeps its account for its own credential only: -Credential on a cmdlet reads that key''s account' {
        Connect-Vonage -Credential $master -AccountId sub00001
        (Invoke-Minute @{ Credential = $other }).Accounts | Should -Be 'efgh5678'
    }

    It 'reads a -SecretName once, at Connect-Vonage, and keeps the credential' {
        Initialize-StandIn
        try {
            Set-Secret -Name Vonage -Secret @{ ApiKey = 'efgh5678'; ApiSecret = 'emulatorsecret2' } -Vault Store
            $context = Connect-Vonage -SecretName Vonage -Vault Store -PassThru
            $context.SecretName | Should -Be 'Vonage'
            $context.Vault | Should -Be 'Store'
            $context.Source | Should -Be "-SecretName 'Vonage' -Vault 'Store'"
            Set-Secret -Name Vonage -Secret 'efgh5678:not-the-secret' -Vault Store
            (Invoke-Minute).Accounts | Should -Be 'efgh5678'
        }
        finally { Remove-StandIn }
    }

    It 'Connect-Vonage -AccountId alone switches the account of the current default and keeps its source' {
        Connect-Vonage -Credential $master
        $context = Connect-Vonage -AccountId sub00001 -PassThru
        $context.ApiKey | Should -Be 'abcd1234'
        $context.AccountId | Should -Be 'sub00001'
        $context.Source | Should -Be '-Credential'
    }

    It 'Connect-Vonage -WhatIf changes nothing' {
        Connect-Vonage -Credential $master
        Connect-Vonage -Credential $other -WhatIf
        (Get-VonageContext).ApiKey | Should -Be 'abcd1234'
    }

    It 'Connect-Vonage refuses an insecure API root and keeps the current default' {
        Connect-Vonage -Credential $master
        $err = Get-ErrorOf { Connect-Vonage -Credential $other -BaseUri http://example.com }
        $err.FullyQualifiedErrorId | Should -BeLike 'InsecureBaseUri,*'
        (Get-VonageContext).ApiKey | Should -Be 'abcd1234'
    }

    It 'Disconnect-Vonage forgets it; Get-VonageContext then writes nothing; disconnecting twice is fine' {
        Connect-Vonage -Credential $master
        $removed = Disconnect-Vonage -PassThru
        $removed.ApiKey | Should -Be 'abcd1234'
        Get-VonageContext | Should -BeNullOrEmpty
        { Disconnect-Vonage -ErrorAction Stop } | Should -Not -Throw
        (Get-ErrorOf { Invoke-Minute }).FullyQualifiedErrorId | Should -BeLike 'CredentialNotFound,*'
    }

    It 'keeps -MaximumRetryCount, -RetryIntervalSec and -TimeoutSec as session defaults' {
        $context = Connect-Vonage -Credential $master -MaximumRetryCount 2 -RetryIntervalSec 3 -TimeoutSec 40 -PassThru
        $context.MaximumRetryCount | Should -Be 2
        $context.RetryIntervalSec | Should -Be 3
        $context.TimeoutSec | Should -Be 40
        # Switching the account keeps them.
        (Connect-Vonage -AccountId sub00001 -PassThru).TimeoutSec | Should -Be 40
    }
}

Describe 'Step 4: the environment' {
    AfterEach { Clear-EnvCredential; Disconnect-Vonage }

    It 'reads VONAGE_API_KEY and VONAGE_API_SECRET' {
        Set-EnvCredential VONAGE $other
        $result = Invoke-Minute
        $result.Accounts | Should -Be 'efgh5678'
        $result.Using | Should -BeLike '*from environment (VONAGE_API_KEY),*'
    }

    It 'falls back to the older NEXMO_API_KEY and NEXMO_API_SECRET' {
        Set-EnvCredential NEXMO $sub
        $result = Invoke-Minute
        $result.Accounts | Should -Be 'sub00001'
        $result.Using | Should -BeLike '*from environment (NEXMO_API_KEY),*'
    }

    It 'prefers VONAGE_* over NEXMO_*' {
        Set-EnvCredential VONAGE $master
        Set-EnvCredential NEXMO $other
        (Invoke-Minute).Accounts | Should -Be 'abcd1234'
    }

    It 'refuses half a pair (CredentialIncomplete) instead of skipping to NEXMO_*' {
        $env:VONAGE_API_KEY = 'abcd1234'
        Set-EnvCredential NEXMO $other
        $err = Get-ErrorOf { Invoke-Minute }
        $err.FullyQualifiedErrorId | Should -BeLike 'CredentialIncomplete,*'
        $err.Exception.Message | Should -BeLike '*VONAGE_API_SECRET*'
    }
}

Describe 'Step 5: no source at all' {
    It 'is a terminating CredentialNotFound error that lists every option' {
        Clear-EnvCredential
        Disconnect-Vonage
        $err = Get-ErrorOf { Invoke-Minute }
        $err.FullyQualifiedErrorId | Should -BeLike 'CredentialNotFound,*'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        foreach ($option in '-Credential', '-SecretName', 'Connect-Vonage', 'VONAGE_API_KEY', 'NEXMO_API_KEY', 'Get-AutomationPSCredential') {
            $err.Exception.Message | Should -BeLike "*$option*"
        }
    }
}
