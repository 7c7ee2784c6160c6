# Help: every cmdlet the built module exports has a PlatyPS page in docs/en-US that covers each of its parameters,
# whose examples parse, and Get-Help serves that content offline from the shipped MAML. Cmdlets are discovered
# from the module itself, so a cmdlet added without docs fails here.
BeforeDiscovery {
    $module = Import-Module $env:VONAGE_TEST_MODULE_PATH -Force -PassThru -ErrorAction Stop
    $script:cmdlets = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force -ErrorAction Stop
    . (Join-Path $PSScriptRoot '../../build/Build-Help.ps1')   # ConvertFrom-PlatyPSMarkdown, the build's own reader
    $script:docs = Join-Path $PSScriptRoot '../../docs/en-US'
    $script:moduleRoot = Split-Path -Parent $env:VONAGE_TEST_MODULE_PATH
    # -WhatIf and -Confirm get a section of their own (as PlatyPS writes them); the rest are ### CommonParameters.
    $script:common = @([System.Management.Automation.Cmdlet]::CommonParameters) + 'UseTransaction'

    function Get-Page([string] $Name) { ConvertFrom-PlatyPSMarkdown (Join-Path $docs "$Name.md") }
    function Get-DocumentedParameters([string] $Name) {
        (Get-Command $Name).Parameters.Values | Where-Object { $_.Name -notin $common }
    }
    function Format-Text([string[]] $Paragraphs) { (($Paragraphs -join ' ') -replace '\s+', ' ').Trim() }
    function Get-ParseErrors([string] $Code) {
        $tokens = $null; $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref] $tokens, [ref] $errors)
        @($errors)
    }
}

Describe 'docs/en-US/<Name>.md' -ForEach $cmdlets {
    It 'exists and follows the PlatyPS schema' {
        Join-Path $docs "$Name.md" | Should -Exist
        $page = Get-Page $Name
        $page.Name | Should -Be $Name
        $page.Metadata['external help file'] | Should -Be 'Vonage.Reports.PowerShell.dll-Help.xml'
        $page.Metadata['Module Name'] | Should -Be 'VonageReports'
        $page.Synopsis | Should -Not -BeNullOrEmpty
        $page.Description | Should -Not -BeNullOrEmpty
        $page.Outputs | Should -Not -BeNullOrEmpty
    }

    It 'documents every parameter, with a description, its type and whether it is required' {
        $page = Get-Page $Name
        $documented = @{}
        foreach ($parameter in $page.Parameters) { $documented[$parameter.Name] = $parameter }
        foreach ($parameter in Get-DocumentedParameters $Name) {
            $documented.Keys | Should -Contain $parameter.Name -Because "-$($parameter.Name) of $Name needs a '### -$($parameter.Name)' section"
            $doc = $documented[$parameter.Name]
            ($doc.Description -join ' ') | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"
            $doc.Attributes[0]['Type'] | Should -Be $parameter.ParameterType.Name -Because "-$($parameter.Name)'s Type"
            $mandatory = @($parameter.ParameterSets.Values.IsMandatory | Sort-Object -Unique)
            if ($mandatory.Count -eq 1 -and $doc.Attributes.Count -eq 1) {
                $doc.Attributes[0]['Required'] | Should -Be ([string] $mandatory[0]) -Because "-$($parameter.Name)'s Required"
            }
            $byValue = [bool]($parameter.ParameterSets.Values | Where-Object ValueFromPipeline)
            $byName = [bool]($parameter.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName)
            $pipeline = ($doc.Attributes | ForEach-Object { $_['Accept pipeline input'] }) -join ' '
            if ($byValue) { $pipeline | Should -Match 'ByValue' -Because "-$($parameter.Name) binds from the pipeline by value" }
            if ($byName) { $pipeline | Should -Match 'ByPropertyName' -Because "-$($parameter.Name) binds by property name" }
            if (-not $byValue -and -not $byName) { $pipeline | Should -Match '^False' -Because "-$($parameter.Name) takes no pipeline input" }
        }
    }

    It 'documents no parameter the cmdlet does not have' {
        $actual = @((Get-DocumentedParameters $Name).Name)
        foreach ($parameter in (Get-Page $Name).Parameters) { $actual | Should -Contain $parameter.Name -Because "the page documents -$($parameter.Name)" }
    }

    It 'has at least two examples that use it, a pipeline one (Where-Object/Export-Csv) and a runbook-style one' {
        $examples = (Get-Page $Name).Examples
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) { $example.Code | Should -Match ([regex]::Escape($Name)) -Because "'$($example.Title)' should show $Name" }
        @($examples | Where-Object Code -match 'Where-Object|Export-Csv').Count | Should -BeGreaterOrEqual 1 -Because 'one example filters or exports in a pipeline'
        @($examples | Where-Object { $_.Code -match 'Get-AutomationPSCredential|-ErrorAction Stop' -or $_.Title -match 'runbook' }).Count |
            Should -BeGreaterOrEqual 1 -Because 'one example is runbook-style'
    }

    It 'has examples that parse' {
        foreach ($example in (Get-Page $Name).Examples) {
            $errors = Get-ParseErrors $example.Code
            ($errors | ForEach-Object Message) -join '; ' | Should -BeNullOrEmpty -Because "'$($example.Title)' must parse"
        }
    }
}

