using Vonage.Reports.Emulator.Data;
using Vonage.Reports.Emulator.Data.Products;
using Vonage.Reports.Emulator.Errors;

namespace Vonage.Reports.Emulator.Routes;

/// <summary>Checks shared by the sync query and the async body: product, account, direction, switches, filters.</summary>
internal static class ParameterRules
{
    public const string Missing = "Missing required parameter";

    /// <summary>Switches any product takes; include_message/show_concatenated are product-specific (ProductDefinition.Switches).</summary>
    public static readonly string[] SwitchNames = ["include_message", "show_concatenated", "hide_prices"];

    public static ProductDefinition? ResolveProduct(ProductCatalog catalog, string? name, List<InvalidParameter> errors)
    {
        if (string.IsNullOrEmpty(name)) { errors.Add(new("product", Missing)); return null; }
        var product = catalog.Find(name);
        if (product is null) errors.Add(new("product", catalog.UnknownProductReason));
        return product;
    }

    public static bool CheckAccountId(string? accountId, List<InvalidParameter> errors)
    {
        if (string.IsNullOrEmpty(accountId)) { errors.Add(new("account_id", Missing)); return false; }
        if (accountId.Length != 8) { errors.Add(new("account_id", "account_id must be exactly 8 characters")); return false; }
        return true;
    }

    /// <summary>Direction: required for SMS and MESSAGES, optional for voice and ASR, refused elsewhere.</summary>
    public static Direction CheckDirection(ProductDefinition product, string? text, List<InvalidParameter> errors)
    {
        if (text is null)
        {
            if (product.DirectionRule == DirectionRule.Required) errors.Add(new("direction", Missing));
            return Direction.None;
        }
        if (product.DirectionRule == DirectionRule.None)
        {
            errors.Add(new("direction", $"direction is not supported for product {product.Name}"));
            return Direction.None;
        }
        if (!DirectionText.TryParse(text, out var direction))
            errors.Add(new("direction", "direction must be one of [inbound, outbound]"));
        return direction;
    }

    /// <summary>Booleans come as JSON booleans or as the strings "true"/"false".</summary>
    public static bool ParseBool(string name, string? text, List<InvalidParameter> errors)
    {
        if (text is null) return false;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)) return false;
        errors.Add(new(name, $"{name} must be a boolean (true or false)"));
        return false;
    }

    public static RecordOptions ParseSwitches(ProductDefinition product, Func<string, string?> get, List<InvalidParameter> errors)
    {
        foreach (var name in new[] { "include_message", "show_concatenated" })
            if (get(name) is not null && !product.Switches.Contains(name))
                errors.Add(new(name, $"{name} is not supported for product {product.Name}"));
        return new RecordOptions(
            ParseBool("include_message", get("include_message"), errors),
            ParseBool("show_concatenated", get("show_concatenated"), errors),
            ParseBool("hide_prices", get("hide_prices"), errors));
    }

    /// <summary>All filter names any product knows; a known filter on the wrong product is an error, unknown names are ignored.</summary>
    public static HashSet<string> AllFilterNames(ProductCatalog catalog) =>
        catalog.All.SelectMany(p => p.Filters.Keys).ToHashSet(StringComparer.Ordinal);

    public static List<KeyValuePair<string, string>> CheckFilters(
        ProductDefinition product, ProductCatalog catalog, IEnumerable<KeyValuePair<string, string>> given, List<InvalidParameter> errors)
    {
        var known = AllFilterNames(catalog);
        var filters = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in given)
        {
            if (!known.Contains(name)) continue;
            if (!product.Filters.ContainsKey(name)) { errors.Add(new(name, $"{name} is not supported for product {product.Name}")); continue; }
            if (name == "status" && product.StatusValues is { } allowed && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
            { errors.Add(new("status", $"status must be one of [{string.Join(", ", allowed)}]")); continue; }
            if (name == "swapped")
            {
                var before = errors.Count;
                var flag = ParseBool(name, value, errors);
                if (errors.Count == before) filters.Add(new(name, flag ? "true" : "false"));
                continue;
            }
            if (value.Length == 0) { errors.Add(new(name, $"{name} cannot be empty")); continue; }
            filters.Add(new(name, value));
        }
        return filters;
    }
}
