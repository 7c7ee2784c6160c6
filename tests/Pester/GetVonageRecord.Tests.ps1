# Get-VonageRecord as a user types it, against the emulator (one SMS record every 10 s per stream by default).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-TestModule
    $script:cred = Get-TestCredential
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    # 2,500 slots of 10 s: exactly 2,500 records, three pages of 1,000.
    $script:end = $start.AddSeconds(25000)
}

Describe 'Get-VonageRecord (sync SMS, transparent paging)' {
    It 'returns 2,500 records over three pages, once each and in order (serial paging)' {
        $script:verboseLines = @()
        $records = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $end -ThrottleLimit 1 -Credential $cred -BaseUri $base -Verbose 4>&1 |
            Where-Object { if ($_ -is [System.Management.Automation.VerboseRecord]) { $script:verboseLines += , $_.Message; $false } else { $true } }
        $records.Count | Should -Be 2500
        @($records.Id | Sort-Object -Unique).Count | Should -Be 2500
        $dates = $records.DateReceived
        for ($i = 1; $i -lt $dates.Count; $i++) { $dates[$i] | Should -BeGreaterOrEqual $dates[$i - 1] }
        $dates[0] | Should -BeGreaterOrEqual $start
        $dates[-1] | Should -BeLessThan $end
        @($script:verboseLines | Where-Object { $_ -match '^GET .*/v2/reports/records\?.* -> 200' }).Count | Should -Be 3
    }

    It 'returns the same 2,500 records in the same order with parallel windows (the default)' {
        $serial = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $end -ThrottleLimit 1 -Credential $cred -BaseUri $base
        $parallel = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $end -Credential $cred -BaseUri $base
        $parallel.Count | Should -Be 2500
        $parallel.Id | Should -Be $serial.Id
    }

    It 'emits typed SmsRecord objects' {
        $record = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential $cred -BaseUri $base | Select-Object -First 1
        $record | Should -BeOfType ([Vonage.Reports.Models.SmsRecord])
        $record.DateReceived | Should -BeOfType ([DateTimeOffset])
        $record.TotalPrice | Should -BeOfType ([decimal])
        $record.AccountId | Should -Be 'abcd1234'
        $record.Direction | Should -Be 'outbound'
    }

    It 'keeps every column through Where-Object | Export-Csv | Import-Csv' {
        $csv = Join-Path $TestDrive 'delivered.csv'
        $delivered = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddHours(1) -Credential $cred -BaseUri $base |
            Where-Object Status -eq 'delivered'
        $delivered | Export-Csv -Path $csv -NoTypeInformation
        $rows = Import-Csv -Path $csv
        $rows.Count | Should -Be $delivered.Count
        $rows.Count | Should -BeGreaterThan 0
        $expected = $delivered[0].PSObject.Properties.Name
        $rows[0].PSObject.Properties.Name | Should -Be $expected
        $rows | ForEach-Object { $_.Status | Should -Be 'delivered' }
        $rows[0].MessageId | Should -Be $delivered[0].MessageId
    }

    It 'takes the credential from VONAGE_API_KEY/VONAGE_API_SECRET and the base URI from VONAGE_BASE_URI' {
        $env:VONAGE_API_KEY = 'abcd1234'; $env:VONAGE_API_SECRET = 'emulatorsecret1'; $env:VONAGE_BASE_URI = $base
        try {
            $records = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(5)
            $records.Count | Should -Be 30
        }
        finally { Remove-Item Env:VONAGE_API_KEY, Env:VONAGE_API_SECRET, Env:VONAGE_BASE_URI -ErrorAction SilentlyContinue }
    }

    It 'fails with an AuthenticationFailed terminating error and writes no record when the secret is wrong' {
        $bad = Get-TestCredential -Secret 'not-the-secret'
        $written = [System.Collections.Generic.List[object]]::new()
        $caught = $null
        try {
            Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $end -Credential $bad -BaseUri $base -MaximumRetryCount 0 |
                ForEach-Object { $written.Add($_) }
        }
        catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike 'AuthenticationFailed*'
        $caught.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $written.Count | Should -Be 0
    }

    It 'rejects a missing direction for SMS before calling the API' {
        { Get-VonageRecord -Product SMS -DateStart $start -DateEnd $end -Credential $cred -BaseUri $base -ErrorAction Stop } |
            Should -Throw -ErrorId 'DirectionRequired*'
    }

    It 'rejects an unknown product with the offending value as target' {
        $err = $null
        try { Get-VonageRecord -Product NOPE -Direction outbound -Credential $cred -BaseUri $base -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'UnknownProduct*'
        $err.TargetObject | Should -Be 'NOPE'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'stops promptly when the pipeline is stopped (Ctrl+C) during a long fetch' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                param($module, $cred, $base, $start)
                Import-Module $module
                Get-VonageRecord -Product SMS -Direction outbound -DateStart $start.AddDays(-40) -DateEnd $start -Credential $cred -BaseUri $base
            }).AddArgument($env:VONAGE_TEST_MODULE_PATH).AddArgument($cred).AddArgument($base).AddArgument($start)
            $output = [System.Management.Automation.PSDataCollection[object]]::new()
            $async = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[object]]::new(), $output)
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ($output.Count -lt 1000 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $output.Count | Should -BeGreaterThan 0
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            # 40 days is ~345,000 records (35 s at the API's rate): stopping must not wait for them.
            $output.Count | Should -BeLessThan 345000
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
        }
        finally { $ps.Dispose() }
    }
}
