using System;
using System.Collections.Generic;
using System.Reflection;
using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Loading
{
    /// <summary>
    /// PowerShell resolves a type name such as [Vonage.Reports.Models.SmsRecord] only among the assemblies of the
    /// default load context, and the core lives in our own context on pwsh 7.x. Registering each public type of
    /// the core under its full name (as a type accelerator, removed again on Remove-Module) keeps
    /// `-is [Vonage.Reports.Models.SmsRecord]`, `catch [Vonage.Reports.VonageApiException]` and Add-Type
    /// references working. Names that are already taken are left alone.
    /// </summary>
    internal static class CoreTypeNames
    {
        private static readonly List<string> Added = new List<string>();
        private static readonly Type? Accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");

        public static void Publish(Assembly core)
        {
            if (Accelerators == null || !DependencyResolver.IsCoreClr) return;
            var add = Accelerators.GetMethod("Add", BindingFlags.Public | BindingFlags.Static);
            var get = Accelerators.GetProperty("Get", BindingFlags.Public | BindingFlags.Static);
            if (add == null || get == null || !(get.GetValue(null) is IDictionary<string, Type> existing)) return;
            foreach (var type in core.GetExportedTypes())
            {
                if (type.IsGenericTypeDefinition || type.FullName == null || existing.ContainsKey(type.FullName)) continue;
                add.Invoke(null, new object[] { type.FullName, type });
                Added.Add(type.FullName);
            }
        }

        public static void Withdraw()
        {
            var remove = Accelerators?.GetMethod("Remove", BindingFlags.Public | BindingFlags.Static);
            if (remove != null)
            {
                foreach (var name in Added) remove.Invoke(null, new object[] { name });
            }
            Added.Clear();
        }
    }
}
