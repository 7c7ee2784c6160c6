# What goes where in out/VonageReports/<version>/.
function Copy-ModuleLayout {
    param([string] $PublishDir, [string] $ModuleDir, [string] $RepoRoot)
    Copy-Item (Join-Path $RepoRoot 'VonageReports.psd1') $ModuleDir
    Copy-Item (Join-Path $RepoRoot 'src/Vonage.Reports.PowerShell/Formats/*.ps1xml') $ModuleDir
    foreach ($file in Get-ChildItem $PublishDir -File) {
        if ($file.Extension -in '.dll', '.pdb') { Copy-Item $file.FullName $ModuleDir }
    }
}
