using System;
using System.IO;
using System.Reflection;

namespace Vonage.Reports.PowerShell.Loading
{
    /// <summary>
    /// Where the module's dependencies come from. Only this cmdlet assembly sits where PowerShell looks; the core
    /// (Vonage.Reports) and every third-party DLL are in dependencies/, which no default probing finds.
    /// On .NET (pwsh 7.x) a private AssemblyLoadContext (Vonage.Reports.PowerShell.Isolation, net8.0, loaded by
    /// reflection) serves them, so another module's Polly or Microsoft.Bcl.* in the default context cannot clash with ours.
    /// On .NET Framework (Windows PowerShell 5.1) an AssemblyResolve handler serves the same folder by LoadFrom,
    /// which acts as the binding redirects 5.1 lacks (System.Memory, Unsafe, ... at the versions we ship).
    /// Import only registers handlers and names the core's public types; nothing else is loaded until a command runs.
    /// </summary>
    internal static class DependencyResolver
    {
        internal const string DependencyFolderName = "dependencies";
        private const string IsolationAssemblyFile = "Vonage.Reports.PowerShell.Isolation.dll";
        private const string IsolationTypeName = "Vonage.Reports.PowerShell.Isolation.ModuleLoadContext";
        private const string CoreAssemblyFile = "Vonage.Reports.dll";

        private static readonly object Gate = new object();
        private static string? _directory;
        private static Type? _isolation;
        private static bool _frameworkHandlerInstalled;

        /// <summary>True on .NET (Core) runtimes, where AssemblyLoadContext exists.</summary>
        internal static bool IsCoreClr => typeof(object).Assembly.GetName().Name == "System.Private.CoreLib";

        public static void Install()
        {
            lock (Gate)
            {
                _directory ??= Path.Combine(Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? string.Empty, DependencyFolderName);
                // A flat folder (e.g. a developer's publish output) needs no help: default probing finds everything.
                if (!Directory.Exists(_directory)) return;

                Assembly core;
                if (IsCoreClr)
                {
                    _isolation ??= Assembly.LoadFrom(Path.Combine(_directory, IsolationAssemblyFile)).GetType(IsolationTypeName, throwOnError: true);
                    _isolation!.GetMethod("Register")!.Invoke(null, new object[] { _directory });
                    core = (Assembly)_isolation.GetMethod("LoadCore")!.Invoke(null, null)!;
                }
                else
                {
                    if (!_frameworkHandlerInstalled) AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencies;
                    _frameworkHandlerInstalled = true;
                    core = Assembly.LoadFrom(Path.Combine(_directory, CoreAssemblyFile));
                }
                CoreTypeNames.Publish(core);
            }
        }

        public static void Uninstall()
        {
            lock (Gate)
            {
                CoreTypeNames.Withdraw();
                if (_isolation != null) _isolation.GetMethod("Unregister")!.Invoke(null, null);
                if (_frameworkHandlerInstalled) AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencies;
                _frameworkHandlerInstalled = false;
            }
        }

        /// <summary>.NET Framework: any name we ship in dependencies/ is served from there, whatever version was asked for.</summary>
        private static Assembly? ResolveFromDependencies(object? sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name) || _directory == null) return null;
            string path = Path.Combine(_directory, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
