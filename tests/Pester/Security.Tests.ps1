# The secret never leaves the credential: every exported cmdlet (Get-Command -Module VonageReports, so cmdlets added
# later are covered) runs with -Verbose -Debug, succeeding and failing, and nothing it writes holds the secret.
# Credentials go only to the configured host over HTTPS (HTTP only to loopback); user text is URL-encoded.
BeforeDiscovery {
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force
    $script:commands = @(Get-Command -Module VonageReports | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force
    $script:modulePath = $env:VONAGE_TEST_MODULE_PATH
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
    $script:standIn = Join-Path $PSScriptRoot 'SecretManagementStandIn'
    $script:savedEnv = @{}
    foreach ($name in 'VONAGE_API_KEY', 'VONAGE_API_SECRET', 'NEXMO_API_KEY', 'NEXMO_API_SECRET', 'VONAGE_BASE_URI') {
        $savedEnv[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $null)
    }

    # The secrets of every scenario and the forms they could leak in: plain, base64("key:secret"), base64(secret).
    $script:wrongSecret = 'Leak-Canary-7Qx9-secret'
    $script:pairs = @(@('abcd1234', 'emulatorsecret1'), @('abcd1234', $wrongSecret))
    $script:needles = foreach ($pair in $pairs) {
        $pair[1]
        [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("$($pair[0]):$($pair[1])"))
        [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair[1]))
    }

    # Where cmdlets that write files may write (removed in AfterAll).
    $script:leakFolder = (New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "vonage-leak-$([guid]::NewGuid().ToString('n'))")).FullName

    # Values for mandatory parameters by name (then by type), so each cmdlet gets as far as it can.
    function New-LeakArguments($Command, [hashtable] $Credential) {
        $known = @{
            Product = 'SMS'; Direction = 'outbound'; DateStart = $start; DateEnd = $start.AddMinutes(1)
            Path = (Join-Path ([IO.Path]::GetTempPath()) "vonage-leak-$([guid]::NewGuid().ToString('n')).zip")
            Destination = $leakFolder
            PassThru = $true; Confirm = $false; MaximumRetryCount = 0
        }
        $arguments = @{}
        foreach ($name in $known.Keys) { if ($Command.Parameters.ContainsKey($name) -and $name -in 'Direction', 'DateStart', 'DateEnd', 'PassThru', 'Confirm', 'MaximumRetryCount') { $arguments[$name] = $known[$name] } }
        foreach ($name in $Credential.Keys) { if ($Command.Parameters.ContainsKey($name)) { $arguments[$name] = $Credential[$name] } }
        $set = @($Command.ParameterSets | Where-Object IsDefault) + @($Command.ParameterSets) | Select-Object -First 1
        foreach ($parameter in $set.Parameters | Where-Object IsMandatory) {
            if ($arguments.ContainsKey($parameter.Name)) { continue }
            $arguments[$parameter.Name] = if ($known.ContainsKey($parameter.Name)) { $known[$parameter.Name] } else {
                switch ($parameter.ParameterType) {
                    ([string[]]) { , @('leak-test-id') }
                    ([DateTimeOffset]) { $start }
                    ([TimeSpan]) { [TimeSpan]::FromHours(1) }
                    ([int]) { 1 }
                    ([uri]) { [uri] $base }
                    ([switch]) { [switch] $true }
                    default { 'leak-test' }
                }
            }
        }
        $arguments
    }

    # Runs a script in a fresh, hostless runspace with every stream captured (*>&1 inside, progress from the
    # PowerShell object), then adds $Error (records, exceptions with inner ones, stack traces) as text.
    function Invoke-Captured([scriptblock] $Script, [object[]] $Arguments, [int] $TimeoutSeconds = 20) {
        $ps = [powershell]::Create()
        $texts = [System.Collections.Generic.List[string]]::new()
        try {
            $null = $ps.AddScript($Script.ToString())
            foreach ($argument in $Arguments) { $null = $ps.AddArgument($argument) }
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $handle = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
            if (-not $handle.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds($TimeoutSeconds))) { $ps.Stop() }
            try { $null = $ps.EndInvoke($handle) } catch { $texts.Add($_.Exception.ToString()) }
            # Every property of every object is serialized, except past the first 200 records of a long read (same shape).
            $serialized = 0
            foreach ($item in @($output) + @($ps.Streams.Error) + @($ps.Streams.Progress) + @($ps.Streams.Warning) + @($ps.Streams.Verbose) + @($ps.Streams.Debug) + @($ps.Streams.Information)) {
                if ($null -eq $item) { continue }
                $texts.Add("$item")
                $isRecord = $item.PSObject.TypeNames -like 'Vonage.Reports.Models.*'
                if (-not $isRecord -or $serialized++ -lt 200) { $texts.Add([System.Management.Automation.PSSerializer]::Serialize($item, 4)) }
                if ($item -is [System.Management.Automation.ErrorRecord]) { $texts.Add($item.Exception.ToString()); $texts.Add("$($item.ErrorDetails)") }
            }
            $ps.Commands.Clear()
            $null = $ps.AddScript({
                foreach ($e in $global:Error) {
                    "$e"
                    $exception = if ($e -is [System.Management.Automation.ErrorRecord]) { $e.Exception; "$($e.ErrorDetails) $($e.ScriptStackTrace) $($e.TargetObject)" } else { $e }
                    for ($x = $exception; $x; $x = $x.InnerException) { $x.ToString(); $x.Message }
                }
            }.ToString())
            foreach ($line in $ps.Invoke()) { $texts.Add("$line") }
        }
        finally { $ps.Dispose() }
        [pscustomobject]@{ Text = $texts -join "`n"; Count = $texts.Count }
    }

    function Assert-NoSecret($Captured, [string] $Because) {
        $Captured.Count | Should -BeGreaterThan 0
        foreach ($needle in $needles) {
            $Captured.Text.Contains($needle) | Should -BeFalse -Because "$Because must not write '$($needle.Substring(0, 4))...'"
        }
    }

    # One cmdlet in one scenario: module loaded, optional setup (env, Connect-Vonage, vault), then the cmdlet.
    $script:scenario = {
        param($ModulePath, $StandIn, $Setup, $CommandName, $Arguments, $Secret)
        $ErrorActionPreference = 'Continue'
        $ProgressPreference = 'Continue'
        Import-Module $ModulePath
        if ($StandIn) {
            # By path, so the process-wide PSModulePath stays as it is.
            Import-Module (Join-Path $StandIn 'Microsoft.PowerShell.SecretManagement') -Global
            Register-SecretVault -Name Store -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
        }
        if ($Setup) { & ([scriptblock]::Create($Setup)) *>&1 }
        & $CommandName @Arguments -Verbose -Debug *>&1
    }
}

