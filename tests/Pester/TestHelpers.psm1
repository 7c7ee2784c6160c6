# Shared by the Pester files: the emulator's default accounts and a fresh import of the built module.
$script:EmulatorKey = 'abcd1234'
$script:EmulatorSecret = 'emulatorsecret1'

function Get-TestCredential([string] $Key = $script:EmulatorKey, [string] $Secret = $script:EmulatorSecret) {
    [pscredential]::new($Key, (ConvertTo-SecureString $Secret -AsPlainText -Force))
}

function Get-TestEmulatorUrl { $env:VONAGE_TEST_EMULATOR_URL }

function Import-TestModule {
    # -Global: imported from inside this helper module, it would otherwise be visible only here.
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force -Global -ErrorAction Stop
}

# Aligned test ranges: the emulator writes one record per stream every 10 s (density 360/h) by default.
function Get-TestRangeStart { [DateTimeOffset]::new(2026, 10, 1, 0, 0, 0, [TimeSpan]::Zero) }

Export-ModuleMember -Function Get-TestCredential, Get-TestEmulatorUrl, Import-TestModule, Get-TestRangeStart -Variable EmulatorKey, EmulatorSecret
