# Save-VonageReportFile and Import-VonageReportFile as a user types them, against the emulator's async reports and
# /v3/media. Reports are created over plain HTTP here so these tests do not depend on New-VonageReport; the last block
# runs the whole cmdlet pipeline when New-/Wait-VonageReport are present.
BeforeDiscovery {
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force
    $script:hasAsyncCmdlets = @(Get-Command New-VonageReport, Wait-VonageReport -Module VonageReports -ErrorAction SilentlyContinue).Count -eq 2
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-TestModule
    $script:cred = Get-TestCredential
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:auth = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("$(Get-TestCredential | ForEach-Object UserName):emulatorsecret1")) }

    # Creates an async report on the emulator over HTTP and waits for it; returns a report-shaped object with the
    # property names VonageReport has (RequestId, Product, FileId, DownloadUri) plus the row count.
    function New-HttpReport([string] $BaseUri = $base, [hashtable] $Body) {
        $json = @{ account_id = 'abcd1234' } + $Body | ConvertTo-Json
        $r = Invoke-RestMethod -Method Post -Uri "$BaseUri/v2/reports" -Headers $auth -Body $json -ContentType 'application/json'
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        do {
            Start-Sleep -Milliseconds 300
            $r = Invoke-RestMethod -Uri "$BaseUri/v2/reports/$($r.request_id)" -Headers $auth
        } while ($r.request_status -in 'PENDING', 'PROCESSING' -and [DateTime]::UtcNow -lt $deadline)
        if ($r.request_status -ne 'SUCCESS') { throw "Report ended $($r.request_status)" }
        $href = $r._links.download_report.href
        [pscustomobject]@{ RequestId = $r.request_id; Product = $Body.product; FileId = ($href -split '/')[-1]; DownloadUri = [uri] $href; ItemsCount = [long] $r.items_count }
    }

    # Six hours of outbound SMS: 2,160 rows at the default density.
    $script:sms = New-HttpReport -Body @{ product = 'SMS'; direction = 'outbound'; date_start = $start.ToString('yyyy-MM-ddTHH:mm:ssZ'); date_end = $start.AddHours(6).ToString('yyyy-MM-ddTHH:mm:ssZ') }
    $script:common = @{ Credential = $cred; BaseUri = $base }
}