AfterAll {
    Remove-Item $leakFolder -Recurse -Force -ErrorAction SilentlyContinue
    foreach ($name in $savedEnv.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnv[$name]) }
}

Describe 'No secret in any stream, error, exception or output object: <Name>' -ForEach $commands {
    BeforeAll {
        $script:command = Get-Command $Name -Module VonageReports
        function Invoke-Scenario([hashtable] $Credential, [string] $Setup = '', [switch] $StandIn, [hashtable] $Extra = @{}) {
            $arguments = New-LeakArguments $command $Credential
            foreach ($key in $Extra.Keys) { if ($command.Parameters.ContainsKey($key)) { $arguments[$key] = $Extra[$key] } }
            Invoke-Captured $scenario @($modulePath, $(if ($StandIn) { $standIn } else { $null }), $Setup, $Name, $arguments, $wrongSecret)
        }
        $script:good = Get-TestCredential
        $script:bad = Get-TestCredential -Secret $wrongSecret
    }

    It 'with a working credential (-Credential), long enough to report progress' {
        Assert-NoSecret (Invoke-Scenario @{ Credential = $good; BaseUri = $base } -Extra @{ DateEnd = $start.AddHours(12) }) "$Name (success)"
    }

    It 'with a wrong secret (401 from the API)' {
        Assert-NoSecret (Invoke-Scenario @{ Credential = $bad; BaseUri = $base }) "$Name (401)"
    }

    It 'with an unreachable API (connection refused)' {
        Assert-NoSecret (Invoke-Scenario @{ Credential = $bad; BaseUri = [uri] 'http://127.0.0.1:1' }) "$Name (no connection)"
    }

    It 'with an insecure API root (InsecureBaseUri)' {
        Assert-NoSecret (Invoke-Scenario @{ Credential = $bad; BaseUri = [uri] 'http://example.com' }) "$Name (insecure base URI)"
    }

    It 'with the secret read from a vault (-SecretName), wrong and missing' {
        $setup = 'Set-Secret -Name Vonage -Secret @{ ApiKey = ''abcd1234''; ApiSecret = $Secret } -Vault Store'
        Assert-NoSecret (Invoke-Scenario @{ SecretName = 'Vonage'; Vault = 'Store'; BaseUri = $base } -Setup $setup -StandIn) "$Name (vault)"
        Assert-NoSecret (Invoke-Scenario @{ SecretName = 'Missing'; Vault = 'Store'; BaseUri = $base } -Setup $setup -StandIn) "$Name (missing secret)"
    }

    It 'with the environment and with the Connect-Vonage default' {
        $env:VONAGE_API_KEY = 'abcd1234'; $env:VONAGE_API_SECRET = $wrongSecret
        try { Assert-NoSecret (Invoke-Scenario @{ BaseUri = $base }) "$Name (environment)" }
        finally { Remove-Item Env:VONAGE_API_KEY, Env:VONAGE_API_SECRET -ErrorAction SilentlyContinue }
        # Setup scripts name the secret only as $Secret (a scenario argument), so script text in error records can't hold it.
        $connect = 'Connect-Vonage -Credential ([pscredential]::new(''abcd1234'', (ConvertTo-SecureString $Secret -AsPlainText -Force))) -BaseUri ' +
            "'$base'" + ' -PassThru -Verbose -Debug; Get-VonageContext | Format-List * | Out-String'
        Assert-NoSecret (Invoke-Scenario @{} -Setup $connect) "$Name (Connect-Vonage default)"
    }
}

