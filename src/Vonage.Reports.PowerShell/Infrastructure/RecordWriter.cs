using System.Management.Automation;
using System.Runtime.CompilerServices;
using Vonage.Reports.Models;

namespace Vonage.Reports.PowerShell.Infrastructure
{
    /// <summary>
    /// Prepares a typed record for the pipeline: fields the class does not know become note properties
    /// (by their API name) so Export-Csv and Select-Object still see them. Records without extras go as they are.
    /// </summary>
    internal static class RecordWriter
    {
        // Called per record on the pipeline thread: compiled fully optimised at once, like the loops that call it.
        [MethodImpl(Hot.FullyOptimized)]
        public static object ToPipelineObject(VonageRecord record)
        {
            if (!record.HasAdditionalFields) return record;
            var extras = record.GetAdditionalFields();
            var ps = PSObject.AsPSObject(record);
            foreach (var field in extras)
            {
                if (ps.Properties[field.Key] == null) ps.Properties.Add(new PSNoteProperty(field.Key, field.Value));
            }
            return ps;
        }
    }
}
