# Request rates and time-outs as a user sets them: -RequestsPerSecond and -OverallTimeoutSec per command, and the
# Connect-Vonage session defaults. Runs its own emulator, with an account per test, so each test reads the emulator's
# counts (the most requests it accepted in any second) for its own requests only.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../build/Emulator.psm1') -Force
    Import-TestModule
    $script:accounts = 1..8 | ForEach-Object { 'lim0000{0}' -f $_ }
    $arguments = @($accounts | ForEach-Object { '--account'; "$($_):limitsecret" })
    $script:emulator = Start-Emulator -EmulatorPath $env:VONAGE_TEST_EMULATOR_PATH -Arguments $arguments
    $script:base = $emulator.Url
    $script:next = 0
    # A credential for an account no other test here has used.
    function New-TestAccount { $key = $accounts[$script:next++]; Get-TestCredential -Key $key -Secret 'limitsecret' }
    function Get-Counts([pscredential] $Credential) {
        $entry = (Invoke-RestMethod -Uri "$base/_emulator/stats").accounts | Where-Object account_id -eq $Credential.UserName
        if ($entry) { $entry } else { [pscustomobject]@{ sync = [pscustomobject]@{ accepted = 0; max_in_any_second = 0 }; async = [pscustomobject]@{ accepted = 0; max_in_any_second = 0 } } }
    }
    # Two hours of outbound SMS (720 records at the emulator's default density) in pages of 100: 8 or more requests.
    $script:range = @{ Product = 'SMS'; Direction = 'outbound'; DateStart = (Get-TestRangeStart); DateEnd = (Get-TestRangeStart).AddHours(2); PageSize = 100 }
    # Ten minutes: one request, for reading the limits a command reports under -Verbose.
    $script:small = @{ Product = 'SMS'; Direction = 'outbound'; DateStart = (Get-TestRangeStart); DateEnd = (Get-TestRangeStart).AddMinutes(10) }
    # Kept for the validation tests, which must send nothing.
    $script:unused = Get-TestCredential -Key $accounts[-1] -Secret 'limitsecret'
    function Get-UsingLine([scriptblock] $Command) {
        @(& $Command 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Using *' })[0].Message
    }
}

AfterAll {
    Disconnect-Vonage
    $emulator.Stop()
}

