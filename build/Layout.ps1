# What goes where in out/VonageReports/<version>/:
#   VonageReports.psd1, LICENSE, *.format.ps1xml / *.types.ps1xml   the manifest and what it lists
#   Vonage.Reports.PowerShell.dll (+ .pdb)                           the cmdlets: the only assembly PowerShell probes for
#   en-US/                                                           MAML help + about topic (build/Build-Help.ps1)
#   dependencies/                                                    the core (Vonage.Reports.dll) and every third-party DLL,
#                                                                    plus the net8.0 load context for pwsh 7.x; no default probing
#                                                                    looks here (see src/Vonage.Reports.PowerShell/Loading)
# Only netstandard2.0 assemblies reach the module (checked below), so Windows PowerShell 5.1 can load every one of them.
$script:CmdletAssemblyName = 'Vonage.Reports.PowerShell'
$script:IsolationProject = 'src/Vonage.Reports.PowerShell.Isolation/Vonage.Reports.PowerShell.Isolation.csproj'

function Copy-ModuleLayout {
    param(
        [string] $PublishDir,
        [string] $ModuleDir,
        [string] $RepoRoot,
        # Defaults to the publish folder's leaf (Common.ps1 publishes to out/publish/<Configuration>).
        [string] $Configuration = (Split-Path -Leaf $PublishDir)
    )
    Copy-Item (Join-Path $RepoRoot 'VonageReports.psd1') $ModuleDir
    Copy-Item (Join-Path $RepoRoot 'LICENSE') $ModuleDir -ErrorAction SilentlyContinue
    Copy-Item (Join-Path $RepoRoot 'src/Vonage.Reports.PowerShell/Formats/*.ps1xml') $ModuleDir
    if (Test-Path (Join-Path $RepoRoot 'src/Vonage.Reports.PowerShell/Types')) {
        Copy-Item (Join-Path $RepoRoot 'src/Vonage.Reports.PowerShell/Types/*.ps1xml') $ModuleDir
    }

    $dependencies = New-Item -ItemType Directory -Path (Join-Path $ModuleDir 'dependencies') -Force
    foreach ($file in Get-ChildItem $PublishDir -File) {
        if ($file.Extension -notin '.dll', '.pdb') { continue }
        $target = if ($file.BaseName -eq $CmdletAssemblyName) { $ModuleDir } else { $dependencies.FullName }
        Copy-Item $file.FullName $target
    }

    # The load context for pwsh 7.x (net8.0), built with the solution.
    $isolationOut = Join-Path (Split-Path -Parent $PublishDir) "isolation-$Configuration"
    Invoke-Dotnet publish (Join-Path $RepoRoot $IsolationProject) -c $Configuration -o $isolationOut --no-build --nologo '-v:q' @ArtifactArgs
    Copy-Item (Join-Path $isolationOut 'Vonage.Reports.PowerShell.Isolation.dll') $dependencies.FullName

    Assert-NetStandardOnly -ModuleDir $ModuleDir
}

# Every assembly Windows PowerShell 5.1 may load must target netstandard2.0 (or .NET Framework); only the
# pwsh-only load context may target net8.0. A dependency that slipped in as net6.0+ would break 5.1 at run time.
function Assert-NetStandardOnly([string] $ModuleDir) {
    $bad = foreach ($dll in Get-ChildItem $ModuleDir -Filter *.dll -Recurse) {
        if ($dll.Name -eq 'Vonage.Reports.PowerShell.Isolation.dll') { continue }
        $framework = Get-AssemblyTargetFramework $dll.FullName
        if ($framework -and $framework -notmatch '^\.NET(Standard,Version=v2\.0|Standard,Version=v1\.|Framework,)') { "$($dll.Name): $framework" }
    }
    if ($bad) { throw "Assemblies that Windows PowerShell 5.1 cannot load reached the module: $($bad -join '; ')" }
}

# The [TargetFramework] attribute, read from metadata without loading the assembly.
function Get-AssemblyTargetFramework([string] $Path) {
    $stream = [System.IO.File]::OpenRead($Path)
    try {
        $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
        if (-not $pe.HasMetadata) { return $null }
        $reader = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
        foreach ($handle in $reader.GetAssemblyDefinition().GetCustomAttributes()) {
            $attribute = $reader.GetCustomAttribute($handle)
            if ($attribute.Constructor.Kind -ne [System.Reflection.Metadata.HandleKind]::MemberReference) { continue }
            $ctor = $reader.GetMemberReference([System.Reflection.Metadata.MemberReferenceHandle] $attribute.Constructor)
            if ($ctor.Parent.Kind -ne [System.Reflection.Metadata.HandleKind]::TypeReference) { continue }
            $type = $reader.GetTypeReference([System.Reflection.Metadata.TypeReferenceHandle] $ctor.Parent)
            if ($reader.GetString($type.Name) -ne 'TargetFrameworkAttribute') { continue }
            $blob = $reader.GetBlobReader($attribute.Value)
            $null = $blob.ReadUInt16()   # prolog
            return $blob.ReadSerializedString()
        }
        return $null
    } finally {
        $stream.Dispose()
    }
}
