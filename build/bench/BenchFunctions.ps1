# Functions the benchmark scripts share (dot-sourced by Bench.ps1, Measure-Import.ps1 and New-ReadyToRunPwsh.ps1).

# The median: the middle value, or the mean of the two middle ones for an even count.
function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

# $true when the assembly carries precompiled (ReadyToRun) code, $false when it is IL only (every method is
# JIT-compiled on first use), $null when the file is not a managed assembly.
function Test-ReadyToRun([string] $Path) {
    try {
        $reader = [System.Reflection.PortableExecutable.PEReader]::new([System.IO.File]::OpenRead($Path))
        try {
            $cor = $reader.PEHeaders.CorHeader
            if ($cor) { $cor.ManagedNativeHeaderDirectory.Size -gt 0 } else { $null }
        }
        finally { $reader.Dispose() }
    }
    catch [System.BadImageFormatException] { $null }
}
