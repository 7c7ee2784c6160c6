# The manifest as shipped: Test-ModuleManifest passes, editions and versions are right, every export is explicit and
# matches what the assembly implements, listed format/types files exist, and the one version number is used everywhere.
BeforeAll {
    $script:manifestPath = $env:VONAGE_TEST_MODULE_PATH
    $script:moduleRoot = Split-Path -Parent $manifestPath
    $script:data = Import-PowerShellDataFile $manifestPath
    $script:module = Import-Module $manifestPath -Force -PassThru -ErrorAction Stop
}

Describe 'VonageReports.psd1' {
    It 'passes Test-ModuleManifest in the built module folder' {
        $result = Test-ModuleManifest -Path $manifestPath -ErrorAction Stop
        $result.Name | Should -Be 'VonageReports'
    }

    It 'supports Windows PowerShell 5.1 (Desktop) and PowerShell 7 (Core)' {
        $data.CompatiblePSEditions | Sort-Object | Should -Be @('Core', 'Desktop')
        $data.PowerShellVersion | Should -Be '5.1'
        $data.DotNetFrameworkVersion | Should -Be '4.7.2'
        $data.PrivateData.PSData.Tags | Should -Contain 'PSEdition_Desktop'
        $data.PrivateData.PSData.Tags | Should -Contain 'PSEdition_Core'
    }

    It 'exports explicitly: no wildcard, and no function, variable or alias it does not have' {
        foreach ($key in 'CmdletsToExport', 'FunctionsToExport', 'VariablesToExport', 'AliasesToExport') {
            $data.ContainsKey($key) | Should -BeTrue -Because "$key must be listed (a missing entry exports everything)"
            @($data[$key]) -join ',' | Should -Not -Match '\*' -Because "$key must not use wildcards"
        }
        @($data.FunctionsToExport).Count | Should -Be 0
        @($data.VariablesToExport).Count | Should -Be 0
    }

    It 'exports exactly the cmdlets the assembly implements, each exactly once' {
        $implemented = foreach ($type in $module.ImplementingAssembly.GetExportedTypes()) {
            $attribute = [System.Attribute]::GetCustomAttribute($type, [System.Management.Automation.CmdletAttribute])
            if ($attribute -and -not $type.IsAbstract) { "$($attribute.VerbName)-$($attribute.NounName)" }
        }
        @($data.CmdletsToExport | Sort-Object) | Should -Be @($implemented | Sort-Object)
        @($data.CmdletsToExport | Sort-Object -Unique).Count | Should -Be @($data.CmdletsToExport).Count
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($implemented | Sort-Object)
    }

    It 'uses approved verbs only' {
        $approved = (Get-Verb).Verb
        foreach ($name in $data.CmdletsToExport) { $approved | Should -Contain ($name -split '-')[0] -Because $name }
    }

    It 'lists every format and types file the module ships, and ships every one it lists' {
        foreach ($key in 'FormatsToProcess', 'TypesToProcess') {
            $data.ContainsKey($key) | Should -BeTrue
            foreach ($file in @($data[$key])) { Join-Path $moduleRoot $file | Should -Exist }
        }
        $shippedFormats = @(Get-ChildItem $moduleRoot -Filter *.format.ps1xml).Name
        @($data.FormatsToProcess | Sort-Object) | Should -Be @($shippedFormats | Sort-Object)
        $shippedTypes = @(Get-ChildItem $moduleRoot -Filter *.types.ps1xml).Name
        @($data.TypesToProcess | Where-Object { $_ } | Sort-Object) | Should -Be @($shippedTypes | Where-Object { $_ } | Sort-Object)
    }

    It 'has the gallery metadata: tags, project and license URIs, release notes' {
        $psData = $data.PrivateData.PSData
        @($psData.Tags).Count | Should -BeGreaterThan 3
        foreach ($tag in $psData.Tags) { $tag | Should -Match '^[A-Za-z0-9_.-]+$' -Because 'gallery tags cannot contain spaces' }
        foreach ($key in 'ProjectUri', 'LicenseUri') {
            $uri = [uri] $psData[$key]
            $uri.IsAbsoluteUri | Should -BeTrue
            $uri.Scheme | Should -Be 'https'
        }
        $psData.ReleaseNotes | Should -Match ([regex]::Escape($data.ModuleVersion))
        $data.Description | Should -Not -BeNullOrEmpty
        $data.Author | Should -Not -BeNullOrEmpty
    }

    It 'carries the one version number: folder, manifest, and both assemblies' {
        Split-Path -Leaf $moduleRoot | Should -Be $data.ModuleVersion
        $expected = [version] $data.ModuleVersion
        foreach ($dll in (Join-Path $moduleRoot 'Vonage.Reports.PowerShell.dll'), (Join-Path $moduleRoot 'dependencies/Vonage.Reports.dll')) {
            $version = [System.Reflection.AssemblyName]::GetAssemblyName($dll).Version
            [version]::new($version.Major, $version.Minor, $version.Build) | Should -Be $expected -Because (Split-Path -Leaf $dll)
        }
        $module.Version | Should -Be $expected
    }

    It 'ships the MIT license' {
        Join-Path $moduleRoot 'LICENSE' | Should -Exist
        Get-Content (Join-Path $moduleRoot 'LICENSE') -Raw | Should -Match '^MIT License'
        $data.Copyright | Should -Match 'MIT'
    }
}
