# Starting and stopping the emulator from scripts (Demo, Pester, Bench).
# Starts the emulator on a free loopback port and returns an object with Url, Process and Stop().
function Start-Emulator {
    param([string] $EmulatorPath, [string[]] $Arguments = @())
    if (-not (Test-Path $EmulatorPath)) { throw "The emulator is not built: $EmulatorPath" }
    $urlFile = Join-Path ([System.IO.Path]::GetTempPath()) ("vonage-emulator-" + [guid]::NewGuid().ToString('n') + '.url')
    $logFile = "$urlFile.log"
    $argList = @($EmulatorPath, '--port', '0', '--url-file', $urlFile) + $Arguments
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $argList -PassThru -RedirectStandardOutput $logFile -RedirectStandardError "$logFile.err"
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $urlFile) -or -not (Get-Content $urlFile -Raw -ErrorAction SilentlyContinue)) {
        if ($process.HasExited) { throw "The emulator exited early ($($process.ExitCode)): $(Get-Content "$logFile.err" -Raw -ErrorAction SilentlyContinue)" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The emulator did not start within 30 seconds.' }
        Start-Sleep -Milliseconds 100
    }
    $url = (Get-Content $urlFile -Raw).Trim()
    $emulator = [pscustomobject]@{ Url = $url; Process = $process; UrlFile = $urlFile; LogFile = $logFile }
    $emulator | Add-Member -MemberType ScriptMethod -Name Stop -Value {
        if (-not $this.Process.HasExited) { $this.Process.Kill($true); $this.Process.WaitForExit(5000) | Out-Null }
        Remove-Item $this.UrlFile, $this.LogFile, "$($this.LogFile).err" -ErrorAction SilentlyContinue
    }
    $emulator
}

Export-ModuleMember -Function Start-Emulator
