# Async report steps of the demo, dot-sourced by build/Demo.ps1 (uses its Show-Step, $DemoWork and the
# $PSDefaultParameterValues it set for -BaseUri and -Credential). Variables shared between steps are global because
# each step runs in a child scope.

Show-Step 'Ask the API for a report of yesterday''s outbound SMS. It is built in the background; the report comes back PENDING.' {
    $yesterday = [DateTimeOffset]::UtcNow.Date.AddDays(-1)
    $global:DemoReport = New-VonageReport -Product SMS -Direction outbound -DateStart $yesterday -DateEnd $yesterday.AddDays(1)
    $global:DemoReport
}

Show-Step 'Wait for it: polls 1 s, 2 s, 4 s, ... (progress shows the status and the time waited). The finished report has the file''s link.' {
    $global:DemoReport = $global:DemoReport | Wait-VonageReport
    $global:DemoReport | Format-List RequestId, Status, ItemsCount, ReceiveTime, StartTime, FileId, DownloadUri
}

Show-Step 'The whole async pipeline: request, wait, download, read typed records from the ZIP, keep the failed ones.' {
    $yesterday = [DateTimeOffset]::UtcNow.Date.AddDays(-1)
    New-VonageReport -Product SMS -Direction outbound -DateStart $yesterday -DateEnd $yesterday.AddHours(6) |
        Wait-VonageReport |
        Save-VonageReportFile -Destination $DemoWork |
        Import-VonageReportFile |
        Where-Object Status -eq 'failed' |
        Select-Object -First 3
}

Show-Step 'The account''s finished reports (the API keeps them 4 days).' {
    Get-VonageReport -Status SUCCESS | Select-Object -First 5
}

Show-Step 'Abort a report that is still PENDING; aborting a finished one is an error scripts can branch on (invalid-abort-operation).' {
    $weekAgo = [DateTimeOffset]::UtcNow.Date.AddDays(-7)
    New-VonageReport -Product VOICE-API -DateStart $weekAgo -DateEnd $weekAgo.AddDays(7) | Stop-VonageReport -PassThru -Confirm:$false
    $global:DemoReport | Stop-VonageReport -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable refused
    'Stopping the finished report {0}: {1}' -f $global:DemoReport.RequestId, $refused[0].FullyQualifiedErrorId.Split(',')[0]
}

Remove-Variable -Name DemoReport -Scope Global -ErrorAction SilentlyContinue