Describe 'Save-VonageReportFile' {
    BeforeEach {
        $script:dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('n'))
        $null = New-Item -ItemType Directory $dir
    }

    It 'takes a report by property name (FileId set) and names the file <PRODUCT>_<REQUEST_ID>.zip' {
        $file = $sms | Save-VonageReportFile -Destination $dir @common
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.Name | Should -Be "SMS_$($sms.RequestId).zip"
        $file.Length | Should -BeGreaterThan 0
        @(Get-ChildItem $dir -Force).Name | Should -Be @($file.Name)
        # As Get-Item gives it, through the FileSystem provider: PSPath and Mode for the default view and for binding.
        $file.PSPath | Should -Be (Get-Item -LiteralPath $file.FullName).PSPath
        $file.PSProvider.Name | Should -Be 'FileSystem'
    }

    It 'takes a file id as a string from the pipeline and uses the server''s name' {
        $file = $sms.FileId | Save-VonageReportFile -Destination $dir @common
        $file.Name | Should -Be "SMS_$($sms.RequestId).zip"
    }

    It 'takes the download link (DownloadUri set) and writes to a file path as given' {
        $target = Join-Path $dir 'october.zip'
        $file = Save-VonageReportFile -DownloadUri $sms.DownloadUri -Destination $target @common
        $file.FullName | Should -Be $target
        (Get-Command Save-VonageReportFile).ParameterSets.Name | Should -Be @('FileId', 'DownloadUri')
    }

    It 'writes the CSV instead of the ZIP with -Expand' {
        $file = $sms | Save-VonageReportFile -Destination $dir -Expand @common
        $file.Name | Should -BeLike 'report_SMS_abcd1234_*.csv'
        (Get-Content $file.FullName -TotalCount 1) | Should -BeLike '"account_id","message_id",*'
        @(Get-Content $file.FullName).Count | Should -Be ($sms.ItemsCount + 1)
        @(Get-ChildItem $dir -Force).Count | Should -Be 1
    }

    It 'refuses to overwrite without -Force (ErrorId FileExists, nothing written) and replaces with -Force' {
        $existing = Join-Path $dir "SMS_$($sms.RequestId).zip"
        Set-Content $existing 'keep me'
        { $sms | Save-VonageReportFile -Destination $dir @common -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists*'
        $err = $null
        $sms | Save-VonageReportFile -Destination $dir @common -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err[0].TargetObject | Should -Be $existing
        Get-Content $existing | Should -Be 'keep me'
        @(Get-ChildItem $dir -Force).Count | Should -Be 1
        $file = $sms | Save-VonageReportFile -Destination $dir -Force @common
        $file.Length | Should -BeGreaterThan 100
    }

    It 'downloads nothing with -WhatIf' {
        $sms | Save-VonageReportFile -Destination $dir -WhatIf @common
        @(Get-ChildItem $dir -Force).Count | Should -Be 0
    }

    It 'rejects a destination in a folder that does not exist' {
        { Save-VonageReportFile -FileId $sms.FileId -Destination (Join-Path $dir 'no/such/x.zip') @common -ErrorAction Stop } | Should -Throw -ErrorId 'DestinationNotFound*'
    }

    It 'refuses a download link to another host and sends it nothing' {
        $err = $null
        try { Save-VonageReportFile -DownloadUri 'https://files.example.com/v3/media/abc' -Destination $dir @common -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'ForeignLinkRefused*'
        $err.CategoryInfo.Category | Should -Be 'SecurityError'
        @(Get-ChildItem $dir -Force).Count | Should -Be 0
    }

    It 'reports an unknown file id as a non-terminating not-found error and goes on with the next report' {
        $reports = @([pscustomobject]@{ FileId = '00000000-0000-4000-8000-000000000000'; RequestId = 'gone'; Product = 'SMS' }, $sms)
        $files = $reports | Save-VonageReportFile -Destination $dir @common -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue
        @($files).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ReportFileNotFound,*'
        $err[0].TargetObject | Should -Be '00000000-0000-4000-8000-000000000000'
        @(Get-ChildItem $dir -Force).Name | Should -Be @("SMS_$($sms.RequestId).zip")
    }

    It 'resumes dropped connections with Range requests and saves a byte-identical file' {
        $clean = $sms | Save-VonageReportFile -Destination (Join-Path $dir 'clean.zip') @common
        # Connection resets 20,000 bytes into the first answer and 60,000 into the second (resumed) one.
        foreach ($cut in 20000, 60000) {
            $fault = @{ route = 'media'; kind = 'reset'; count = 1; after_bytes = $cut } | ConvertTo-Json
            Invoke-RestMethod -Method Post -Uri "$base/_emulator/faults" -Body $fault -ContentType 'application/json' | Out-Null
        }
        try {
            $lines = $sms | Save-VonageReportFile -Destination (Join-Path $dir 'resumed.zip') @common -Verbose 4>&1
            $resumed = $lines | Where-Object { $_ -is [System.IO.FileInfo] }
            (Get-FileHash $resumed.FullName).Hash | Should -Be (Get-FileHash $clean.FullName).Hash
            $verbose = @($lines | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
            # A reset can land mid-body (a resume from the bytes written) or, depending on the emulator's buffering, before
            # the headers (a plain retry); at least one must have been seen, and every resume asks for the rest only.
            @($verbose | Where-Object { $_ -like '*resuming with Range*' -or $_ -like 'Retrying in*' }).Count | Should -BeGreaterOrEqual 1
            foreach ($line in $verbose | Where-Object { $_ -like '*resuming with Range*' }) {
                $line | Should -Match 'broke off at (\d+) of \d+ bytes; resuming with Range: bytes=\1-'
            }
        }
        finally { Invoke-RestMethod -Method Delete -Uri "$base/_emulator/faults" -ErrorAction SilentlyContinue | Out-Null }
        @(Get-ChildItem $dir -Force -Filter '.vonage-*').Count | Should -Be 0
    }

    It 'stops at once on Ctrl+C mid-download and leaves nothing at the destination' {
        $fault = @{ route = 'media'; kind = 'slow'; count = 1; bytes_per_second = 4096 } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri "$base/_emulator/faults" -Body $fault -ContentType 'application/json' | Out-Null
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                param($module, $report, $dir, $cred, $base)
                Import-Module $module
                $report | Save-VonageReportFile -Destination $dir -Credential $cred -BaseUri $base
            }).AddArgument($env:VONAGE_TEST_MODULE_PATH).AddArgument($sms).AddArgument($dir).AddArgument($cred).AddArgument($base)
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            while (@(Get-ChildItem $dir -Force).Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            @(Get-ChildItem $dir -Force).Count | Should -Be 1 -Because 'the temporary file exists while downloading'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 2
            @(Get-ChildItem $dir -Force).Count | Should -Be 0
        }
        finally {
            $ps.Dispose()
            Invoke-RestMethod -Method Delete -Uri "$base/_emulator/faults" -ErrorAction SilentlyContinue | Out-Null
        }
    }
}

