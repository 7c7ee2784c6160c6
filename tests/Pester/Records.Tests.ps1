# Typed records for every product, from the emulator's sync endpoint: the class each product maps to, Export-Csv
# column stability (Export-Csv then Import-Csv gives the objects' columns, in order) and default views within 120 columns.
BeforeDiscovery {
    Import-Module $env:VONAGE_TEST_MODULE_PATH -Force
    $directional = @{ 'SMS' = 'outbound'; 'MESSAGES' = 'outbound' }
    $script:products = foreach ($name in [Vonage.Reports.Products.VonageProduct]::Names) {
        @{ Product = $name; Direction = $directional[$name]; Class = [Vonage.Reports.Models.RecordTypes]::ForProduct($name).Name }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-TestModule
    $script:cred = Get-TestCredential
    $script:base = Get-TestEmulatorUrl
    $script:start = Get-TestRangeStart
}

Describe 'Records of <Product>' -ForEach $products {
    BeforeAll {
        $arguments = @{ Product = $Product; DateStart = $start; DateEnd = $start.AddHours(1); Credential = $cred; BaseUri = $base }
        if ($Direction) { $arguments.Direction = $Direction }
        $script:records = @(Get-VonageRecord @arguments | Select-Object -First 200)
    }

    It 'are <Class> objects with typed values' {
        $records.Count | Should -BeGreaterThan 0
        $records[0].GetType().Name | Should -Be $Class
        $Class | Should -Not -Be 'GenericRecord'
        foreach ($property in $records[0].GetType().GetProperties()) {
            $property.PropertyType | Should -BeIn @([string], [Nullable[DateTimeOffset]], [Nullable[decimal]], [Nullable[int]], [Nullable[long]], [Nullable[bool]])
        }
    }

    It 'lose no field: everything the emulator sent is a property or a kept extra' {
        $records | ForEach-Object { $_.GetAdditionalFields().Count } | Measure-Object -Sum | ForEach-Object Sum | Should -Be 0 -Because "every $Product field has a property"
    }

    It 'keep their columns, in order, through Export-Csv and Import-Csv' {
        $csv = Join-Path $TestDrive "$Product.csv"
        $records | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
        $rows.Count | Should -Be $records.Count
        @($rows[0].PSObject.Properties.Name) | Should -Be @($records[0].PSObject.Properties.Name)
        $rows[-1].Id | Should -Be $records[-1].Id
    }

    It 'have a default table view within 120 columns' {
        $view = $records[0] | Format-Table | Out-String -Width 400
        $lines = $view -split "`r?`n" | Where-Object { $_.Trim() }
        ($lines | Measure-Object Length -Maximum).Maximum | Should -BeLessOrEqual 120
        $lines[0] | Should -Not -Match '^AccountId\s+Product' -Because 'the class has its own view, not the generic one'
    }
}
