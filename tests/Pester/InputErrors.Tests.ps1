# Bad input as users type it: each gets its own ErrorId, a category and the offending value, before any request where
# the module can tell, and nothing is written. Runs its own emulator with an account only these tests use, so the
# emulator's count of accepted requests shows whether a command reached the API.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../build/Emulator.psm1') -Force
    Import-TestModule
    $script:emulator = Start-Emulator -EmulatorPath $env:VONAGE_TEST_EMULATOR_PATH -Arguments @('--account', 'inp00001:inputsecret')
    $script:base = $emulator.Url
    $script:cred = Get-TestCredential -Key 'inp00001' -Secret 'inputsecret'
    $script:common = @{ Credential = $cred; BaseUri = $base }
    $script:start = Get-TestRangeStart

    # Requests the emulator accepted for this account so far (records and reports).
    function Get-Accepted {
        $entry = (Invoke-RestMethod -Uri "$base/_emulator/stats").accounts | Where-Object account_id -eq 'inp00001'
        if ($entry) { $entry.sync.accepted + $entry.async.accepted } else { 0 }
    }
    # The error a command ends with, terminating or not.
    function Get-CommandError([scriptblock] $Command) {
        $errors = @()
        try { $null = & $Command -ErrorVariable +errors -ErrorAction SilentlyContinue } catch { $errors += $_ }
        @($errors)[0]
    }
    function Get-WaitingLine([scriptblock] $Command) {
        @(& $Command 4>&1 2>$null | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Waiting for report*' })[0].Message
    }
}

AfterAll { $emulator.Stop() }

Describe 'Spans typed without quotes' {
    It 'reads -Last 1d as one day, though PowerShell makes the decimal 1 of it' {
        $line = @(Get-VonageRecord -Product SMS -Direction outbound -Last 1d @common -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'GET *' })[0].Message
        $line | Should -Match 'date_start=CURRENT_TIME-1D'
    }

    It 'refuses a -Last without a unit instead of taking it as ticks' {
        $before = Get-Accepted
        $err = Get-CommandError { Get-VonageRecord -Product SMS -Direction outbound -Last 10 @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError*'
        $err.Exception.Message | Should -BeLike "*'10' has no unit*"
        Get-Accepted | Should -Be $before
    }

    It 'waits a day for -Timeout 1d and 90 seconds for -Timeout 90s' {
        Get-WaitingLine { Wait-VonageReport -RequestId 'no-such-report' -Timeout 1d @common -Verbose -ErrorAction SilentlyContinue } | Should -BeLike '*for up to 1.00:00:00.'
        Get-WaitingLine { Wait-VonageReport -RequestId 'no-such-report' -Timeout 90s @common -Verbose -ErrorAction SilentlyContinue } | Should -BeLike '*for up to 00:01:30.'
    }
}