Describe 'Credentials go only to the configured host over HTTPS' {
    It 'refuses -BaseUri http://example.com with InsecureBaseUri before any call' {
        $err = $null
        try { Get-VonageRecord -Product SMS -Direction outbound -Last 1h -Credential (Get-TestCredential) -BaseUri http://example.com } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'InsecureBaseUri,*'
        $err.Exception.Message | Should -BeLike '*must use HTTPS*loopback*'
        "$($err.TargetObject)" | Should -BeLike 'http://example.com*'
    }

    It 'refuses VONAGE_BASE_URI=http://example.com the same way' {
        $env:VONAGE_BASE_URI = 'http://example.com'
        try {
            $err = $null
            try { Get-VonageRecord -Product SMS -Direction outbound -Last 1h -Credential (Get-TestCredential) } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'InsecureBaseUri,*'
        }
        finally { Remove-Item Env:VONAGE_BASE_URI -ErrorAction SilentlyContinue }
    }

    It 'refuses a download link to another host or port (ForeignLinkRefused): no request, no file' {
        # A listener on another loopback port stands for the foreign host: it must never see a connection.
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            $foreign = "http://127.0.0.1:$($listener.LocalEndpoint.Port)/v3/media/abc"
            $folder = (New-Item -ItemType Directory (Join-Path $TestDrive 'foreign')).FullName
            foreach ($link in $foreign, 'https://files.example.com/v3/media/abc') {
                $err = $null
                try { Save-VonageReportFile -DownloadUri $link -Destination $folder -Credential (Get-TestCredential) -BaseUri $base -ErrorAction Stop } catch { $err = $_ }
                $err.FullyQualifiedErrorId | Should -BeLike 'ForeignLinkRefused,*'
                $err.Exception.Message | Should -BeLike '*no credentials were sent*'
            }
            $listener.Pending() | Should -BeFalse
            Get-ChildItem $folder -Force | Should -BeNullOrEmpty
        }
        finally { $listener.Stop() }
    }

    It 'accepts plain HTTP to loopback (the emulator)' {
        @(Get-VonageRecord -Product SMS -Direction outbound -DateStart $start -DateEnd $start.AddMinutes(1) -Credential (Get-TestCredential) -BaseUri $base).Count |
            Should -Be 6
    }
}

Describe 'User text is URL-encoded' {
    BeforeAll {
        # The URL actually requested, from the -Verbose HTTP log line (kept even when the API then refuses the call).
        function Get-RequestLine([hashtable] $With) {
            $lines = [System.Collections.Generic.List[string]]::new()
            try {
                Get-VonageRecord -Product SMS -Direction outbound -Credential (Get-TestCredential) -BaseUri $base -MaximumRetryCount 0 -Verbose @With 4>&1 |
                    ForEach-Object { if ($_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'GET *') { $lines.Add($_.Message) } }
            }
            catch { $null = $_ }
            $lines | Select-Object -First 1
        }
    }

    It 'a filter with & # + = stays one value' {
        $line = Get-RequestLine @{ DateStart = $start; DateEnd = $start.AddMinutes(1); ClientRef = 'a&b=c#d+e' }
        $line | Should -BeLike '*client_ref=a%26b%3Dc%23d%2Be*'
        $line | Should -Not -BeLike '*&b=*'
    }

    It 'an account id with & # + cannot add parameters' {
        $line = Get-RequestLine @{ DateStart = $start; DateEnd = $start.AddMinutes(1); AccountId = 'abcd1234&product=VOICE-CALL#x+y' }
        $line | Should -BeLike '*account_id=abcd1234%26product%3DVOICE-CALL%23x%2By*'
        $line | Should -Not -BeLike '*&product=VOICE-CALL*'
    }

    It 'a date given with a +hh:mm offset goes out in UTC, with no + to misread' {
        $records = Get-VonageRecord -Product SMS -Direction outbound -DateStart '2026-10-01T02:00:00+02:00' -DateEnd '2026-10-01T02:01:00+02:00' `
            -Credential (Get-TestCredential) -BaseUri $base
        @($records).Count | Should -Be 6
        # 02:00+02:00 is 00:00Z: the records are those of 00:00-00:01 UTC.
        $records.DateReceived | ForEach-Object { $_ | Should -BeGreaterOrEqual $start; $_ | Should -BeLessThan $start.AddMinutes(1) }
        $line = Get-RequestLine @{ DateStart = '2026-10-01T02:00:00+02:00'; DateEnd = '2026-10-01T02:01:00+02:00' }
        $line | Should -BeLike '*date_start=2026-10-01T00%3A00%3A00Z*'
    }
}
