using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Vonage.Reports.PowerShell.Credentials
{
    /// <summary>
    /// The Connect-Vonage default of each runspace. Azure Automation runs several jobs in one process, each in
    /// its own runspace: keying by runspace keeps one job's account out of another's, and the weak table lets
    /// a closed runspace's entry be collected with it. Never a plain static value.
    /// </summary>
    internal static class SessionContextStore
    {
        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        private sealed class Slot
        {
            public volatile VonageContext? Context;
        }

        /// <summary>The current runspace's context, or null.</summary>
        public static VonageContext? Get()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace != null && Slots.TryGetValue(runspace, out var slot) ? slot.Context : null;
        }

        /// <summary>Sets (or, with null, clears) the current runspace's context.</summary>
        public static void Set(VonageContext? context)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null) throw new System.InvalidOperationException("There is no current runspace to hold the Vonage context.");
            Slots.GetValue(runspace, _ => new Slot()).Context = context;
        }
    }
}
