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
    FormatsToProcess     = @('Records.format.ps1xml', 'Context.format.ps1xml')
    TypesToProcess       = @()
    CmdletsToExport      = @('Get-VonageRecord', 'Connect-Vonage', 'Disconnect-Vonage', 'Get-VonageContext')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Vonage', 'Nexmo', 'Reports', 'CDR', 'SMS', 'Voice', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/vonage-reports/VonageReports'
            LicenseUri   = 'https://github.com/vonage-reports/VonageReports/blob/main/LICENSE'
            ReleaseNotes = 'First release: Get-VonageRecord with transparent cursor paging.'
        }
    }
}