Describe '-RequestsPerSecond' {
    It 'holds Get-VonageRecord to the rate given, where the default sends more per second' {
        $slow = New-TestAccount
        $records = Get-VonageRecord @range -Credential $slow -BaseUri $base -RequestsPerSecond 2
        $records.Count | Should -Be 720
        $counts = Get-Counts $slow
        $counts.sync.accepted | Should -BeGreaterOrEqual 8
        $counts.sync.max_in_any_second | Should -BeLessOrEqual 2
        $counts.sync.rate_limited | Should -Be 0

        # The same read at the default rate (10/s, four windows at a time) does put more than two in a second.
        $fast = New-TestAccount
        (Get-VonageRecord @range -Credential $fast -BaseUri $base).Count | Should -Be 720
        (Get-Counts $fast).sync.max_in_any_second | Should -BeGreaterThan 2
    }

    It 'holds the report cmdlets to it across commands, and leaves the records rate alone' {
        $account = New-TestAccount
        $line = Get-UsingLine { Get-VonageReport -Credential $account -BaseUri $base -RequestsPerSecond 1 -Verbose }
        $line | Should -BeLike '*at most 10 requests/s to records and 1/s to reports*'
        1..3 | ForEach-Object { $null = Get-VonageReport -Credential $account -BaseUri $base -RequestsPerSecond 1 }
        $counts = Get-Counts $account
        $counts.async.accepted | Should -Be 4
        $counts.async.max_in_any_second | Should -Be 1
    }

    It 'refuses a rate of <Value> before any request, naming the value' -ForEach @(@{ Value = 0 }, @{ Value = -1 }, @{ Value = 5000 }) {
        $failure = $null
        try { Get-VonageRecord @range -Credential $unused -BaseUri $base -RequestsPerSecond $Value -ErrorAction Stop }
        catch { $failure = $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        $failure.Exception.Message | Should -BeLike "*RequestsPerSecond*$Value*"
        (Get-Counts $unused).sync.accepted | Should -Be 0
    }
}

Describe '-OverallTimeoutSec' {
    BeforeAll {
        function Add-Fault([hashtable] $Rule) {
            Invoke-RestMethod -Method Post -Uri "$base/_emulator/faults" -Body ($Rule | ConvertTo-Json) -ContentType 'application/json'
        }
    }
    AfterEach { $null = Invoke-RestMethod -Method Delete -Uri "$base/_emulator/faults" }

    It 'stops retrying a failing call when its time is up, with OperationTimedOut' {
        $account = New-TestAccount
        $rule = Add-Fault @{ route = 'sync-records'; account = $account.UserName; kind = '503'; count = 0 }
        $failure = $null
        try { Get-VonageRecord @range -ThrottleLimit 1 -Credential $account -BaseUri $base -OverallTimeoutSec 2 -MaximumRetryCount 20 -RetryIntervalSec 1 -ErrorAction Stop }
        catch { $failure = $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'OperationTimedOut,*'
        $failure.CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failure.Exception.Message | Should -BeLike '*did not complete within 2 s, its retries included.'
        $failure.ErrorDetails.RecommendedAction | Should -BeLike '*-OverallTimeoutSec*'
        # Retried meanwhile, but nowhere near the 21 attempts -MaximumRetryCount allowed (1 + 2 + 4 + ... s of back-off).
        $fired = ((Invoke-RestMethod -Uri "$base/_emulator/faults").rules | Where-Object id -eq $rule.id).fired
        $fired | Should -BeGreaterOrEqual 2
        $fired | Should -BeLessThan 6
    }

    It 'refuses 0 seconds before any request' {
        { Get-VonageRecord @range -Credential $unused -BaseUri $base -OverallTimeoutSec 0 -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Vonage.Reports.PowerShell.Cmdlets.GetVonageRecordCommand'
        (Get-Counts $unused).sync.accepted | Should -Be 0
    }
}

Describe 'Connect-Vonage keeps rates and the overall time-out as session defaults' {
    AfterEach { Disconnect-Vonage }

    It 'applies -RecordRequestsPerSecond to Get-VonageRecord and shows it in the context' {
        $account = New-TestAccount
        $context = Connect-Vonage -Credential $account -BaseUri $base -RecordRequestsPerSecond 2 -OverallTimeoutSec 120 -PassThru
        $context.RecordRequestsPerSecond | Should -Be 2
        $context.ReportRequestsPerSecond | Should -BeNullOrEmpty
        $context.OverallTimeoutSec | Should -Be 120
        (Get-VonageContext).RecordRequestsPerSecond | Should -Be 2
        # Connecting again without them (here: the same account, another API root given again) keeps them.
        (Connect-Vonage -BaseUri $base -PassThru).RecordRequestsPerSecond | Should -Be 2
        (Get-VonageContext).OverallTimeoutSec | Should -Be 120

        (Get-VonageRecord @range).Count | Should -Be 720
        $counts = Get-Counts $account
        $counts.sync.accepted | Should -BeGreaterOrEqual 8
        $counts.sync.max_in_any_second | Should -BeLessOrEqual 2
    }

    It 'lets a command''s own -RequestsPerSecond and -OverallTimeoutSec win over the session''s' {
        Connect-Vonage -Credential (New-TestAccount) -BaseUri $base -RecordRequestsPerSecond 2 -ReportRequestsPerSecond 1 -OverallTimeoutSec 120
        Get-UsingLine { Get-VonageReport -Verbose } |
            Should -BeLike '*at most 2 requests/s to records and 1/s to reports;*a call with its 5 retries 120 s.'
        Get-UsingLine { Get-VonageReport -RequestsPerSecond 3 -OverallTimeoutSec 30 -Verbose } |
            Should -BeLike '*at most 2 requests/s to records and 3/s to reports;*a call with its 5 retries 30 s.'
        Get-UsingLine { Get-VonageRecord @small -RequestsPerSecond 4 -Verbose } |
            Should -BeLike '*at most 4 requests/s to records and 1/s to reports;*'
    }

    It 'refuses a rate of 0 and keeps the current default' {
        Connect-Vonage -Credential $unused -BaseUri $base -ReportRequestsPerSecond 2
        { Connect-Vonage -Credential $unused -BaseUri $base -ReportRequestsPerSecond 0 -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Vonage.Reports.PowerShell.Cmdlets.ConnectVonageCommand'
        (Get-VonageContext).ReportRequestsPerSecond | Should -Be 2
    }
}
