# Azure Automation runs several jobs in one process, one runspace each, with no host UI. The session default
# belongs to its runspace; a runbook gets its credential from an Automation asset or the environment.
BeforeDiscovery {
    # The async runbook runs once the report cmdlets are part of the module.
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force
    $script:hasAsyncCmdlets = @(Get-Command New-VonageReport, Wait-VonageReport, Save-VonageReportFile, Import-VonageReportFile `
        -Module VonageReports -ErrorAction SilentlyContinue).Count -eq 4
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:modulePath = $env:VONAGE_TEST_MODULE_PATH
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:savedEnv = @{}
    foreach ($name in 'VONAGE_API_KEY', 'VONAGE_API_SECRET', 'NEXMO_API_KEY', 'NEXMO_API_SECRET', 'VONAGE_BASE_URI') {
        $savedEnv[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $null)
    }

    # A runspace of its own with the module loaded, like one Automation job.
    function New-JobRunspace {
        $runspace = [runspacefactory]::CreateRunspace()
        $runspace.Open()
        $null = Invoke-InRunspace $runspace { param($m) Import-Module $m -ErrorAction Stop } @($modulePath)
        $runspace
    }

    # Runs a script in the runspace; a terminating error surfaces as the exception it was.
    function Invoke-InRunspace($Runspace, [scriptblock] $Script, [object[]] $Arguments = @()) {
        $ps = [powershell]::Create()
        try {
            $ps.Runspace = $Runspace
            $null = $ps.AddScript($Script.ToString())
            foreach ($argument in $Arguments) { $null = $ps.AddArgument($argument) }
            $output = $ps.Invoke()
            if ($ps.Streams.Error.Count -gt 0) { throw $ps.Streams.Error[0] }
            $output
        }
        finally { $ps.Dispose() }
    }
}

AfterAll {
    foreach ($name in $savedEnv.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnv[$name]) }
}

Describe 'Two runspaces in one process (two Automation jobs)' {
    BeforeAll {
        $script:jobA = New-JobRunspace
        $script:jobB = New-JobRunspace
        $connect = { param($key, $secret, $base) Connect-Vonage -Credential ([pscredential]::new($key, (ConvertTo-SecureString $secret -AsPlainText -Force))) -BaseUri $base }
        # Interleaved on purpose: B connects after A, so a shared (static) default would make A use B's account.
        Invoke-InRunspace $jobA $connect @('abcd1234', 'emulatorsecret1', $base)
        Invoke-InRunspace $jobB $connect @('efgh5678', 'emulatorsecret2', $base)
        $script:query = { param($start) Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) | ForEach-Object AccountId | Sort-Object -Unique }
    }
    AfterAll { $jobA.Dispose(); $jobB.Dispose() }

    It 'each sees only its own context' {
        (Invoke-InRunspace $jobA { Get-VonageContext }).ApiKey | Should -Be 'abcd1234'
        (Invoke-InRunspace $jobB { Get-VonageContext }).ApiKey | Should -Be 'efgh5678'
        # Nor does this (the test's own) runspace.
        Import-Module $modulePath
        Get-VonageContext | Where-Object ApiKey -in 'abcd1234', 'efgh5678' | Should -BeNullOrEmpty
    }

    It 'each queries its own account' {
        Invoke-InRunspace $jobA $query @($start) | Should -Be 'abcd1234'
        Invoke-InRunspace $jobB $query @($start) | Should -Be 'efgh5678'
    }

    It 'each queries its own account when both run at the same time' {
        $pair = foreach ($runspace in $jobA, $jobB) {
            $ps = [powershell]::Create()
            $ps.Runspace = $runspace
            $null = $ps.AddScript($query.ToString()).AddArgument($start.AddHours(1))
            [pscustomobject]@{ PowerShell = $ps; Handle = $ps.BeginInvoke() }
        }
        try {
            $accounts = foreach ($job in $pair) { , @($job.PowerShell.EndInvoke($job.Handle)) }
            $accounts[0] | Should -Be 'abcd1234'
            $accounts[1] | Should -Be 'efgh5678'
        }
        finally { $pair.PowerShell | ForEach-Object Dispose }
    }

    It 'a new runspace has no context, and disconnecting one leaves the other connected' {
        $fresh = New-JobRunspace
        try { Invoke-InRunspace $fresh { Get-VonageContext } | Should -BeNullOrEmpty }
        finally { $fresh.Dispose() }
        Invoke-InRunspace $jobB { Disconnect-Vonage }
        Invoke-InRunspace $jobB { Get-VonageContext } | Should -BeNullOrEmpty
        (Invoke-InRunspace $jobA { Get-VonageContext }).ApiKey | Should -Be 'abcd1234'
        Invoke-InRunspace $jobA $query @($start) | Should -Be 'abcd1234'
    }

}

Describe 'A runbook-style script: no host UI, progress off' {
    BeforeAll {
        # What a runbook looks like. Get-AutomationPSCredential is Azure Automation's; here it hands back the asset.
        $script:runbook = {
            param($ModulePath, $Asset, $BaseUri, $Start)
            $ErrorActionPreference = 'Stop'
            $ProgressPreference = 'SilentlyContinue'
            function Get-AutomationPSCredential([string] $Name) { if ($Name -eq 'Vonage') { $Asset } }
            Import-Module $ModulePath
            $credential = if ($Asset) { @{ Credential = Get-AutomationPSCredential -Name 'Vonage' } } else { @{} }
            $records = Get-VonageRecord -Product SMS -Direction outbound -DateStart $Start -DateEnd $Start.AddMinutes(10) -BaseUri $BaseUri @credential
            [pscustomobject]@{
                Count     = @($records).Count
                Accounts  = @($records | ForEach-Object AccountId | Sort-Object -Unique)
                Delivered = @($records | Where-Object Status -eq 'delivered').Count
            }
        }

        # The asynchronous form: create a report, wait for it, download the ZIP into the job's temp folder, import it.
        $script:asyncRunbook = {
            param($ModulePath, $Asset, $BaseUri, $Start, $Folder)
            $ErrorActionPreference = 'Stop'
            $ProgressPreference = 'SilentlyContinue'
            function Get-AutomationPSCredential([string] $Name) { if ($Name -eq 'Vonage') { $Asset } }
            Import-Module $ModulePath
            $common = @{ BaseUri = $BaseUri }
            if ($Asset) { $common.Credential = Get-AutomationPSCredential -Name 'Vonage' }
            $report = New-VonageReport -Product SMS -Direction outbound -DateStart $Start -DateEnd $Start.AddMinutes(10) @common |
                Wait-VonageReport -PollIntervalSec 0.5 @common
            $file = $report | Save-VonageReportFile -Destination $Folder @common
            $records = $file | Import-VonageReportFile
            [pscustomobject]@{
                Status   = "$($report.Status)"
                File     = $file.Name
                Count    = @($records).Count
                Accounts = @($records | ForEach-Object AccountId | Sort-Object -Unique)
            }
        }

        function Invoke-AsyncRunbook($Asset) {
            $folder = (New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid().ToString('n')))).FullName
            Invoke-Runbook $Asset -Script $asyncRunbook -Folder $folder
        }

        function Invoke-Runbook($Asset, [scriptblock] $Script = $runbook, [string] $Folder) {
            # [powershell]::Create() has no interactive host: any prompt would fail the job.
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript($Script.ToString()).AddArgument($modulePath).AddArgument($Asset).AddArgument($base).AddArgument($start)
                if ($Folder) { $null = $ps.AddArgument($Folder) }
                $output = $null; $failure = $null
                try { $output = $ps.Invoke() } catch { $failure = $_.Exception.InnerException.ErrorRecord }
                [pscustomobject]@{ Output = $output; Failure = $failure; Errors = @($ps.Streams.Error); Progress = @($ps.Streams.Progress); HadErrors = $ps.HadErrors }
            }
            finally { $ps.Dispose() }
        }
    }

    It 'reads with the credential asset (step 1: Get-AutomationPSCredential | -Credential)' {
        $run = Invoke-Runbook (Get-TestCredential -Key 'efgh5678' -Secret 'emulatorsecret2')
        $run.Failure | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $run.Output[0].Count | Should -Be 60
        $run.Output.Accounts | Should -Be 'efgh5678'
        $run.Progress | Should -BeNullOrEmpty
    }

    It 'reads with VONAGE_API_KEY/VONAGE_API_SECRET (step 4), as a runbook with variables set by its host does' {
        $env:VONAGE_API_KEY = 'abcd1234'; $env:VONAGE_API_SECRET = 'emulatorsecret1'
        try { $run = Invoke-Runbook $null }
        finally { Remove-Item Env:VONAGE_API_KEY, Env:VONAGE_API_SECRET -ErrorAction SilentlyContinue }
        $run.Failure | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $run.Output[0].Count | Should -Be 60
        $run.Output.Accounts | Should -Be 'abcd1234'
    }

    It 'runs the async pipeline (New | Wait | Save | Import) with the credential asset (step 1)' -Skip:(-not $hasAsyncCmdlets) {
        $run = Invoke-AsyncRunbook (Get-TestCredential -Key 'efgh5678' -Secret 'emulatorsecret2')
        $run.Failure | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $run.Output[0].Status | Should -Be 'SUCCESS'
        $run.Output[0].File | Should -BeLike 'SMS_*.zip'
        $run.Output[0].Count | Should -Be 60
        $run.Output[0].Accounts | Should -Be 'efgh5678'
        $run.Progress | Should -BeNullOrEmpty
    }

    It 'runs the async pipeline with VONAGE_API_KEY/VONAGE_API_SECRET (step 4)' -Skip:(-not $hasAsyncCmdlets) {
        $env:VONAGE_API_KEY = 'abcd1234'; $env:VONAGE_API_SECRET = 'emulatorsecret1'
        try { $run = Invoke-AsyncRunbook $null }
        finally { Remove-Item Env:VONAGE_API_KEY, Env:VONAGE_API_SECRET -ErrorAction SilentlyContinue }
        $run.Failure | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $run.Output[0].Count | Should -Be 60
        $run.Output[0].Accounts | Should -Be 'abcd1234'
    }

    It 'fails the job with CredentialNotFound, without prompting, when no credential is there' {
        $run = Invoke-Runbook $null
        $run.Failure.FullyQualifiedErrorId | Should -BeLike 'CredentialNotFound,*'
        $run.Output | Should -BeNullOrEmpty
    }
}