Describe 'Dates out of range' {
    It 'refuses <Name> before any request, naming the value' -ForEach @(
        @{ Name = 'a DateEnd in year 1'; ErrorId = 'DateOutOfRange'; Command = { Get-VonageRecord -Product SMS -Direction outbound -DateEnd '0001-01-01T00:00:00Z' @common } }
        @{ Name = 'a report in year 9999'; ErrorId = 'DateOutOfRange'; Command = { New-VonageReport -Product SMS -Direction outbound -DateStart '9999-12-01T00:00:00Z' -DateEnd '9999-12-31T00:00:00Z' @common } }
        @{ Name = 'a -Last reaching before 1970'; ErrorId = 'InvalidLast'; Command = { Get-VonageRecord -Product SMS -Direction outbound -Last ([timespan]::MaxValue) @common } }
        @{ Name = 'a future DateStart and no DateEnd (records)'; ErrorId = 'InvalidDateRange'; Command = { Get-VonageRecord -Product SMS -Direction outbound -DateStart ([DateTimeOffset]::UtcNow.AddDays(30)) @common } }
        @{ Name = 'a future DateStart and no DateEnd (report)'; ErrorId = 'InvalidDateRange'; Command = { New-VonageReport -Product SMS -Direction outbound -DateStart ([DateTimeOffset]::UtcNow.AddDays(30)) @common } }
    ) {
        $before = Get-Accepted
        $err = Get-CommandError $Command
        $err.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Not -BeNullOrEmpty
        $err.Exception | Should -Not -BeOfType [System.ArgumentOutOfRangeException]
        Get-Accepted | Should -Be $before
    }

    It 'says which parameter defaulted when a future DateStart has no DateEnd' {
        $err = Get-CommandError { New-VonageReport -Product SMS -Direction outbound -DateStart ([DateTimeOffset]::UtcNow.AddDays(30)) @common }
        $err.Exception.Message | Should -BeLike '*without a DateEnd the report ends now*'
    }

    It 'names the product when a direction is missing' {
        $err = Get-CommandError { Get-VonageRecord -Product SMS -Last 1h @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'DirectionRequired,*'
        $err.TargetObject | Should -Be 'SMS'
    }
}

Describe 'Wait-VonageReport polling' {
    It 'refuses a ceiling below the first interval, and lets a long first interval raise the default ceiling' {
        $err = Get-CommandError { Wait-VonageReport -RequestId 'x' -PollIntervalSec 10 -MaximumPollIntervalSec 1 @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidPollInterval,*'
        $err.TargetObject | Should -Be ([timespan]::FromSeconds(1))
        $err = Get-CommandError { Wait-VonageReport -RequestId 'no-such-report' -PollIntervalSec 60 @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
    }
}

Describe 'API rejections' {
    It 'name the value the user gave for the parameter the API refused, not the endpoint' {
        $err = Get-CommandError { Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddHours(1) -Status 'bogus' @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'invalid-request-parameters,*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be 'bogus'
        $err.Exception.InvalidParameters.Name | Should -Contain 'status'
    }
}

Describe 'Blank ids' {
    It 'reports a blank RequestId and goes on with the others' {
        $null = ' ', 'no-such-report' | Get-VonageReport @common -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs.Count | Should -Be 2
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'BlankId,*'
        $errs[0].Exception.Message | Should -Be 'A blank RequestId was given (spaces only); it is skipped.'
        $errs[1].FullyQualifiedErrorId | Should -BeLike 'ReportNotFound,*'
    }

    It 'reports a blank record Id and goes on with the others' {
        $null = ' ', 'no-such-record' | Get-VonageRecord -Product SMS -Direction outbound @common -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs.Count | Should -Be 2
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'BlankId,*'
        $errs[1].FullyQualifiedErrorId | Should -BeLike 'RecordNotFound,*'
    }
}

Describe 'The API base URI' {
    It 'refuses one with a password in it, without repeating the password' {
        $withPassword = 'http://user:hunter2@' + ([uri] $base).Authority
        $err = Get-CommandError { Get-VonageReport -RequestId 'x' -BaseUri $withPassword -Credential $cred }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidBaseUri,*'
        $err.Exception.Message | Should -Not -BeLike '*hunter2*'
        [string] $err.TargetObject | Should -Not -BeLike '*hunter2*'
        $err = Get-CommandError { Connect-Vonage -Credential $cred -BaseUri $withPassword -WhatIf }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidBaseUri,*'
    }

    It 'refuses one with a query' {
        $err = Get-CommandError { Get-VonageReport -RequestId 'x' -BaseUri "$base/?x=1" -Credential $cred }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidBaseUri,*'
    }

    It 'is checked before -WhatIf answers on <Command>' -ForEach @(
        @{ Command = 'Stop-VonageReport'; Run = { Stop-VonageReport -RequestId 'x' -BaseUri 'ftp://example.com' -Credential $cred -WhatIf } }
        @{ Command = 'Save-VonageReportFile'; Run = { Save-VonageReportFile -FileId 'x' -Destination $TestDrive -BaseUri 'ftp://example.com' -Credential $cred -WhatIf } }
    ) {
        $err = Get-CommandError $Run
        $err.FullyQualifiedErrorId | Should -BeLike 'InsecureBaseUri,*'
    }

    It 'names the host it could not reach' {
        $err = Get-CommandError { Get-VonageReport -RequestId 'x' -BaseUri 'http://127.0.0.1:1' -Credential $cred -MaximumRetryCount 0 }
        $err.FullyQualifiedErrorId | Should -BeLike 'ConnectionFailed,*'
        $err.TargetObject | Should -Be 'http://127.0.0.1:1'
    }
}

Describe 'Save-VonageReportFile destinations' {
    BeforeEach {
        $script:dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('n'))
        $null = New-Item -ItemType Directory $dir
        Push-Location $dir
    }
    AfterEach { Pop-Location }

    It 'refuses <Name> before any request and writes nothing' -ForEach @(
        @{ Name = 'a blank destination'; Destination = '   '; ErrorId = 'DestinationRequired' }
        @{ Name = "another provider's path"; Destination = 'Env:\VONAGE_TEST_FILE'; ErrorId = 'NotAFileSystemPath' }
        @{ Name = 'a wildcard pattern'; Destination = '*.zip'; ErrorId = 'InvalidDestination' }
    ) {
        $before = Get-Accepted
        $err = Get-CommandError { Save-VonageReportFile -FileId 'abc' -Destination $Destination @common }
        $err.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be $Destination
        Get-Accepted | Should -Be $before
        @(Get-ChildItem -LiteralPath $dir -Force) | Should -HaveCount 0
    }

    It 'checks the folder before -WhatIf answers' {
        $err = Get-CommandError { Save-VonageReportFile -FileId 'abc' -Destination (Join-Path $dir 'missing/x.zip') -WhatIf @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'DestinationNotFound,*'
    }

    It 'reports a folder it cannot write to as such, not as a network failure' -Skip:(-not (Test-Path /proc/self)) {
        $before = Get-Accepted
        $err = Get-CommandError { Save-VonageReportFile -FileId 'abc' -Destination '/proc/report.zip' @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'DestinationNotWritable,*'
        $err.TargetObject | Should -Be '/proc'
        Get-Accepted | Should -Be $before
    }

    It 'refuses a download link that is not a report file' {
        $before = Get-Accepted
        $err = Get-CommandError { Save-VonageReportFile -DownloadUri "$base/v2/reports/records?product=SMS" -Destination $dir @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidDownloadUri,*'
        Get-Accepted | Should -Be $before
    }

    It 'says a report piped before it finished has no file yet' {
        $report = New-VonageReport -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddHours(1) @common
        $before = Get-Accepted
        $err = Get-CommandError { $report | Save-VonageReportFile -Destination $dir @common }
        $err.FullyQualifiedErrorId | Should -BeLike 'ReportFileNotReady,*'
        $err.TargetObject | Should -Be $report.RequestId
        $err.Exception.Message | Should -BeLike '*Wait-VonageReport*'
        Get-Accepted | Should -Be $before
        @(Get-ChildItem -LiteralPath $dir -Force) | Should -HaveCount 0
    }
}

Describe 'Import-VonageReportFile -LiteralPath' {
    It 'says a folder is a folder' {
        $err = Get-CommandError { Import-VonageReportFile -LiteralPath $TestDrive }
        $err.FullyQualifiedErrorId | Should -BeLike 'NotAFile,*'
        $err.TargetObject | Should -Be $TestDrive
    }

    It "refuses another provider's path" {
        $err = Get-CommandError { Import-VonageReportFile -LiteralPath 'Env:\PATH' }
        $err.FullyQualifiedErrorId | Should -BeLike 'NotAFileSystemPath,*'
        $err.TargetObject | Should -Be 'Env:\PATH'
    }
}
