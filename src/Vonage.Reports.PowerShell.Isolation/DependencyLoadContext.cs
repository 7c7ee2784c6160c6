using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Vonage.Reports.PowerShell.Isolation
{
    /// <summary>
    /// Loads the core (Vonage.Reports) and its third-party dependencies from the module's dependencies/ folder.
    /// An assembly the runtime already provides (its trusted platform assemblies: .NET itself and pwsh's own
    /// DLLs) at an equal or higher version is taken from there, so System.Text.Json and friends are shared with
    /// pwsh; everything else (Polly.Core, Microsoft.Bcl.TimeProvider, an older pwsh's
    /// Microsoft.Bcl.AsyncInterfaces, ...) comes from our folder, whatever another module loaded in the default context.
    /// </summary>
    public sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;
        private readonly Lazy<Dictionary<string, string>> _platformAssemblies = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);

        public DependencyLoadContext(string directory)
            : base("VonageReports", isCollectible: false)
        {
            _directory = directory;
        }

        /// <summary>The folder this context loads from.</summary>
        public string Directory => _directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName.Name)) return null;
            string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            if (!File.Exists(candidate)) return null;
            if (PlatformProvides(assemblyName.Name, AssemblyName.GetAssemblyName(candidate).Version)) return null;
            return LoadFromAssemblyPath(candidate);
        }

        /// <summary>True when the runtime's own copy is at least the version we ship (null = the default context resolves it).</summary>
        public bool PlatformProvides(string name, Version? shipped)
        {
            if (!_platformAssemblies.Value.TryGetValue(name, out var path)) return false;
            try
            {
                var platform = AssemblyName.GetAssemblyName(path).Version;
                return platform != null && (shipped == null || platform >= shipped);
            }
            catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static Dictionary<string, string> ReadPlatformAssemblies()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
            {
                foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                    map[Path.GetFileNameWithoutExtension(path)] = path;
            }
            return map;
        }
    }
}
