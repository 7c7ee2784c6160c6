using System.Runtime.CompilerServices;

namespace Vonage.Reports.Models
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization (512; not in the netstandard2.0 surface, ignored by .NET Framework):
    /// the per-row parsing methods are compiled fully optimised at once instead of running the first seconds of an
    /// import as unoptimised tier-0 code.
    /// </summary>
    internal static class Hot
    {
        public const MethodImplOptions FullyOptimized = (MethodImplOptions)512;
    }
}
