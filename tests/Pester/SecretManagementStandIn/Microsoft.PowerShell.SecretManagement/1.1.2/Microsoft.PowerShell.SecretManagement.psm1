# TEST-ONLY stand-in for Microsoft.PowerShell.SecretManagement 1.1.2: Get-Secret's documented parameters, return
# shapes and errors, with in-memory vaults per runspace. Messages and ErrorIds are those of the real module.
Set-StrictMode -Version Latest

# Vault name -> @{ Name; ModuleName; IsDefault; Locked; Secrets = @{ name -> stored object } }, in registration order.
$script:Vaults = [ordered]@{}

$script:NoVaultRegistered = "There are currently no extension vaults registered.`n" +
    "At least one vault must be registered before SecretManagement can add or retrieve secrets.`n" +
    "You can download SecretManagement extension vault modules from PowerShellGallery.`n" +
    'https://aka.ms/SecretManagementVaults'

function Register-SecretVault {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $ModuleName,
        [Parameter(Position = 1)] [string] $Name,
        # Vault-specific settings; this stand-in honours Locked = $true (a SecretStore that needs Unlock-SecretVault).
        [hashtable] $VaultParameters = @{},
        [switch] $DefaultVault,
        [switch] $AllowClobber,
        [switch] $PassThru,
        [string] $Description
    )
    if (-not $Name) { $Name = $ModuleName }
    if ($script:Vaults.Contains($Name) -and -not $AllowClobber) {
        $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
            [System.InvalidOperationException]::new('Provided Name for vault is already being used.'),
            'RegisterSecretVaultInvalidVaultName', 'InvalidArgument', $Name))
    }
    if (-not $PSCmdlet.ShouldProcess($Name, 'Register')) { return }
    $isDefault = $DefaultVault.IsPresent -or $script:Vaults.Count -eq 0
    if ($isDefault) { foreach ($v in $script:Vaults.Values) { $v.IsDefault = $false } }
    $script:Vaults[$Name] = @{
        Name = $Name; ModuleName = $ModuleName; IsDefault = $isDefault
        Locked = [bool] $VaultParameters['Locked']; Secrets = @{}
    }
    if ($PassThru) { [pscustomobject]@{ Name = $Name; ModuleName = $ModuleName; IsDefault = $isDefault } }
}

function Unregister-SecretVault {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)] [string[]] $Name)
    foreach ($n in $Name) { if ($PSCmdlet.ShouldProcess($n, 'Unregister')) { $script:Vaults.Remove($n) } }
}

function Unlock-SecretVault {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Mandatory, Position = 1)] [securestring] $Password
    )
    (Get-StandInVault $Name $PSCmdlet).Locked = $false
}

function Set-Secret {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'SecureStringParameterSet')]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        # PSCredential, SecureString, String, Hashtable or byte[], stored as given.
        [Parameter(Mandatory, Position = 1, ValueFromPipeline, ParameterSetName = 'ObjectParameterSet')] [object] $Secret,
        [Parameter(Mandatory, Position = 1, ValueFromPipeline, ParameterSetName = 'SecureStringParameterSet')] [securestring] $SecureStringSecret,
        [Parameter(Position = 2)] [string] $Vault,
        [hashtable] $Metadata,
        [switch] $NoClobber
    )
    process {
        if (-not $Vault) {
            $Vault = @($script:Vaults.Values | Where-Object { $_.IsDefault } | ForEach-Object { $_.Name }) | Select-Object -First 1
            if (-not $Vault) {
                $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
                    [System.Management.Automation.PSInvalidOperationException]::new('Unable to add secret because no vault was provided and there is no default vault designated.'),
                    'SetSecretFailNoVault', 'InvalidOperation', $Name))
            }
        }
        $target = Get-StandInVault $Vault $PSCmdlet
        # Plain assignments: an if-expression would unroll a byte[] into object[].
        $value = $Secret
        if ($PSCmdlet.ParameterSetName -eq 'SecureStringParameterSet') { $value = $SecureStringSecret }
        if ($value -is [psobject]) { $value = $value.psobject.BaseObject }
        if ($PSCmdlet.ShouldProcess($Vault, 'Write secret to vault and override any existing secret of the same name')) {
            $target.Secrets[$Name] = $value
        }
    }
}

