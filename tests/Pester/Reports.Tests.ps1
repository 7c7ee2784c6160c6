# New-, Get-, Stop- and Wait-VonageReport as a user types them, against the emulator: each parameter set, the
# report lifecycle, and every error path (validation before any call, 404, 409, FAILED, ABORTED, TRUNCATED, time-out,
# Ctrl+C, and a POST that fails after reaching the API without creating a second report).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../build/Emulator.psm1') -Force
    Import-TestModule
    $script:cred = Get-TestCredential
    # Fault rules are scoped to this second account so they never touch another test's requests.
    $script:faultCred = Get-TestCredential -Key 'efgh5678' -Secret 'emulatorsecret2'
    $script:base = Get-TestEmulatorUrl
    $script:rangeIndex = 0

    # A fresh 10-minute range per report (60 SMS per direction): small files, and a report is easy to tell apart.
    function New-TestRange {
        $script:rangeIndex++
        $start = (Get-TestRangeStart).AddDays(-3).AddMinutes(-10 * $script:rangeIndex)
        @{ DateStart = $start; DateEnd = $start.AddMinutes(10) }
    }
    function Add-Fault([hashtable] $Rule) {
        $null = Invoke-RestMethod -Method Post -Uri "$base/_emulator/faults" -Body ($Rule | ConvertTo-Json) -ContentType 'application/json'
    }
    function Clear-Faults { $null = Invoke-RestMethod -Method Delete -Uri "$base/_emulator/faults" }
    function Get-AsyncAccepted([string] $Account) {
        $stats = Invoke-RestMethod -Uri "$base/_emulator/stats"
        $entry = $stats.accounts | Where-Object account_id -eq $Account
        if ($entry) { [int] $entry.async.accepted } else { 0 }
    }
    # The account's reports for exactly this range: how many the API really holds.
    function Get-ReportsFor([hashtable] $Range, [pscredential] $Credential) {
        @(Get-VonageReport -Credential $Credential -BaseUri $base |
            Where-Object { $_.DateStart -eq $Range.DateStart -and $_.DateEnd -eq $Range.DateEnd })
    }
}

AfterAll { Clear-Faults }

