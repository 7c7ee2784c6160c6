using System.Management.Automation;

namespace Vonage.Reports.PowerShell.Loading
{
    /// <summary>
    /// Runs on Import-Module / Remove-Module: installs (and removes) the dependency resolution described in
    /// <see cref="DependencyResolver"/>. Must not touch any type of the core: the core is what it makes loadable.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyResolver.Install();

        public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Uninstall();
    }
}
