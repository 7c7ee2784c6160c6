// The import benchmark's floor (c): a trivial binary cmdlet writing prebuilt records of the class the import makes.
// Bench.ps1 compiles it to a DLL before any run, so no run pays for (or is warmed up by) compiling it.
using System.Management.Automation;

namespace VonageBench
{
    [Cmdlet(VerbsCommunications.Write, "Prebuilt")]
    public sealed class WritePrebuiltCommand : PSCmdlet
    {
        public static Vonage.Reports.Models.SmsRecord[] Records = new Vonage.Reports.Models.SmsRecord[0];

        public static void Prepare(int count)
        {
            Records = new Vonage.Reports.Models.SmsRecord[count];
            for (int i = 0; i < count; i++) Records[i] = new Vonage.Reports.Models.SmsRecord { MessageId = i.ToString(), Status = "delivered" };
        }

        protected override void EndProcessing()
        {
            foreach (var r in Records) WriteObject(r);
        }
    }
}
