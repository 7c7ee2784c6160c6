# A short, realistic first session of an admin, against the embedded emulator. The emulator stops whatever happens.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'Emulator.psm1') -Force

function Show-Step {
    param([string] $Comment, [scriptblock] $Command)
    Write-Host ''
    Write-Host "# $Comment" -ForegroundColor DarkGray
    Write-Host ('PS> ' + $Command.ToString().Trim()) -ForegroundColor Yellow
    # The default views are laid out for 120 columns; a redirected or narrow console would cut them.
    $width = [Math]::Max(120, $(try { $Host.UI.RawUI.WindowSize.Width } catch { 0 }))
    & $Command | Out-String -Width $width -Stream | ForEach-Object { Write-Host $_ }
}

$emulator = Start-Emulator -EmulatorPath $EmulatorPath
try {
    Write-Host "Emulator running at $($emulator.Url) (accounts: abcd1234/emulatorsecret1, sub00001/subsecret1)." -ForegroundColor Cyan
    Import-Module (Join-Path $ModulePath 'VonageReports.psd1') -Force
    $global:DemoEmulatorUrl = $emulator.Url
    $global:DemoWork = Join-Path ([System.IO.Path]::GetTempPath()) ('vonage-demo-' + [guid]::NewGuid().ToString('n').Substring(0, 8))
    $null = New-Item -ItemType Directory $DemoWork

    Show-Step 'Point the module at the emulator and give it the account''s API key and secret (a runbook would use Get-AutomationPSCredential).' {
        $cred = [pscredential]::new('abcd1234', (ConvertTo-SecureString 'emulatorsecret1' -AsPlainText -Force))
        $PSDefaultParameterValues['*-Vonage*:BaseUri'] = $DemoEmulatorUrl
        $PSDefaultParameterValues['*-Vonage*:Credential'] = $cred
    }

    Show-Step 'The last hour of outbound SMS: typed records, paged transparently.' {
        Get-VonageRecord -Product SMS -Direction outbound -Last 1h | Select-Object -First 5
    }

    Show-Step 'Delivery statuses over the last 6 hours.' {
        Get-VonageRecord -Product SMS -Direction outbound -Last 6h | Group-Object Status -NoElement | Sort-Object Count -Descending
    }

    Show-Step 'Spend per destination country yesterday (prices are decimals, dates are DateTimeOffsets).' {
        $yesterday = [DateTimeOffset]::UtcNow.Date.AddDays(-1)
        Get-VonageRecord -Product SMS -Direction outbound -DateStart $yesterday -DateEnd $yesterday.AddDays(1) |
            Group-Object Country | ForEach-Object {
                [pscustomobject]@{ Country = $_.Name; Messages = $_.Count; Spend = ($_.Group | Measure-Object TotalPrice -Sum).Sum }
            } | Sort-Object Spend -Descending | Select-Object -First 5
    }

    Show-Step 'Failed messages of the last 2 hours to CSV, and back.' {
        Get-VonageRecord -Product SMS -Direction outbound -Last 2h | Where-Object Status -eq 'failed' |
            Export-Csv (Join-Path $DemoWork 'failed.csv') -NoTypeInformation
        Import-Csv (Join-Path $DemoWork 'failed.csv') | Select-Object -First 3 MessageId, To, Status, ErrorCode, ErrorCodeDescription
    }

    Show-Step 'Look records up by id; an unknown id is a non-terminating error.' {
        $ids = (Get-VonageRecord -Product SMS -Direction outbound -Last 1h -First 2).MessageId
        $ids + 'DOES-NOT-EXIST-0000' | Get-VonageRecord -Product SMS -Direction outbound -ErrorAction Continue |
            Select-Object MessageId, To, Status, DateReceived
    }

    $demoSteps = Join-Path $PSScriptRoot 'Demo.Async.ps1'
    if (Test-Path $demoSteps) { . $demoSteps }

    Write-Host ''
    Write-Host 'Demo finished.' -ForegroundColor Cyan
}
finally {
    $emulator.Stop()
    if ($global:DemoWork -and (Test-Path $global:DemoWork)) { Remove-Item $global:DemoWork -Recurse -Force }
}