Describe 'Get-Help <Name>, offline, from the shipped MAML' -ForEach $cmdlets {
    It 'ships the MAML file beside the module' {
        Join-Path $moduleRoot 'en-US/Vonage.Reports.PowerShell.dll-Help.xml' | Should -Exist
    }

    It '-Full returns the page: synopsis, description, every parameter, inputs and outputs' {
        $page = Get-Page $Name
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Be $page.Synopsis
        Format-Text $help.description.Text | Should -Be (Format-Text $page.Description)
        $names = @($help.parameters.parameter.name)
        foreach ($parameter in Get-DocumentedParameters $Name) { $names | Should -Contain $parameter.Name }
        @($help.returnValues.returnValue).Count | Should -Be $page.Outputs.Count
    }

    It '-Examples returns every example with its code' {
        $page = Get-Page $Name
        $examples = @((Get-Help $Name -Examples).examples.example)
        $examples.Count | Should -Be $page.Examples.Count
        for ($i = 0; $i -lt $examples.Count; $i++) { $examples[$i].code | Should -Be $page.Examples[$i].Code }
    }

    It '-Parameter <name> returns each parameter''s description' {
        $page = Get-Page $Name
        foreach ($parameter in $page.Parameters) {
            $help = Get-Help $Name -Parameter $parameter.Name
            Format-Text $help.description.Text | Should -Be (Format-Text $parameter.Description)
        }
    }
}

Describe 'about_VonageReports' {
    It 'ships as en-US/about_VonageReports.help.txt and Get-Help finds it' {
        Join-Path $moduleRoot 'en-US/about_VonageReports.help.txt' | Should -Exist
        $text = Get-Help about_VonageReports | Out-String
        $text | Should -Match 'SHORT DESCRIPTION'
        foreach ($topic in 'CREDENTIALS', 'PAGING', 'RATE LIMITS', 'THE EMULATOR', 'AZURE AUTOMATION') { $text | Should -Match $topic }
    }

    It 'has code blocks that parse' {
        $markdown = Get-Content (Join-Path $docs 'about_VonageReports.md') -Raw
        $blocks = [regex]::Matches($markdown, '```powershell\r?\n(.*?)```', 'Singleline')
        $blocks.Count | Should -BeGreaterThan 0
        foreach ($block in $blocks) {
            (Get-ParseErrors $block.Groups[1].Value | ForEach-Object Message) -join '; ' | Should -BeNullOrEmpty
        }
    }
}