Describe 'Import-VonageReportFile' {
    BeforeAll {
        $script:zip = $sms | Save-VonageReportFile -Destination $TestDrive -Force @common
        $script:csv = $sms | Save-VonageReportFile -Destination $TestDrive -Expand -Force @common
    }

    It 'streams every row of the ZIP as a typed SmsRecord (Path set)' {
        $records = Import-VonageReportFile -Path $zip.FullName
        $records.Count | Should -Be $sms.ItemsCount
        $records[0] | Should -BeOfType ([Vonage.Reports.Models.SmsRecord])
        $records[0].DateReceived | Should -BeOfType ([DateTimeOffset])
        $records[0].TotalPrice | Should -BeOfType ([decimal])
        $records[0].GetProduct() | Should -Be 'SMS'
        @($records.Id | Sort-Object -Unique).Count | Should -Be $records.Count
    }

    It 'reads the expanded CSV to the same records' {
        $fromZip = Import-VonageReportFile -LiteralPath $zip.FullName
        $fromCsv = Import-VonageReportFile -LiteralPath $csv.FullName
        ($fromCsv.Id -join ',') | Should -Be ($fromZip.Id -join ',')
    }

    It 'resolves wildcards in -Path' {
        $records = Import-VonageReportFile -Path (Join-Path $TestDrive 'SMS_*.zip')
        $records.Count | Should -Be $sms.ItemsCount
    }

    It 'takes FileInfo from the pipeline (Get-ChildItem and Save-VonageReportFile alike)' {
        (Get-Item $zip.FullName | Import-VonageReportFile | Measure-Object).Count | Should -Be $sms.ItemsCount
        ($zip | Import-VonageReportFile | Measure-Object).Count | Should -Be $sms.ItemsCount
        (Get-Command Import-VonageReportFile).ParameterSets.Name | Should -Be @('Path', 'LiteralPath')
    }

    It 'writes the same class and values as Get-VonageRecord for the same records' {
        $fromFile = Import-VonageReportFile $zip.FullName | Select-Object -First 50
        $fromApi = Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddHours(6) @common | Select-Object -First 50
        $fromFile[0].GetType() | Should -Be $fromApi[0].GetType()
        for ($i = 0; $i -lt 50; $i++) {
            $fromFile[$i].Id | Should -Be $fromApi[$i].Id
            $fromFile[$i].DateReceived | Should -Be $fromApi[$i].DateReceived
            $fromFile[$i].TotalPrice | Should -Be $fromApi[$i].TotalPrice
            $fromFile[$i].Status | Should -Be $fromApi[$i].Status
        }
    }

    It 'keeps unknown columns as note properties that Export-Csv writes' {
        $path = Join-Path $TestDrive 'report_SMS_abcd1234_20261001.csv'
        Set-Content -Path $path -Value "`"account_id`",`"message_id`",`"direction`",`"status`",`"date_received`",`"brand_new`",`"id`"`n`"abcd1234`",`"M1`",`"outbound`",`"failed`",`"2025-04-01T23:55:06+00:00`",`"kept`",`"i1`"" -NoNewline
        $record = Import-VonageReportFile -LiteralPath $path
        $record.brand_new | Should -Be 'kept'
        $out = Join-Path $TestDrive 'extra.csv'
        $record | Export-Csv $out -NoTypeInformation
        (Import-Csv $out).brand_new | Should -Be 'kept'
    }

    It 'uses -Product when the columns do not tell' {
        $path = Join-Path $TestDrive 'export.csv'
        Set-Content -Path $path -Value "`"call_id`",`"id`"`n`"c1`",`"i1`"`n" -NoNewline
        (Import-VonageReportFile -LiteralPath $path -Product VOICE-CALL) | Should -BeOfType ([Vonage.Reports.Models.VoiceCallRecord])
    }

    It 'warns when -Product does not fit the columns, and still keeps every value' {
        $records = Import-VonageReportFile -LiteralPath $csv.FullName -Product VERIFY-V2 -WarningVariable warned -WarningAction SilentlyContinue
        $records.Count | Should -Be $sms.ItemsCount
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -BeLike '*look like SMS, not VERIFY-V2 (-Product VERIFY-V2)*'
        $records[0].message_id | Should -Not -BeNullOrEmpty
        $null = Import-VonageReportFile -LiteralPath $csv.FullName -Product SMS -WarningVariable fits -WarningAction SilentlyContinue
        $fits.Count | Should -Be 0
    }

    It 'reports a missing file as FileNotFound and goes on with the next' {
        $records = Import-VonageReportFile -LiteralPath (Join-Path $TestDrive 'missing.zip'), $zip.FullName -ErrorVariable err -ErrorAction SilentlyContinue
        $records.Count | Should -Be $sms.ItemsCount
        $err[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        { Import-VonageReportFile -Path (Join-Path $TestDrive 'nothing-here.zip') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound*'
    }

    It 'reports a damaged ZIP as InvalidReportFile' {
        $bytes = [IO.File]::ReadAllBytes($zip.FullName)
        $bad = Join-Path $TestDrive 'damaged.zip'
        [IO.File]::WriteAllBytes($bad, $bytes[0..([int]($bytes.Length / 2))])
        $err = $null
        try { Import-VonageReportFile -LiteralPath $bad -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidReportFile*'
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
        $err.TargetObject | Should -Be $bad
    }

    It 'reads a CSV saved as UTF-16 (Export-Csv -Encoding Unicode) as it reads the UTF-8 one' {
        $path = Join-Path $TestDrive 'report_SMS_abcd1234_utf16.csv'
        $utf8 = Join-Path $TestDrive 'report_SMS_abcd1234_utf8.csv'
        $rows = "`"account_id`",`"message_id`",`"direction`",`"to`",`"status`",`"date_received`",`"id`"`n`"abcd1234`",`"M1`",`"outbound`",`"Zoë, São Paulo`",`"delivered`",`"2025-04-01T23:55:06+00:00`",`"i1`"`n"
        Set-Content -Path $path -Value $rows -Encoding Unicode -NoNewline
        Set-Content -Path $utf8 -Value $rows -Encoding utf8NoBOM -NoNewline
        $fromUtf16 = Import-VonageReportFile -LiteralPath $path
        $fromUtf8 = Import-VonageReportFile -LiteralPath $utf8
        $fromUtf16.To | Should -Be 'Zoë, São Paulo'
        $fromUtf16.To | Should -Be $fromUtf8.To
        $fromUtf16.DateReceived | Should -Be $fromUtf8.DateReceived
    }

    It 'reports a quote left open as InvalidReportFile naming the row, after the rows before it' {
        $path = Join-Path $TestDrive 'report_SMS_abcd1234_open_quote.csv'
        Set-Content -Path $path -NoNewline -Value ("`"account_id`",`"message_id`",`"direction`",`"status`",`"id`"`n" +
            "`"abcd1234`",`"M1`",`"outbound`",`"delivered`",`"i1`"`n" +
            "`"abcd1234`",`"M2`",`"outbound`",`"delivered,i2`n")
        $records = @(Import-VonageReportFile -LiteralPath $path -ErrorVariable err -ErrorAction SilentlyContinue)
        $records.MessageId | Should -Be @('M1')
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidReportFile*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $err[0].TargetObject | Should -Be $path
        $err[0].Exception.Message | Should -BeLike '*row 3*not closed*'
    }

    It 'rejects an unknown -Product before reading, and a file whose product cannot be told' {
        $err = $null
        try { Import-VonageReportFile -LiteralPath $zip.FullName -Product NOPE -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'UnknownProduct*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be 'NOPE'
        $mystery = Join-Path $TestDrive 'mystery.csv'
        Set-Content -Path $mystery -Value "`"alpha`",`"beta`"`n`"1`",`"2`"`n" -NoNewline
        { Import-VonageReportFile -LiteralPath $mystery -ErrorAction Stop } | Should -Throw -ErrorId 'UnknownProduct*'
    }

    It 'stops reading when downstream has enough (Select-Object -First)' {
        $first = Import-VonageReportFile $zip.FullName | Select-Object -First 3
        $first.Count | Should -Be 3
        # The file is closed again: it can be replaced right away.
        Copy-Item $zip.FullName (Join-Path $TestDrive 'copy.zip') -Force
        Remove-Item (Join-Path $TestDrive 'copy.zip')
    }
}

Describe 'The asynchronous pipeline end to end' {
    It 'New-VonageReport | Wait-VonageReport | Save-VonageReportFile | Import-VonageReportFile | Where-Object | Export-Csv' -Skip:(-not $hasAsyncCmdlets) {
        $out = Join-Path $TestDrive 'failed.csv'
        $dir = Join-Path $TestDrive 'pipeline'
        $null = New-Item -ItemType Directory $dir -Force
        New-VonageReport -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddHours(6) @common |
            Wait-VonageReport @common |
            Save-VonageReportFile -Destination $dir @common |
            Import-VonageReportFile |
            Where-Object Status -eq 'failed' |
            Export-Csv $out -NoTypeInformation
        $rows = Import-Csv $out
        $rows.Count | Should -BeGreaterThan 0
        $rows | ForEach-Object { $_.Status | Should -Be 'failed' }
        $expected = @(Import-VonageReportFile -Path (Join-Path $dir 'SMS_*.zip') | Where-Object Status -eq 'failed').Count
        $rows.Count | Should -Be $expected
        @($rows[0].PSObject.Properties.Name)[0..2] | Should -Be @('AccountId', 'MessageId', 'ClientRef')
    }
}