function Get-Secret {
    [CmdletBinding(DefaultParameterSetName = 'NameParameterSet')]
    [OutputType([object])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ParameterSetName = 'NameParameterSet')] [string] $Name,
        [Parameter(Position = 1, ParameterSetName = 'NameParameterSet')] [string] $Vault,
        # A SecretInformation (Get-SecretInfo output): its Name and VaultName are used.
        [Parameter(Mandatory, ValueFromPipeline, ParameterSetName = 'InfoParameterSet')] [psobject] $InputObject,
        [switch] $AsPlainText
    )
    begin {
        if ($script:Vaults.Count -eq 0) { Write-Warning $script:NoVaultRegistered }
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'InfoParameterSet') { $Name = $InputObject.Name; $Vault = $InputObject.VaultName }

        if ($Vault) {
            $extension = Get-StandInVault $Vault $PSCmdlet
            if ((Invoke-StandInGet $extension $Name $AsPlainText $PSCmdlet) -eq 'Failed') { Write-StandInNotFound $Name $PSCmdlet }
            return
        }
        # The default vault first, then every other registered vault.
        $default = @($script:Vaults.Values | Where-Object { $_.IsDefault })
        foreach ($extension in $default) {
            if ($extension.Locked -or $extension.Secrets.ContainsKey($Name)) {
                if ((Invoke-StandInGet $extension $Name $AsPlainText $PSCmdlet) -eq 'Success') { return }
            }
        }
        foreach ($extension in @($script:Vaults.Values | Where-Object { -not $_.IsDefault })) {
            if ((Invoke-StandInGet $extension $Name $AsPlainText $PSCmdlet) -eq 'Success') { return }
        }
        Write-StandInNotFound $Name $PSCmdlet
    }
}

function Get-StandInVault([string] $Name, $Cmdlet) {
    if (-not $script:Vaults.Contains($Name)) {
        $Cmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
            [System.Management.Automation.PSInvalidOperationException]::new("Vault not found in registry: $Name"),
            'GetSecretVaultNotFound', 'ObjectNotFound', $Cmdlet))
    }
    $script:Vaults[$Name]
}

# One vault's answer: Success (written), Failed (not there) or FailedWithTerminatingError (the vault threw).
function Invoke-StandInGet($Extension, [string] $Name, [bool] $AsPlainText, $Cmdlet) {
    if ($Extension.Locked) {
        $failure = [System.InvalidOperationException]::new(
            "A valid password is required to access the Microsoft.PowerShell.SecretStore vault.`nUse the Unlock-SecretStore cmdlet to provide the required password to access the store.")
        $Cmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($failure, 'GetSecretException', 'InvalidOperation', $Cmdlet))
        return 'FailedWithTerminatingError'
    }
    if (-not $Extension.Secrets.ContainsKey($Name)) { return 'Failed' }
    $secret = $Extension.Secrets[$Name]
    if ($secret -is [hashtable]) {
        $copy = [hashtable]::new($secret.Count)
        foreach ($key in $secret.Keys) { $copy.Add($key, (ConvertTo-StandInOutput $secret[$key] $AsPlainText)) }
        $Cmdlet.WriteObject($copy)
    }
    else {
        $Cmdlet.WriteObject((ConvertTo-StandInOutput $secret $AsPlainText), $false)
    }
    'Success'
}

# Strings come back as SecureString unless -AsPlainText; with -AsPlainText SecureStrings come back as strings.
function ConvertTo-StandInOutput($Item, [bool] $AsPlainText) {
    if (-not $AsPlainText -and $Item -is [string]) { return (ConvertTo-SecureString -String $Item -AsPlainText -Force) }
    if ($AsPlainText -and $Item -is [securestring]) { return [System.Net.NetworkCredential]::new('', $Item).Password }
    , $Item
}

function Write-StandInNotFound([string] $Name, $Cmdlet) {
    $Cmdlet.WriteError([System.Management.Automation.ErrorRecord]::new(
        [System.Management.Automation.ItemNotFoundException]::new("The secret $Name was not found."),
        'GetSecretNotFound', 'ObjectNotFound', $Cmdlet))
}
