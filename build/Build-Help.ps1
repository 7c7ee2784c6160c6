#requires -Version 7.0
<#
.SYNOPSIS
    Turns docs/en-US/*.md (PlatyPS markdown) into the module's offline help: en-US/Vonage.Reports.PowerShell.dll-Help.xml
    (MAML, what Get-Help reads for a binary module) and en-US/about_*.help.txt.
.DESCRIPTION
    PlatyPS cannot be installed here, so this reads the same schema PlatyPS writes (front matter, ## SYNOPSIS,
    ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS with a yaml block per parameter, ## INPUTS, ## OUTPUTS,
    ## NOTES, ## RELATED LINKS) and writes the MAML PlatyPS would. Where PlatyPS is present it can take over
    unchanged. A page that cannot be read is reported and left out rather than failing the build for everyone;
    tests/Pester/Help.Tests.ps1 fails on any cmdlet or parameter without help.
    Dot-source with -ModuleDir '' to get ConvertFrom-PlatyPSMarkdown without building anything.
#>
[CmdletBinding()]
param(
    [string] $ModuleDir,
    [string] $DocsDir
)
$script:MamlNamespaces = [ordered]@{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
}

# ---------------------------------------------------------------- markdown -> object

# Splits markdown into (level, title, lines) sections, keeping fenced code blocks intact.
function Split-MarkdownSections([string[]] $Lines, [int] $Level) {
    $prefix = '#' * $Level + ' '
    $sections = [System.Collections.Generic.List[object]]::new()
    $current = [pscustomobject]@{ Title = ''; Lines = [System.Collections.Generic.List[string]]::new() }
    $inFence = $false
    foreach ($line in $Lines) {
        if ($line -match '^\s*```') { $inFence = -not $inFence }
        if (-not $inFence -and $line.StartsWith($prefix) -and -not $line.StartsWith($prefix.TrimEnd() + '#')) {
            $sections.Add($current)
            $current = [pscustomobject]@{ Title = $line.Substring($prefix.Length).Trim(); Lines = [System.Collections.Generic.List[string]]::new() }
            continue
        }
        $current.Lines.Add($line)
    }
    $sections.Add($current)
    $sections
}

# Text and fenced code blocks of a section, in order: @{ Kind = 'text'|'code'; Info = 'powershell'|'yaml'|''; Text = ... }.
function Split-Blocks([string[]] $Lines) {
    $blocks = [System.Collections.Generic.List[object]]::new()
    $buffer = [System.Collections.Generic.List[string]]::new()
    $fence = $null
    foreach ($line in $Lines) {
        if ($null -eq $fence -and $line -match '^\s*```\s*([\w-]*)\s*$') {
            if ($buffer.Count) { $blocks.Add([pscustomobject]@{ Kind = 'text'; Info = ''; Text = ($buffer -join "`n") }); $buffer.Clear() }
            $fence = $Matches[1]
            continue
        }
        if ($null -ne $fence -and $line -match '^\s*```\s*$') {
            $blocks.Add([pscustomobject]@{ Kind = 'code'; Info = $fence; Text = ($buffer -join "`n") }); $buffer.Clear()
            $fence = $null
            continue
        }
        $buffer.Add($line)
    }
    if ($null -ne $fence) { throw "A code block opened with ``````$fence is never closed." }
    if ($buffer.Count) { $blocks.Add([pscustomobject]@{ Kind = 'text'; Info = ''; Text = ($buffer -join "`n") }) }
    $blocks
}

# Paragraphs of markdown text: blank lines separate them, each list item starts a new one, soft-wrapped lines join.
function ConvertTo-Paragraphs([string] $Text) {
    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $current = ''
    foreach ($raw in ($Text -split "`n")) {
        $line = $raw.TrimEnd()
        if (-not $line.Trim()) {
            if ($current) { $paragraphs.Add($current); $current = '' }
            continue
        }
        if ($line -match '^\s*([-*]|\d+\.)\s+' -and $current) { $paragraphs.Add($current); $current = '' }
        $current = if ($current) { $current + ' ' + $line.Trim() } else { $line.Trim() }
    }
    if ($current) { $paragraphs.Add($current) }
    , $paragraphs.ToArray()
}

function Get-SectionText($Section) {
    if ($null -eq $Section) { return '' }
    (($Section.Lines -join "`n").Trim())
}

function ConvertFrom-ParameterYaml([string] $Yaml) {
    $map = [ordered]@{}
    foreach ($line in $Yaml -split "`n") {
        if ($line -match '^\s*([A-Za-z ]+):\s*(.*)$') { $map[$Matches[1].Trim()] = $Matches[2].Trim() }
    }
    $map
}

<#
.SYNOPSIS
    Reads one PlatyPS cmdlet page into an object (Name, Metadata, Synopsis, Syntax, Description, Examples,
    Parameters, Inputs, Outputs, Notes, Links). Throws with the reason when the page does not follow the schema.
#>
function ConvertFrom-PlatyPSMarkdown([string] $Path) {
    $lines = [System.IO.File]::ReadAllLines($Path)
    $metadata = [ordered]@{}
    $start = 0
    if ($lines.Count -and $lines[0].Trim() -eq '---') {
        for ($i = 1; $i -lt $lines.Count; $i++) {
            if ($lines[$i].Trim() -eq '---') { $start = $i + 1; break }
            if ($lines[$i] -match '^([^:]+):\s*(.*)$') { $metadata[$Matches[1].Trim()] = $Matches[2].Trim() }
        }
        if ($start -eq 0) { throw 'The YAML front matter is never closed with ---.' }
    }
    $body = $lines[$start..($lines.Count - 1)]
    $top = Split-MarkdownSections $body 1
    $titled = @($top | Where-Object Title)
    if ($titled.Count -ne 1) { throw "Expected one '# <Verb-Noun>' title, found $($titled.Count)." }
    $name = $titled[0].Title
    $sections = @{}
    foreach ($section in (Split-MarkdownSections $titled[0].Lines 2)) { if ($section.Title) { $sections[$section.Title.ToUpperInvariant()] = $section } }
    foreach ($required in 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS') {
        if (-not $sections.ContainsKey($required)) { throw "Section '## $required' is missing." }
    }

    $syntax = foreach ($set in (Split-MarkdownSections $sections['SYNTAX'].Lines 3 | Where-Object Title)) {
        $code = @(Split-Blocks $set.Lines | Where-Object Kind -eq 'code')
        if (-not $code) { throw "Syntax '$($set.Title)' has no code block." }
        $setName = $set.Title -replace '\s*\(Default\)\s*$', ''
        [pscustomobject]@{
            Name       = $setName
            IsDefault  = $set.Title -match '\(Default\)'
            Text       = $code[0].Text.Trim()
            Parameters = @([regex]::Matches($code[0].Text, '(?<![\w-])-(\w+)') | ForEach-Object { $_.Groups[1].Value })
        }
    }

    $examples = foreach ($example in (Split-MarkdownSections $sections['EXAMPLES'].Lines 3 | Where-Object Title)) {
        $blocks = @(Split-Blocks $example.Lines)
        # PowerShell fences are the code; an ```output (or text/console) fence is sample output, shown with the remarks.
        $isCode = { $_.Kind -eq 'code' -and $_.Info -notin 'output', 'text', 'console' }
        $code = @($blocks | Where-Object $isCode)
        if (-not $code) { throw "Example '$($example.Title)' has no code block." }
        $remarks = foreach ($block in $blocks | Where-Object { -not (& $isCode) }) {
            if ($block.Kind -eq 'code') { , $block.Text.TrimEnd() } else { ConvertTo-Paragraphs $block.Text }
        }
        [pscustomobject]@{
            Title   = $example.Title
            Code    = ($code.Text -join "`n`n").Trim()
            Remarks = @($remarks | Where-Object { $_ })
        }
    }

    $parameters = foreach ($parameter in (Split-MarkdownSections $sections['PARAMETERS'].Lines 3 | Where-Object Title)) {
        if ($parameter.Title -eq 'CommonParameters' -or $parameter.Title -eq 'WorkflowCommonParameters') { continue }
        if ($parameter.Title -notmatch '^-(\w+)$') { throw "Parameter heading '### $($parameter.Title)' should be '### -Name'." }
        $pname = $Matches[1]
        $blocks = @(Split-Blocks $parameter.Lines)
        $yamlBlocks = @($blocks | Where-Object { $_.Kind -eq 'code' -and $_.Info -eq 'yaml' })
        if (-not $yamlBlocks) { throw "Parameter -$pname has no yaml block." }
        $attributes = @($yamlBlocks | ForEach-Object { ConvertFrom-ParameterYaml $_.Text })
        foreach ($key in 'Type', 'Parameter Sets', 'Required', 'Position', 'Accept pipeline input') {
            if (-not $attributes[0].Contains($key)) { throw "Parameter -$pname's yaml block lacks '$key'." }
        }
        [pscustomobject]@{
            Name        = $pname
            Description = ConvertTo-Paragraphs (($blocks | Where-Object Kind -eq 'text').Text -join "`n`n")
            Attributes  = $attributes
        }
    }

    $typeList = {
        param($Section)
        if ($null -eq $Section) { return @() }
        foreach ($type in (Split-MarkdownSections $Section.Lines 3 | Where-Object Title)) {
            [pscustomobject]@{ Name = $type.Title; Description = ConvertTo-Paragraphs (Get-SectionText $type) }
        }
    }

    $links = if ($sections.ContainsKey('RELATED LINKS')) {
        foreach ($match in [regex]::Matches((Get-SectionText $sections['RELATED LINKS']), '\[([^\]]+)\]\(([^)]*)\)')) {
            $uri = $match.Groups[2].Value
            # Relative links (other pages of these docs) have no meaning offline; Get-Help shows the text.
            [pscustomobject]@{ Text = $match.Groups[1].Value; Uri = if ($uri -match '^https?://') { $uri } else { '' } }
        }
    }

    [pscustomobject]@{
        Name        = $name
        Path        = $Path
        Metadata    = $metadata
        Synopsis    = (ConvertTo-Paragraphs (Get-SectionText $sections['SYNOPSIS'])) -join ' '
        Syntax      = @($syntax)
        Description = ConvertTo-Paragraphs (Get-SectionText $sections['DESCRIPTION'])
        Examples    = @($examples)
        Parameters  = @($parameters)
        Inputs      = @(& $typeList $sections['INPUTS'])
        Outputs     = @(& $typeList $sections['OUTPUTS'])
        Notes       = ConvertTo-Paragraphs (Get-SectionText $sections['NOTES'])
        Links       = @($links)
    }
}

# ---------------------------------------------------------------- object -> MAML

function Add-Element([System.Xml.XmlNode] $Parent, [string] $QualifiedName, [string] $Text) {
    $prefix, $local = $QualifiedName.Split(':')
    $document = if ($Parent -is [System.Xml.XmlDocument]) { $Parent } else { $Parent.OwnerDocument }
    $element = $document.CreateElement($prefix, $local, $MamlNamespaces[$prefix])
    if ($PSBoundParameters.ContainsKey('Text')) { $element.InnerText = $Text }
    $null = $Parent.AppendChild($element)
    $element
}

function Add-Paragraphs([System.Xml.XmlNode] $Parent, [string] $QualifiedName, [string[]] $Paragraphs) {
    $description = Add-Element $Parent $QualifiedName
    foreach ($paragraph in $Paragraphs) { $null = Add-Element $description 'maml:para' $paragraph }
    if (-not $Paragraphs) { $null = Add-Element $description 'maml:para' '' }
    $description
}

# The yaml block that applies to a parameter set ("(All)" or a list of sets).
function Get-ParameterAttributes($Parameter, [string] $SetName) {
    foreach ($attributes in $Parameter.Attributes) {
        $sets = $attributes['Parameter Sets']
        if ($sets -eq '(All)' -or ($sets -split ',\s*') -contains $SetName) { return $attributes }
    }
    if ($null -eq $SetName) { return $Parameter.Attributes[0] }
    $null
}

function Add-ParameterElement([System.Xml.XmlNode] $Parent, $Parameter, $Attributes, [bool] $InSyntax) {
    $type = $Attributes['Type']
    $element = Add-Element $Parent 'command:parameter'
    $element.SetAttribute('required', $Attributes['Required'].ToLowerInvariant())
    $element.SetAttribute('variableLength', $(if ($type -like '*`[`]') { 'true' } else { 'false' }))
    $element.SetAttribute('globbing', $(if ($Attributes.Contains('Accept wildcard characters')) { $Attributes['Accept wildcard characters'].ToLowerInvariant() } else { 'false' }))
    $element.SetAttribute('pipelineInput', $Attributes['Accept pipeline input'])
    $element.SetAttribute('position', $(if ($Attributes['Position'] -eq 'Named') { 'named' } else { $Attributes['Position'] }))
    $element.SetAttribute('aliases', $(if ($Attributes.Contains('Aliases') -and $Attributes['Aliases']) { $Attributes['Aliases'] } else { 'none' }))
    $null = Add-Element $element 'maml:name' $Parameter.Name
    $null = Add-Paragraphs $element 'maml:description' $Parameter.Description
    $isSwitch = $type -eq 'SwitchParameter'
    if (-not ($InSyntax -and $isSwitch)) {
        $value = Add-Element $element 'command:parameterValue' $type
        $value.SetAttribute('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $value.SetAttribute('variableLength', 'false')
    }
    $devType = Add-Element $element 'dev:type'
    $null = Add-Element $devType 'maml:name' $type
    $null = Add-Element $devType 'maml:uri' ''
    $null = Add-Element $element 'dev:defaultValue' $(if ($Attributes.Contains('Default value') -and $Attributes['Default value']) { $Attributes['Default value'] } else { 'None' })
}

function Add-CommandElement([System.Xml.XmlNode] $HelpItems, $Page) {
    $command = Add-Element $HelpItems 'command:command'
    foreach ($prefix in $MamlNamespaces.Keys) { $command.SetAttribute("xmlns:$prefix", $MamlNamespaces[$prefix]) }
    $details = Add-Element $command 'command:details'
    $null = Add-Element $details 'command:name' $Page.Name
    $verb, $noun = $Page.Name -split '-', 2
    $null = Add-Element $details 'command:verb' $verb
    $null = Add-Element $details 'command:noun' $noun
    $null = Add-Paragraphs $details 'maml:description' @($Page.Synopsis)
    $null = Add-Paragraphs $command 'maml:description' $Page.Description

    $syntax = Add-Element $command 'command:syntax'
    foreach ($set in $Page.Syntax) {
        $item = Add-Element $syntax 'command:syntaxItem'
        $null = Add-Element $item 'maml:name' $Page.Name
        foreach ($name in $set.Parameters) {
            $parameter = $Page.Parameters | Where-Object Name -eq $name | Select-Object -First 1
            if (-not $parameter) { continue }
            $attributes = Get-ParameterAttributes $parameter $set.Name
            if ($null -eq $attributes) { $attributes = $parameter.Attributes[0] }
            Add-ParameterElement $item $parameter $attributes $true
        }
    }

    $parameters = Add-Element $command 'command:parameters'
    foreach ($parameter in $Page.Parameters) { Add-ParameterElement $parameters $parameter $parameter.Attributes[0] $false }

    foreach ($kind in @(@('command:inputTypes', 'command:inputType', $Page.Inputs), @('command:returnValues', 'command:returnValue', $Page.Outputs))) {
        $list = Add-Element $command $kind[0]
        foreach ($type in $kind[2]) {
            $entry = Add-Element $list $kind[1]
            $devType = Add-Element $entry 'dev:type'
            $null = Add-Element $devType 'maml:name' $type.Name
            $null = Add-Paragraphs $entry 'maml:description' $type.Description
        }
    }

    $alerts = Add-Element $command 'maml:alertSet'
    $alert = Add-Element $alerts 'maml:alert'
    foreach ($paragraph in $Page.Notes) { $null = Add-Element $alert 'maml:para' $paragraph }

    $examples = Add-Element $command 'command:examples'
    foreach ($example in $Page.Examples) {
        $node = Add-Element $examples 'command:example'
        $null = Add-Element $node 'maml:title' "-------------------------- $($example.Title) --------------------------"
        $null = Add-Element $node 'dev:code' $example.Code
        $null = Add-Paragraphs $node 'dev:remarks' $example.Remarks
    }

    $links = Add-Element $command 'command:relatedLinks'
    foreach ($link in $Page.Links) {
        $navigation = Add-Element $links 'maml:navigationLink'
        $null = Add-Element $navigation 'maml:linkText' $link.Text
        $null = Add-Element $navigation 'maml:uri' $link.Uri
    }
}

# ---------------------------------------------------------------- about topic -> help.txt

function Format-Wrapped([string] $Text, [int] $Indent, [int] $Width = 80) {
    $pad = ' ' * $Indent
    $lines = [System.Collections.Generic.List[string]]::new()
    $line = ''
    foreach ($word in ($Text -split '\s+' | Where-Object { $_ })) {
        if ($line -and ($pad.Length + $line.Length + 1 + $word.Length) -gt $Width) { $lines.Add($pad + $line); $line = $word }
        else { $line = if ($line) { "$line $word" } else { $word } }
    }
    if ($line) { $lines.Add($pad + $line) }
    $lines -join [Environment]::NewLine
}

<#
.SYNOPSIS
    PlatyPS about-topic markdown (# about_X, ## SHORT DESCRIPTION, ## LONG DESCRIPTION, ### subsections) as the
    plain text Get-Help about_X prints: upper-case headings, indented and wrapped paragraphs, code kept as written.
#>
function ConvertTo-AboutText([string] $Path) {
    $lines = [System.IO.File]::ReadAllLines($Path)
    $start = 0
    if ($lines.Count -and $lines[0].Trim() -eq '---') { for ($i = 1; $i -lt $lines.Count; $i++) { if ($lines[$i].Trim() -eq '---') { $start = $i + 1; break } } }
    $body = $lines[$start..($lines.Count - 1)]
    $title = ($body | Where-Object { $_ -match '^# ' } | Select-Object -First 1)
    if (-not $title) { throw "No '# about_<Topic>' title." }
    $out = [System.Collections.Generic.List[string]]::new()
    $out.Add('TOPIC'); $out.Add('    ' + $title.Substring(2).Trim()); $out.Add('')
    $sections = Split-MarkdownSections ($body | Where-Object { $_ -ne $title }) 2
    foreach ($section in $sections | Where-Object Title) {
        $out.Add($section.Title.ToUpperInvariant())
        foreach ($sub in (Split-MarkdownSections $section.Lines 3)) {
            if ($sub.Title) { $out.Add(''); $out.Add('  ' + $sub.Title.ToUpperInvariant()) }
            foreach ($block in (Split-Blocks $sub.Lines)) {
                if ($block.Kind -eq 'code') {
                    foreach ($codeLine in ($block.Text -split "`n")) { $out.Add(('        ' + $codeLine).TrimEnd()) }
                    $out.Add('')
                    continue
                }
                foreach ($paragraph in (ConvertTo-Paragraphs $block.Text)) {
                    $isItem = $paragraph -match '^([-*]|\d+\.)\s+'
                    $out.Add((Format-Wrapped $paragraph $(if ($isItem) { 6 } else { 4 })))
                    $out.Add('')
                }
            }
        }
    }
    ($out -join [Environment]::NewLine).TrimEnd() + [Environment]::NewLine
}

# ---------------------------------------------------------------- build

function Invoke-HelpBuild([string] $ModuleDir, [string] $DocsDir) {
    $cultures = Get-ChildItem $DocsDir -Directory -ErrorAction SilentlyContinue
    foreach ($culture in $cultures) {
        $target = Join-Path $ModuleDir $culture.Name
        $null = New-Item -ItemType Directory -Path $target -Force
        $files = @{}
        foreach ($page in Get-ChildItem $culture.FullName -Filter *.md | Where-Object Name -notlike 'about_*') {
            try {
                $parsed = ConvertFrom-PlatyPSMarkdown $page.FullName
                $file = if ($parsed.Metadata.Contains('external help file') -and $parsed.Metadata['external help file']) { $parsed.Metadata['external help file'] } else { 'Vonage.Reports.PowerShell.dll-Help.xml' }
                if (-not $files.ContainsKey($file)) { $files[$file] = [System.Collections.Generic.List[object]]::new() }
                $files[$file].Add($parsed)
            } catch {
                Write-Warning "Help: $($culture.Name)/$($page.Name) skipped: $($_.Exception.Message)"
            }
        }
        foreach ($file in $files.Keys) {
            $document = [System.Xml.XmlDocument]::new()
            $null = $document.AppendChild($document.CreateXmlDeclaration('1.0', 'utf-8', $null))
            $helpItems = $document.CreateElement('helpItems', 'http://msh')
            $helpItems.SetAttribute('schema', 'maml')
            $null = $document.AppendChild($helpItems)
            foreach ($page in $files[$file] | Sort-Object Name) { Add-CommandElement $helpItems $page }
            $settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
            $writer = [System.Xml.XmlWriter]::Create((Join-Path $target $file), $settings)
            try { $document.Save($writer) } finally { $writer.Dispose() }
        }
        foreach ($about in Get-ChildItem $culture.FullName -Filter 'about_*.md') {
            try {
                $text = ConvertTo-AboutText $about.FullName
                [System.IO.File]::WriteAllText((Join-Path $target ($about.BaseName + '.help.txt')), $text, [System.Text.UTF8Encoding]::new($false))
            } catch {
                Write-Warning "Help: $($culture.Name)/$($about.Name) skipped: $($_.Exception.Message)"
            }
        }
        $count = ($files.Values | ForEach-Object Count | Measure-Object -Sum).Sum
        Write-Host "Help: $count cmdlet page(s) -> $($culture.Name)/$($files.Keys -join ', ')" -ForegroundColor DarkCyan
    }
}

if ($ModuleDir) {
    $ErrorActionPreference = 'Stop'
    Set-StrictMode -Version Latest
    Invoke-HelpBuild -ModuleDir $ModuleDir -DocsDir $DocsDir
}
