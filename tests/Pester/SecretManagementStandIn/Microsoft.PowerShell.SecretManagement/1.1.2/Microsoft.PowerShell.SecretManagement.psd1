# TEST-ONLY stand-in for Microsoft.PowerShell.SecretManagement 1.1.2 (see ../../README.md). Never shipped.
@{
    RootModule        = 'Microsoft.PowerShell.SecretManagement.psm1'
    ModuleVersion     = '1.1.2'
    GUID              = '7f2b8a3e-63c1-4e57-9d1c-0b6f4e1e2a11'
    Author            = 'VonageReports tests'
    Description       = 'Test-only stand-in following the documented Get-Secret contract of Microsoft.PowerShell.SecretManagement.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-Secret', 'Set-Secret', 'Register-SecretVault', 'Unregister-SecretVault', 'Unlock-SecretVault')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
