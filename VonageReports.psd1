@{
    # The module's one version number: the build reads it from here (Directory.Build.props) for the assemblies too.
    ModuleVersion        = '0.1.0'
    RootModule           = 'Vonage.Reports.PowerShell.dll'
    GUID                 = '4f3a9a52-6f0e-4c55-9a41-2a7b7e8c1d10'
    Author               = 'VonageReports contributors'
    CompanyName          = 'VonageReports'
    Copyright            = '(c) VonageReports contributors. MIT License.'
    Description          = 'The Vonage Reports API from PowerShell: typed records, transparent paging, async reports, SecretManagement-compatible credentials.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('Records.format.ps1xml', 'Context.format.ps1xml', 'Reports.format.ps1xml')
    TypesToProcess       = @()
    CmdletsToExport      = @('Get-VonageRecord', 'Connect-Vonage', 'Disconnect-Vonage', 'Get-VonageContext', 'New-VonageReport', 'Get-VonageReport', 'Stop-VonageReport', 'Wait-VonageReport', 'Save-VonageReportFile', 'Import-VonageReportFile')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Vonage', 'Nexmo', 'Reports', 'CDR', 'SMS', 'Voice', 'Messages', 'Reporting', 'AzureAutomation', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/vonage-reports/VonageReports'
            LicenseUri   = 'https://github.com/vonage-reports/VonageReports/blob/main/LICENSE'
            # A multi-line '...' string (quotes doubled), not a here-string: pwsh would JIT its tokenizer path on import.
            ReleaseNotes = '0.1.0 - first release.
- Get-VonageRecord: typed records for every product with transparent cursor paging, parallel date windows sized from the data (at most 24 h), ids 20 per call.
- New-, Get-, Stop-, Wait-VonageReport: the asynchronous report lifecycle; a report is never created twice on a retry.
- Save-VonageReportFile (resumable, verified, atomic) and Import-VonageReportFile (typed records streamed from the ZIP).
- Credentials from -Credential, SecretManagement (-SecretName), Connect-Vonage or environment variables.
- Client-side rate limiting, retries with back-off (Retry-After honoured), Ctrl+C stops at once.
- Offline help (Get-Help, about_VonageReports); Windows PowerShell 5.1 and PowerShell 7.4/7.6, dependencies isolated.'
        }
    }
}