Describe 'New-VonageReport' {
    AfterEach { Clear-Faults }

    It 'creates a PENDING report and echoes product, direction, range and filters' {
        $range = New-TestRange
        $report = New-VonageReport -Product SMS -Direction outbound @range -Status delivered -To 447700900001 -IncludeMessage -Credential $cred -BaseUri $base
        $report | Should -BeOfType ([Vonage.Reports.Reports.VonageReport])
        $report.RequestId | Should -Match '^[0-9a-f-]{36}$'
        $report.Status | Should -Be ([Vonage.Reports.Reports.ReportStatus]::Pending)
        $report.Product | Should -Be 'SMS'
        $report.AccountId | Should -Be 'abcd1234'
        $report.Direction | Should -Be 'outbound'
        $report.DateStart | Should -Be $range.DateStart
        $report.DateEnd | Should -Be $range.DateEnd
        $report.RequestParameters['status'] | Should -Be 'delivered'
        $report.RequestParameters['to'] | Should -Be '447700900001'
        $report.RequestParameters['include_message'] | Should -Be 'true'
        $report.DownloadUri | Should -BeNullOrEmpty
        $report.SelfUri.AbsolutePath | Should -Be "/v2/reports/$($report.RequestId)"
    }

    It 'sends -IncludeSubaccounts and -CallbackUrl, and maps an older product name to the reference name' {
        $range = New-TestRange
        $report = New-VonageReport -Product VOICE-CALL @range -IncludeSubaccounts -CallbackUrl 'https://example.com/hooks/report' -Credential $cred -BaseUri $base
        $report.Product | Should -Be 'VOICE-API'
        $report.IncludeSubaccounts | Should -BeTrue
        $report.CallbackUrl | Should -Be 'https://example.com/hooks/report'
    }

    It 'binds Product, Direction and dates by property name (e.g. from Import-Csv)' {
        $range = New-TestRange
        $spec = [pscustomobject]@{ Product = 'MESSAGES'; Direction = 'inbound'; DateStart = $range.DateStart.ToString('o'); DateEnd = $range.DateEnd.ToString('o') }
        $report = $spec | New-VonageReport -Credential $cred -BaseUri $base
        $report.Product | Should -Be 'MESSAGES'
        $report.Direction | Should -Be 'inbound'
        $report.DateStart | Should -Be $range.DateStart
    }

    It 'creates the same report again from a piped report that has no callback' {
        $range = New-TestRange
        $first = New-VonageReport -Product SMS -Direction outbound @range -Credential $cred -BaseUri $base
        $first.CallbackUrl | Should -BeNullOrEmpty
        $again = $first | New-VonageReport -Credential $cred -BaseUri $base
        $again.RequestId | Should -Not -Be $first.RequestId
        $again.Product | Should -Be 'SMS'
        $again.Direction | Should -Be 'outbound'
        $again.DateStart | Should -Be $first.DateStart
        $again.DateEnd | Should -Be $first.DateEnd
    }

    It 'creates nothing with -WhatIf' {
        $range = New-TestRange
        $before = Get-AsyncAccepted 'efgh5678'
        $out = New-VonageReport -Product SMS -Direction outbound @range -Credential $faultCred -BaseUri $base -WhatIf
        $out | Should -BeNullOrEmpty
        Get-AsyncAccepted 'efgh5678' | Should -Be $before
    }

    It 'is a ShouldProcess cmdlet' {
        (Get-Command New-VonageReport).Parameters.Keys | Should -Contain 'WhatIf'
        (Get-Command New-VonageReport).Parameters.Keys | Should -Contain 'Confirm'
    }

    It 'rejects <Case> before any call, with ErrorId <ErrorId>' -ForEach @(
        @{ Case = 'SMS without a direction'; ErrorId = 'DirectionRequired'; Target = $null; Arguments = @{ Product = 'SMS' } }
        @{ Case = 'a direction for VOICE-TTS'; ErrorId = 'DirectionNotSupported'; Target = 'inbound'; Arguments = @{ Product = 'VOICE-TTS'; Direction = 'inbound' } }
        @{ Case = 'an unknown product'; ErrorId = 'UnknownProduct'; Target = 'NOPE'; Arguments = @{ Product = 'NOPE' } }
        @{ Case = 'an end before the start'; ErrorId = 'InvalidDateRange'; Target = $null; Arguments = @{ Product = 'SMS'; Direction = 'outbound'; DateStart = '2026-10-02T00:00:00Z'; DateEnd = '2026-10-01T00:00:00Z' } }
        @{ Case = 'more than 13 months'; ErrorId = 'DateRangeTooLong'; Target = $null; Arguments = @{ Product = 'SMS'; Direction = 'outbound'; DateStart = '2025-01-01T00:00:00Z'; DateEnd = '2026-03-01T00:00:00Z' } }
        @{ Case = 'a callback URL that is not http(s)'; ErrorId = 'InvalidCallbackUrl'; Target = 'ftp://example.com/x'; Arguments = @{ Product = 'SMS'; Direction = 'outbound'; CallbackUrl = 'ftp://example.com/x' } }
    ) {
        $before = Get-AsyncAccepted 'efgh5678'
        $err = $null
        try { New-VonageReport @Arguments -Credential $faultCred -BaseUri $base -ErrorAction Stop } catch { $err = $_ }
        $err | Should -Not -BeNullOrEmpty
        $err.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        if ($Target) { "$($err.TargetObject)" | Should -Be $Target }
        Get-AsyncAccepted 'efgh5678' | Should -Be $before -Because 'nothing may reach the API'
    }

    It 'accepts exactly 13 months' {
        $report = New-VonageReport -Product SMS -Direction outbound -DateStart '2025-01-01T00:00:00Z' -DateEnd '2026-02-01T00:00:00Z' -Credential $cred -BaseUri $base -WhatIf
        $report | Should -BeNullOrEmpty
    }

    It 'passes an API rejection on as a terminating error with the API''s message' {
        { New-VonageReport -Product SMS -Direction outbound -LegId 'leg-1' -Credential $cred -BaseUri $base -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*leg_id*'
    }

    It 'returns the report an attempt created when the answer broke off mid-body, and creates no second one' {
        $range = New-TestRange
        Add-Fault @{ route = 'create-report'; kind = 'reset'; account = 'efgh5678'; count = 1 }
        $lines = New-VonageReport -Product SMS -Direction outbound @range -Status failed -Credential $faultCred -BaseUri $base -Verbose 4>&1
        $report = @($lines | Where-Object { $_ -is [Vonage.Reports.Reports.VonageReport] })
        $verbose = @($lines | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $report.Count | Should -Be 1
        $report[0].RequestParameters['status'] | Should -Be 'failed'
        ($verbose -join "`n") | Should -Match 'looking for the report'
        ($verbose -join "`n") | Should -Match "Found report $($report[0].RequestId)"
        @($verbose | Where-Object { $_ -match '^POST https?:' }).Count | Should -Be 1
        $existing = Get-ReportsFor $range $faultCred
        $existing.Count | Should -Be 1
        $existing[0].RequestId | Should -Be $report[0].RequestId
    }

    It 'tries the POST again when a 503 attempt created nothing, and ends with exactly one report' {
        $range = New-TestRange
        Add-Fault @{ route = 'create-report'; kind = '503'; account = 'efgh5678'; count = 1 }
        $lines = New-VonageReport -Product SMS -Direction inbound @range -Credential $faultCred -BaseUri $base -Verbose 4>&1
        $report = @($lines | Where-Object { $_ -is [Vonage.Reports.Reports.VonageReport] })
        $verbose = @($lines | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $report.Count | Should -Be 1
        ($verbose -join "`n") | Should -Match 'trying the POST again'
        @($verbose | Where-Object { $_ -match '^POST .* -> 503' }).Count | Should -Be 1
        @($verbose | Where-Object { $_ -match '^POST .* -> 200' }).Count | Should -Be 1
        (Get-ReportsFor $range $faultCred).Count | Should -Be 1
    }

    It 'gives up after -MaximumRetryCount ambiguous attempts with the API''s error, still creating nothing twice' {
        $range = New-TestRange
        Add-Fault @{ route = 'create-report'; kind = '502'; account = 'efgh5678'; count = 0 }
        $err = $null
        try { New-VonageReport -Product SMS -Direction inbound @range -Credential $faultCred -BaseUri $base -MaximumRetryCount 1 -RetryIntervalSec 0 -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'bad-gateway,*'
        $err.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        Clear-Faults
        (Get-ReportsFor $range $faultCred).Count | Should -Be 0
    }
}

Describe 'Get-VonageReport' {
    BeforeAll {
        $script:range = New-TestRange
        $script:created = New-VonageReport -Product SMS -Direction outbound @range -Credential $cred -BaseUri $base
    }

    It 'gets a report by -RequestId (positional)' {
        $report = Get-VonageReport $created.RequestId -Credential $cred -BaseUri $base
        $report.RequestId | Should -Be $created.RequestId
        $report.Product | Should -Be 'SMS'
    }

    It 'takes reports from the pipeline (RequestId by property name) and ids by value' {
        @($created | Get-VonageReport -Credential $cred -BaseUri $base).RequestId | Should -Be $created.RequestId
        @($created.RequestId | Get-VonageReport -Credential $cred -BaseUri $base).RequestId | Should -Be $created.RequestId
        @([pscustomobject]@{ RequestId = $created.RequestId } | Get-VonageReport -Credential $cred -BaseUri $base).Count | Should -Be 1
    }

    It 'writes a non-terminating ReportNotFound error naming an unknown id and still returns the others' {
        $missing = '00000000-0000-4000-8000-000000000000'
        $reports = Get-VonageReport -RequestId $missing, $created.RequestId -Credential $cred -BaseUri $base -ErrorVariable errs -ErrorAction SilentlyContinue
        @($reports).Count | Should -Be 1
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be $missing
        $errs[0].Exception.Message | Should -Match $missing
    }

    It 'does not show another account''s report (404 as for an unknown id)' {
        $other = Get-VonageReport -RequestId $created.RequestId -Credential $faultCred -BaseUri $base -ErrorVariable errs -ErrorAction SilentlyContinue
        $other | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
    }

    It 'searches the account''s reports without parameters' {
        @(Get-VonageReport -Credential $cred -BaseUri $base).RequestId | Should -Contain $created.RequestId
    }

    It 'searches by -Status' {
        $done = $created | Wait-VonageReport -PollIntervalSec 0.2 -Credential $cred -BaseUri $base
        $success = @(Get-VonageReport -Status SUCCESS -Credential $cred -BaseUri $base)
        $success.RequestId | Should -Contain $done.RequestId
        $success | ForEach-Object { $_.Status | Should -Be 'Success' }
        @(Get-VonageReport -Status PENDING, failed -Credential $cred -BaseUri $base).RequestId | Should -Not -Contain $done.RequestId
    }

    It 'searches by -CreatedAfter/-CreatedBefore (date_from/date_to)' {
        $received = (Get-VonageReport $created.RequestId -Credential $cred -BaseUri $base).ReceiveTime
        @(Get-VonageReport -CreatedAfter $received.AddSeconds(-1) -CreatedBefore $received.AddSeconds(1) -Credential $cred -BaseUri $base).RequestId |
            Should -Contain $created.RequestId
        @(Get-VonageReport -CreatedBefore $received.AddSeconds(-1) -Credential $cred -BaseUri $base).RequestId | Should -Not -Contain $created.RequestId
        @(Get-VonageReport -CreatedAfter $received.AddSeconds(1) -Credential $cred -BaseUri $base).RequestId | Should -Not -Contain $created.RequestId
    }

    It 'rejects an unknown -Status with InvalidReportStatus and the value as target' {
        $err = $null
        try { Get-VonageReport -Status DONE -Credential $cred -BaseUri $base -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidReportStatus,*'
        $err.TargetObject | Should -Be 'DONE'
    }

    It 'rejects -CreatedBefore not after -CreatedAfter with InvalidDateRange' {
        { Get-VonageReport -CreatedAfter '2026-10-02T00:00:00Z' -CreatedBefore '2026-10-01T00:00:00Z' -Credential $cred -BaseUri $base -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidDateRange*'
    }

    It 'completes -Status with the report states and -Product with product names' {
        $line = 'Get-VonageReport -Status SU'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('SUCCESS')
        $line = 'New-VonageReport -Product VOICE-'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'VOICE-API'
    }

    It 'shows a default table that fits 120 columns' {
        $text = Get-VonageReport $created.RequestId -Credential $cred -BaseUri $base | Format-Table | Out-String -Width 120
        $lines = $text -split "`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^RequestId\s+Status\s+Product\s+Dir\s+DateStart \(UTC\)\s+DateEnd \(UTC\)\s+Items'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        $lines[2] | Should -Match ([regex]::Escape($created.RequestId))
    }
}

Describe 'Wait-VonageReport' {
    AfterEach { Clear-Faults }

    It 'waits until SUCCESS and writes the finished report with its download link and file id' {
        $range = New-TestRange
        $report = New-VonageReport -Product SMS -Direction outbound @range -Credential $cred -BaseUri $base |
            Wait-VonageReport -PollIntervalSec 0.2 -MaximumPollIntervalSec 1 -Credential $cred -BaseUri $base
        $report.Status | Should -Be 'Success'
        $report.ItemsCount | Should -Be 60
        $report.DownloadUri.AbsolutePath | Should -Be "/v3/media/$($report.FileId)"
        $report.FileId | Should -Not -Be $report.RequestId
        $report.StartTime | Should -BeGreaterOrEqual $report.ReceiveTime
    }

    It 'waits for several reports from the pipeline and writes each once' {
        $reports = 1..2 | ForEach-Object { $r = New-TestRange; New-VonageReport -Product SMS -Direction inbound @r -Credential $cred -BaseUri $base }
        $done = $reports | Wait-VonageReport -PollIntervalSec 0.2 -Credential $cred -BaseUri $base
        @($done).Count | Should -Be 2
        @($done.RequestId) | Should -Be @($reports.RequestId)
    }

    It 'writes a non-terminating ReportFailed error with the report as target, and no output, when the report FAILED' {
        $range = New-TestRange
        Add-Fault @{ route = 'create-report'; kind = 'report-failed'; account = 'efgh5678'; count = 1 }
        $report = New-VonageReport -Product SMS -Direction outbound @range -Credential $faultCred -BaseUri $base
        $out = $report | Wait-VonageReport -PollIntervalSec 0.2 -Credential $faultCred -BaseUri $base -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportFailed,*'
        $errs[0].TargetObject | Should -BeOfType ([Vonage.Reports.Reports.VonageReport])
        $errs[0].TargetObject.Status | Should -Be 'Failed'
        $errs[0].TargetObject.RequestId | Should -Be $report.RequestId
    }

    It 'warns and still writes the report when it is TRUNCATED' {
        $range = New-TestRange
        Add-Fault @{ route = 'create-report'; kind = 'report-truncated'; account = 'efgh5678'; count = 1 }
        $report = New-VonageReport -Product SMS -Direction outbound @range -Credential $faultCred -BaseUri $base |
            Wait-VonageReport -PollIntervalSec 0.2 -Credential $faultCred -BaseUri $base -WarningVariable warnings -WarningAction SilentlyContinue
        $report.Status | Should -Be 'Truncated'
        $report.FileId | Should -Not -BeNullOrEmpty
        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'TRUNCATED'
    }

    It 'writes ReportNotFound for an unknown id' {
        Wait-VonageReport -RequestId 'no-such-report' -Credential $cred -BaseUri $base -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
        $errs[0].TargetObject | Should -Be 'no-such-report'
    }

    It 'rejects a -Timeout that is not a time span' {
        { Wait-VonageReport -RequestId x -Timeout 'soon' -Credential $cred -BaseUri $base } | Should -Throw -ErrorId 'ParameterArgumentTransformationError*'
    }
}

Describe 'Reports that stay PROCESSING (a second emulator whose reports take 10 minutes)' {
    BeforeAll {
        $script:slow = Start-Emulator -EmulatorPath $env:VONAGE_TEST_EMULATOR_PATH -Arguments @('--report-pending-ms', '500', '--report-processing-ms', '600000')
        $script:slowBase = $slow.Url
        $script:slowRange = New-TestRange
    }
    AfterAll { if ($slow) { $slow.Stop() } }

    It 'Wait-VonageReport -Timeout gives a WaitTimedOut error whose target is the last state seen' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        $out = $report | Wait-VonageReport -Timeout 2s -PollIntervalSec 0.5 -Credential $cred -BaseUri $slowBase -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'WaitTimedOut,*'
        $errs[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $errs[0].TargetObject.RequestId | Should -Be $report.RequestId
        $errs[0].TargetObject.Status | Should -BeIn @('Pending', 'Processing')
        $errs[0].Exception | Should -BeOfType ([TimeoutException])
    }

    It 'Wait-VonageReport shows progress with the status and the elapsed time' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', $env:VONAGE_TEST_MODULE_PATH).AddStatement()
            $null = $ps.AddCommand('Wait-VonageReport').AddParameter('RequestId', $report.RequestId).AddParameter('Timeout', [TimeSpan]::FromSeconds(3.5)).
                AddParameter('Credential', $cred).AddParameter('BaseUri', $slowBase)
            $null = $ps.Invoke()
            $statuses = @($ps.Streams.Progress | Where-Object RecordType -ne 'Completed' | ForEach-Object StatusDescription)
            $statuses.Count | Should -BeGreaterThan 0
            $statuses[-1] | Should -Match '^(PENDING|PROCESSING), \d+:\d\d elapsed$'
            $ps.Streams.Error[0].FullyQualifiedErrorId | Should -BeLike 'WaitTimedOut,*'
            @($ps.Streams.Progress | Where-Object RecordType -eq 'Completed').Count | Should -Be 1
        }
        finally { $ps.Dispose() }
    }

    It 'Wait-VonageReport stops at once on Ctrl+C (StopProcessing)' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        $ps = [powershell]::Create()
        try {
            # One script, not a batch of statements: stopping a batch started with BeginInvoke leaves PowerShell running
            # its next statement on a closed runspace, which ends the process.
            $null = $ps.AddScript({
                param($module, $id, $credential, $base)
                Import-Module $module
                Wait-VonageReport -RequestId $id -PollIntervalSec 30 -Credential $credential -BaseUri $base
            }).AddArgument($env:VONAGE_TEST_MODULE_PATH).AddArgument($report.RequestId).AddArgument($cred).AddArgument($slowBase)
            $async = $ps.BeginInvoke()
            # Wait until the first poll has happened and the cmdlet sits in its 30-second delay.
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ([DateTime]::UtcNow -lt $deadline -and -not (Get-VonageReport $report.RequestId -Credential $cred -BaseUri $slowBase).StartTime) { Start-Sleep -Milliseconds 200 }
            Start-Sleep -Milliseconds 500
            $ps.InvocationStateInfo.State | Should -Be 'Running'
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 5 -Because 'the 30-second poll delay must be cancelled, not waited out'
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $ps.Dispose() }
    }

    It 'Stop-VonageReport aborts a PROCESSING report; -PassThru writes it, now ABORTED' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        $stopped = $report | Stop-VonageReport -PassThru -Credential $cred -BaseUri $slowBase -Confirm:$false
        $stopped.RequestId | Should -Be $report.RequestId
        $stopped.Status | Should -Be 'Aborted'
    }

    It 'Stop-VonageReport without -PassThru writes nothing, and Wait-VonageReport then reports ReportAborted' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        Stop-VonageReport $report.RequestId -Credential $cred -BaseUri $slowBase -Confirm:$false | Should -BeNullOrEmpty
        $out = $report | Wait-VonageReport -Credential $cred -BaseUri $slowBase -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportAborted,*'
        $errs[0].CategoryInfo.Category | Should -Be 'OperationStopped'
        $errs[0].TargetObject.Status | Should -Be 'Aborted'
    }

    It 'Stop-VonageReport -WhatIf aborts nothing' {
        $report = New-VonageReport -Product SMS -Direction outbound @slowRange -Credential $cred -BaseUri $slowBase
        $report | Stop-VonageReport -WhatIf -Credential $cred -BaseUri $slowBase | Should -BeNullOrEmpty
        (Get-VonageReport $report.RequestId -Credential $cred -BaseUri $slowBase).Status | Should -BeIn @('Pending', 'Processing')
        $report | Stop-VonageReport -Credential $cred -BaseUri $slowBase -Confirm:$false
    }
}

Describe 'Stop-VonageReport on reports that have ended' {
    It 'writes a non-terminating invalid-abort-operation error for a finished report and goes on with the next id' {
        $done = @(1..2 | ForEach-Object { $r = New-TestRange; New-VonageReport -Product SMS -Direction outbound @r -Credential $cred -BaseUri $base }) |
            Wait-VonageReport -PollIntervalSec 0.2 -Credential $cred -BaseUri $base
        $out = $done | Stop-VonageReport -PassThru -Credential $cred -BaseUri $base -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs.Count | Should -Be 2
        foreach ($i in 0, 1) {
            $errs[$i].FullyQualifiedErrorId | Should -BeLike 'invalid-abort-operation,*'
            $errs[$i].CategoryInfo.Category | Should -Be 'InvalidOperation'
            $errs[$i].TargetObject | Should -Be $done[$i].RequestId
            $errs[$i].Exception | Should -BeOfType ([Vonage.Reports.VonageApiException])
            [int] $errs[$i].Exception.StatusCode | Should -Be 409
        }
        (Get-VonageReport $done[0].RequestId -Credential $cred -BaseUri $base).Status | Should -Be 'Success'
    }

    It 'writes ReportNotFound for an unknown id' {
        Stop-VonageReport 'no-such-report' -Credential $cred -BaseUri $base -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
        $errs[0].TargetObject | Should -Be 'no-such-report'
    }

    It 'declares ConfirmImpact Medium and SupportsShouldProcess' {
        $attribute = (Get-Command Stop-VonageReport).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        $attribute.ConfirmImpact | Should -Be 'Medium'
        $attribute.SupportsShouldProcess | Should -BeTrue
    }
}
